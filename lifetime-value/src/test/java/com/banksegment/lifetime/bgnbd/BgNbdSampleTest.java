package com.banksegment.lifetime.bgnbd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.banksegment.lifetime.CustomerHistory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The grouped likelihood the optimiser evaluates is the sum of the per-customer log-likelihoods. */
class BgNbdSampleTest {

    @Test
    void theGroupedTotalEqualsTheSumOfEveryCustomersLogLikelihood() {
        Random random = new Random(3);
        Map<CustomerHistory, Long> customersByHistory = new LinkedHashMap<>();
        for (int i = 0; i < 500; i++) {
            int x = random.nextInt(6);
            double age = 10 + random.nextInt(300);
            double recency = x == 0 ? 0 : random.nextInt((int) age + 1);
            customersByHistory.merge(new CustomerHistory(x, recency, age), 1L + random.nextInt(4), Long::sum);
        }
        for (BgNbdParameters parameters : new BgNbdParameters[] {
                new BgNbdParameters(0.243, 4.414, 0.793, 2.426), new BgNbdParameters(2.5, 40, 0.05, 9)}) {
            double expected = 0;
            for (Map.Entry<CustomerHistory, Long> entry : customersByHistory.entrySet()) {
                expected += entry.getValue() * BgNbdLikelihood.logLikelihood(parameters, entry.getKey());
            }

            double grouped = BgNbdLikelihood.Sample.of(customersByHistory).total(parameters);

            assertThat(grouped).isCloseTo(expected, within(Math.abs(expected) * 1e-12));
        }
    }
}
