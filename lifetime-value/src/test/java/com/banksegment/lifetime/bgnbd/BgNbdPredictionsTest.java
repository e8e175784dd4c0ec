package com.banksegment.lifetime.bgnbd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.banksegment.lifetime.CustomerHistory;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BgNbdPredictionsTest {

    /** The paper's CDNOW estimates (Fader, Hardie and Lee 2005). */
    private static final BgNbdParameters CDNOW = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);
    private final BgNbdPredictions predictions = new BgNbdPredictions(CDNOW);

    @ParameterizedTest
    @ValueSource(doubles = {39, 390})
    void newCustomerExpectationMatchesSimulatedCustomers(double periods) {
        // Equation (9) against the mean of 200,000 customers drawn from the model's story; 390
        // periods puts z = t/(alpha+t) at 0.989, where 2F1 takes Euler's form.
        List<CustomerHistory> simulated = new BgNbdSimulation(CDNOW, 39).customers(200_000, periods, periods);
        double mean = simulated.stream().mapToInt(CustomerHistory::frequency).average().orElseThrow();
        double variance = simulated.stream().mapToDouble(c -> Math.pow(c.frequency() - mean, 2)).sum()
                / (simulated.size() - 1);
        double standardError = Math.sqrt(variance / simulated.size());

        assertThat(predictions.expectedTransactionsOfNewCustomer(periods))
                .isCloseTo(mean, within(4 * standardError));
    }

    @Test
    void aCustomerSeenOnceIsAlive() {
        // In the BG/NBD a customer can only leave right after a repeat purchase.
        assertThat(predictions.probabilityAlive(CustomerHistory.singleTransaction(38.86))).isEqualTo(1.0);
    }

    @Test
    void silenceSinceTheLastPurchaseLowersPAlive() {
        // Same frequency, same age, the last purchase ever longer ago: ever less likely alive.
        double recent = predictions.probabilityAlive(new CustomerHistory(5, 38, 38.86));
        double middle = predictions.probabilityAlive(new CustomerHistory(5, 20, 38.86));
        double long_ago = predictions.probabilityAlive(new CustomerHistory(5, 2, 38.86));
        assertThat(recent).isGreaterThan(middle);
        assertThat(middle).isGreaterThan(long_ago);
        assertThat(long_ago).isGreaterThan(0);
    }

    @Test
    void pAliveIsTheClosedFormOfThePaper() {
        // x = 2, t_x = 30.43, T = 38.86 (customer 1 of CDNOW), by hand:
        // a/(b+x-1) = 0.793/3.426 = 0.231465; ((alpha+T)/(alpha+t_x))^(r+x)
        // = (43.274/34.844)^2.243 = 1.241935^2.243 = exp(2.243 * 0.216671) = exp(0.485993) = 1.625789;
        // P(alive) = 1 / (1 + 0.231465 * 1.625789) = 1 / 1.376314 = 0.726579.
        assertThat(predictions.probabilityAlive(new CustomerHistory(2, 30.43, 38.86)))
                .isCloseTo(0.726579, within(1e-5));
    }

    @Test
    void expectationsGrowWithTheHorizonAndStartAtZero() {
        CustomerHistory customer = new CustomerHistory(2, 30.43, 38.86);
        assertThat(predictions.expectedTransactions(customer, 0)).isZero();
        double previous = 0;
        for (double periods : new double[] {1, 10, 39, 100, 1000}) {
            double expected = predictions.expectedTransactions(customer, periods);
            assertThat(expected).isGreaterThan(previous);
            previous = expected;
        }
    }

    @Test
    void newCustomerIsTheConditionalFormulaWithNoHistory() {
        // Equation (9) is equation (10) at x = t_x = T = 0; check it against a customer of age 0.
        assertThat(predictions.expectedTransactionsOfNewCustomer(52))
                .isEqualTo(predictions.expectedTransactions(new CustomerHistory(0, 0, 0), 52));
    }
}
