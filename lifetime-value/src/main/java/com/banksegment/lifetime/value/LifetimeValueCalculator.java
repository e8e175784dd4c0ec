package com.banksegment.lifetime.value;

import com.banksegment.lifetime.CustomerHistory;
import com.banksegment.lifetime.bgnbd.BgNbdPredictions;
import com.banksegment.lifetime.gammagamma.GammaGammaParameters;
import com.banksegment.lifetime.gammagamma.RepeatSpend;

/**
 * A simple customer lifetime value over a horizon of N periods: transactions the BG/NBD expects
 * times the spend the Gamma-Gamma expects per transaction (the two are assumed independent, the
 * Gamma-Gamma model's own assumption):
 *
 * <pre>
 *   undiscounted:  CLV = E[Y(N)] * E[M]
 *   discounted:    CLV = sum_{k=1..N} (E[Y(k)] - E[Y(k-1)]) * E[M] / (1 + d)^k
 * </pre>
 *
 * The discounted form books the transactions expected in period k at the end of period k,
 * discounted at the rate d per period (as lifetimes' customer_lifetime_value does); with d = 0
 * the sum telescopes to the undiscounted form. N is a whole number of periods for that reason.
 * This is a margin-free value (spend, not profit): the bank's margin would multiply it.
 */
public final class LifetimeValueCalculator {

    private final BgNbdPredictions transactions;
    private final GammaGammaParameters spend;

    public LifetimeValueCalculator(BgNbdPredictions transactions, GammaGammaParameters spend) {
        this.transactions = transactions;
        this.spend = spend;
    }

    /**
     * @param meanRepeatSpend   mean value of the customer's repeat transactions (0 when none)
     * @param periods           horizon N in the history's period unit
     * @param discountPerPeriod d, e.g. 0.01 a month; 0 for no discounting
     */
    public CustomerValue value(CustomerHistory customer, double meanRepeatSpend, int periods,
                               double discountPerPeriod) {
        if (periods < 0 || !(discountPerPeriod >= 0)) {
            throw new IllegalArgumentException("need periods >= 0 and discount >= 0, got " + periods + ", "
                    + discountPerPeriod);
        }
        double expectedSpend = spend.conditionalExpectedSpend(new RepeatSpend(customer.frequency(),
                customer.frequency() == 0 ? 0 : meanRepeatSpend));
        double expectedTransactions = transactions.expectedTransactions(customer, periods);
        double value = discountPerPeriod == 0
                ? expectedTransactions * expectedSpend
                : discountedValue(customer, expectedSpend, periods, discountPerPeriod);
        return new CustomerValue(expectedTransactions, expectedSpend, transactions.probabilityAlive(customer),
                value);
    }

    private double discountedValue(CustomerHistory customer, double expectedSpend, int periods,
                                   double discountPerPeriod) {
        double value = 0;
        double transactionsSoFar = 0;
        for (int k = 1; k <= periods; k++) {
            double transactionsByK = transactions.expectedTransactions(customer, k);
            value += (transactionsByK - transactionsSoFar) * expectedSpend / Math.pow(1 + discountPerPeriod, k);
            transactionsSoFar = transactionsByK;
        }
        return value;
    }
}
