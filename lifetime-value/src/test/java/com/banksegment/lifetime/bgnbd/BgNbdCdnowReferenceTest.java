package com.banksegment.lifetime.bgnbd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.banksegment.lifetime.CdnowSample;
import com.banksegment.lifetime.CustomerHistory;
import com.banksegment.lifetime.FitStatus;
import com.banksegment.lifetime.LikelihoodFit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The BG/NBD fit on the CDNOW sample against the published figures. Nothing here is a number
 * this code produced first: each expected value is printed in a publication named beside it.
 */
class BgNbdCdnowReferenceTest {

    private static List<CustomerHistory> customers;
    private static LikelihoodFit<BgNbdParameters> fit;

    @BeforeAll
    static void fitOnce() {
        customers = CdnowSample.histories();
        fit = new BgNbdFitter().fit(customers);
        // For the report in target/surefire-reports: the figures behind the assertions below.
        System.out.println("CDNOW BG/NBD fit: " + fit);
    }

    @Test
    void theSampleIsTheOneOfThePaper() {
        // Fader, Hardie and Lee (2005), section 4: 2,357 customers; lifetimes' README: 946 of them repeat.
        assertThat(customers).hasSize(2357);
        assertThat(fit.repeaters()).isEqualTo(946);
    }

    @Test
    void parametersAgreeWithThePaperToTwoDecimals() {
        // Fader, Hardie and Lee (2005), section 5: r = 0.243, alpha = 4.414, a = 0.793, b = 2.426.
        assertThat(fit.status()).isEqualTo(FitStatus.FITTED);
        BgNbdParameters parameters = fit.parameters().orElseThrow();
        assertThat(parameters.r()).isCloseTo(0.243, within(0.005));
        assertThat(parameters.alpha()).isCloseTo(4.414, within(0.005));
        assertThat(parameters.a()).isCloseTo(0.793, within(0.005));
        assertThat(parameters.b()).isCloseTo(2.426, within(0.005));
    }

    @Test
    void logLikelihoodIsThePapers() {
        // Fader, Hardie and Lee (2005), section 5: LL = -9582.4.
        assertThat(fit.logLikelihood().orElseThrow()).isCloseTo(-9582.4, within(0.05));
    }

    @Test
    void conditionalExpectationsAreThoseLifetimesPublishes() {
        // lifetimes' README ("Ranking customers from best to worst"): purchases expected in the next
        // period (t = 1) by the customers with the most, from the same fit on the same sample.
        BgNbdPredictions predictions = new BgNbdPredictions(fit.fittedParameters());
        assertThat(predictions.expectedTransactions(new CustomerHistory(18, 35.14, 35.86), 1))
                .isCloseTo(0.424877, within(0.0005));
        assertThat(predictions.expectedTransactions(new CustomerHistory(19, 34.00, 34.14), 1))
                .isCloseTo(0.474738, within(0.0005));
        assertThat(predictions.expectedTransactions(new CustomerHistory(17, 28.43, 28.86), 1))
                .isCloseTo(0.486526, within(0.0005));
        assertThat(predictions.expectedTransactions(new CustomerHistory(29, 37.71, 38.00), 1))
                .isCloseTo(0.662396, within(0.0005));
        assertThat(predictions.expectedTransactions(new CustomerHistory(26, 30.86, 31.00), 1))
                .isCloseTo(0.710623, within(0.0005));
    }
}
