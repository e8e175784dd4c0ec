package com.banksegment.lifetime.gammagamma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.banksegment.lifetime.FitStatus;
import com.banksegment.lifetime.LikelihoodFit;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class GammaGammaTest {

    /** Fader and Hardie (2013) on CDNOW. */
    private static final GammaGammaParameters CDNOW = new GammaGammaParameters(6.25, 3.74, 15.44);

    @Test
    void conditionalExpectedSpendByHand() {
        // x = 2, m = 22.35: p (v + x m) / (p x + q - 1) = 6.25 * (15.44 + 44.70) / (12.5 + 2.74)
        // = 6.25 * 60.14 / 15.24 = 375.875 / 15.24 = 24.66371.
        assertThat(CDNOW.conditionalExpectedSpend(new RepeatSpend(2, 22.35))).isCloseTo(24.66371, within(1e-5));
    }

    @Test
    void aCustomerWithoutRepeatsGetsThePopulationMean() {
        // p v / (q - 1) = 6.25 * 15.44 / 2.74 = 96.5 / 2.74 = 35.21898.
        assertThat(CDNOW.populationMeanSpend()).isCloseTo(35.21898, within(1e-5));
        assertThat(CDNOW.conditionalExpectedSpend(new RepeatSpend(0, 0))).isEqualTo(CDNOW.populationMeanSpend());
    }

    @Test
    void moreTransactionsMoveTheEstimateTowardsTheCustomersOwnMean() {
        double ownMean = 200;
        double fewRepeats = CDNOW.conditionalExpectedSpend(new RepeatSpend(1, ownMean));
        double manyRepeats = CDNOW.conditionalExpectedSpend(new RepeatSpend(50, ownMean));
        assertThat(fewRepeats).isBetween(CDNOW.populationMeanSpend(), ownMean);
        assertThat(Math.abs(manyRepeats - ownMean)).isLessThan(Math.abs(fewRepeats - ownMean));
    }

    @Test
    void withoutAFiniteMeanThereIsNoExpectedSpend() {
        GammaGammaParameters heavyTailed = new GammaGammaParameters(2, 0.9, 10);
        assertThat(heavyTailed.hasFiniteMean()).isFalse();
        assertThatThrownBy(heavyTailed::populationMeanSpend).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void bankLikeDataAreRefused() {
        List<RepeatSpend> customers = new ArrayList<>();
        for (int i = 0; i < 997; i++) {
            customers.add(new RepeatSpend(0, 0));
        }
        customers.add(new RepeatSpend(1, 120));
        customers.add(new RepeatSpend(2, 80));
        customers.add(new RepeatSpend(1, 35));

        LikelihoodFit<GammaGammaParameters> fit = new GammaGammaFitter().fit(customers);

        assertThat(fit.status()).isEqualTo(FitStatus.NOT_IDENTIFIABLE);
        assertThat(fit.reason()).contains("only 3 of 1000 customers");
        assertThat(fit.parameters()).isEmpty();
        assertThatThrownBy(fit::fittedParameters).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void recoversTheParametersOfSimulatedSpend() {
        // The model's story (Fader and Hardie 2013, section 2): nu ~ Gamma(q, rate v); each of a
        // customer's x transactions ~ Gamma(p, rate nu). 5,000 repeaters with 1 to 10 repeats.
        GammaGammaParameters truth = new GammaGammaParameters(5, 4, 20);
        RandomGenerator random = new Well19937c(2005);
        GammaDistribution rates = new GammaDistribution(random, truth.q(), 1 / truth.v());
        List<RepeatSpend> customers = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            double nu = rates.sample();
            GammaDistribution spend = new GammaDistribution(random, truth.p(), 1 / nu);
            int x = 1 + random.nextInt(10);
            double total = 0;
            for (int j = 0; j < x; j++) {
                total += spend.sample();
            }
            customers.add(new RepeatSpend(x, total / x));
        }

        LikelihoodFit<GammaGammaParameters> fit = new GammaGammaFitter().fit(customers);
        GammaGammaParameters fitted = fit.fittedParameters();

        // Maximum likelihood: no worse than the truth on the same sample (a stalled optimiser fails).
        assertThat(fit.logLikelihood().orElseThrow())
                .isGreaterThanOrEqualTo(GammaGammaLikelihood.total(truth, customers));
        // p, q and v lie on a ridge (a mean of x gamma draws says little about p alone), so they
        // are held loosely; the population mean spend p v / (q - 1) = 33.33, which CLV uses, tightly.
        assertThat(fitted.populationMeanSpend()).isCloseTo(truth.populationMeanSpend(),
                within(0.05 * truth.populationMeanSpend()));
        assertThat(fitted.p()).isCloseTo(truth.p(), within(0.25 * truth.p()));
        assertThat(fitted.q()).isCloseTo(truth.q(), within(0.25 * truth.q()));
        assertThat(fitted.v()).isCloseTo(truth.v(), within(0.3 * truth.v()));
    }
}
