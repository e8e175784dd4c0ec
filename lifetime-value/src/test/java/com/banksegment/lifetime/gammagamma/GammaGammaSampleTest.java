package com.banksegment.lifetime.gammagamma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The grouped likelihood the optimiser evaluates is the sum of the per-customer log densities. */
class GammaGammaSampleTest {

    @Test
    void theGroupedTotalEqualsTheSumOfEveryRepeatersLogDensity() {
        Random random = new Random(5);
        List<RepeatSpend> repeaters = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            repeaters.add(new RepeatSpend(1 + random.nextInt(7), 1 + 200 * random.nextDouble()));
        }
        for (GammaGammaParameters parameters : new GammaGammaParameters[] {
                new GammaGammaParameters(6.25, 3.74, 15.44), new GammaGammaParameters(0.8, 12, 300)}) {
            double expected = 0;
            for (RepeatSpend customer : repeaters) {
                expected += GammaGammaLikelihood.logLikelihood(parameters, customer);
            }

            double grouped = GammaGammaLikelihood.Sample.of(repeaters).total(parameters);

            assertThat(grouped).isCloseTo(expected, within(Math.abs(expected) * 1e-12));
        }
    }
}
