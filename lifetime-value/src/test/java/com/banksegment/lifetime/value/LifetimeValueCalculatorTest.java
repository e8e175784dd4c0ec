package com.banksegment.lifetime.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.banksegment.lifetime.CustomerHistory;
import com.banksegment.lifetime.bgnbd.BgNbdParameters;
import com.banksegment.lifetime.bgnbd.BgNbdPredictions;
import com.banksegment.lifetime.gammagamma.GammaGammaParameters;
import com.banksegment.lifetime.gammagamma.RepeatSpend;
import org.junit.jupiter.api.Test;

class LifetimeValueCalculatorTest {

    // The published CDNOW estimates of both models (weeks, US dollars).
    private final BgNbdPredictions transactions = new BgNbdPredictions(new BgNbdParameters(0.243, 4.414, 0.793, 2.426));
    private final GammaGammaParameters spend = new GammaGammaParameters(6.25, 3.74, 15.44);
    private final LifetimeValueCalculator calculator = new LifetimeValueCalculator(transactions, spend);
    private final CustomerHistory customer = new CustomerHistory(2, 30.43, 38.86);

    @Test
    void undiscountedValueIsTransactionsTimesSpend() {
        CustomerValue value = calculator.value(customer, 22.35, 52, 0);

        assertThat(value.expectedTransactions()).isEqualTo(transactions.expectedTransactions(customer, 52));
        assertThat(value.expectedSpendPerTransaction()).isEqualTo(spend.conditionalExpectedSpend(new RepeatSpend(2, 22.35)));
        assertThat(value.lifetimeValue()).isEqualTo(value.expectedTransactions() * value.expectedSpendPerTransaction());
        assertThat(value.probabilityAlive()).isEqualTo(transactions.probabilityAlive(customer));
    }

    @Test
    void oneDiscountedPeriodIsDiscountedOnce() {
        // N = 1: the transactions of period 1 are booked at its end, discounted by 1 / (1 + d).
        double d = 0.01;
        CustomerValue value = calculator.value(customer, 22.35, 1, d);
        assertThat(value.lifetimeValue()).isCloseTo(
                value.expectedTransactions() * value.expectedSpendPerTransaction() / (1 + d), within(1e-12));
    }

    @Test
    void discountingLowersTheValueMoreTheHigherTheRate() {
        double undiscounted = calculator.value(customer, 22.35, 52, 0).lifetimeValue();
        double tiny = calculator.value(customer, 22.35, 52, 1e-9).lifetimeValue();
        double monthly = calculator.value(customer, 22.35, 52, 0.002).lifetimeValue();
        double steep = calculator.value(customer, 22.35, 52, 0.05).lifetimeValue();
        // A vanishing rate gives the undiscounted value back (the sum telescopes).
        assertThat(tiny).isCloseTo(undiscounted, within(1e-6));
        assertThat(monthly).isLessThan(undiscounted).isGreaterThan(steep);
    }

    @Test
    void aCustomerSeenOnceIsValuedAtThePopulationSpend() {
        CustomerValue value = calculator.value(CustomerHistory.singleTransaction(38.86), 99, 52, 0);
        assertThat(value.expectedSpendPerTransaction()).isEqualTo(spend.populationMeanSpend());
    }
}
