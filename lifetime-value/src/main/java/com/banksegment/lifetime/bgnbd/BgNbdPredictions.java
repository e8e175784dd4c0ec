package com.banksegment.lifetime.bgnbd;

import com.banksegment.lifetime.CustomerHistory;
import com.banksegment.lifetime.math.Hypergeometric2F1;

/**
 * What fitted BG/NBD parameters say about one customer (Fader, Hardie and Lee 2005, and their
 * note "Computing P(alive) using the BG/NBD model", 2008). Times are in the history's unit.
 */
public final class BgNbdPredictions {

    private final BgNbdParameters parameters;

    public BgNbdPredictions(BgNbdParameters parameters) {
        this.parameters = parameters;
    }

    public BgNbdParameters parameters() {
        return parameters;
    }

    /**
     * P(alive | x, t_x, T) = 1 / (1 + [x > 0] a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x)).
     * A customer seen once is alive with probability 1: in the BG/NBD a customer can only drop
     * out right after a purchase, and the first one is not a repeat purchase.
     */
    public double probabilityAlive(CustomerHistory customer) {
        return 1 / (1 + dropoutOdds(customer));
    }

    /**
     * E[Y(t) | x, t_x, T], the transactions expected in the next {@code periods} periods,
     * equation (10) of the paper:
     *
     * <pre>
     *   (a+b+x-1)/(a-1) * [1 - ((alpha+T)/(alpha+T+t))^(r+x) 2F1(r+x, b+x; a+b+x-1; t/(alpha+T+t))]
     *   / (1 + [x > 0] a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x))
     * </pre>
     *
     * The formula divides by a - 1; at a = 1 exactly it is 0/0 (the limit exists), so a is
     * moved off 1 by 1e-9, far below anything a fit can resolve.
     */
    public double expectedTransactions(CustomerHistory customer, double periods) {
        if (!(periods >= 0)) {
            throw new IllegalArgumentException("periods must be >= 0: " + periods);
        }
        if (periods == 0) {
            return 0;
        }
        double r = parameters.r();
        double alpha = parameters.alpha();
        double a = Math.abs(parameters.a() - 1) < 1e-9 ? 1 + 1e-9 : parameters.a();
        double b = parameters.b();
        int x = customer.frequency();
        double ageScale = alpha + customer.age();
        double z = periods / (ageScale + periods);
        double hypergeometric = Hypergeometric2F1.value(r + x, b + x, a + b + x - 1, z);
        double stillBuying = 1 - Math.pow(ageScale / (ageScale + periods), r + x) * hypergeometric;
        return (a + b + x - 1) / (a - 1) * stillBuying / (1 + dropoutOdds(customer));
    }

    /**
     * E[X(t)], the repeat transactions expected in the first {@code periods} periods of a new
     * customer (equation (9)); the same as {@link #expectedTransactions} for x = t_x = T = 0.
     */
    public double expectedTransactionsOfNewCustomer(double periods) {
        return expectedTransactions(CustomerHistory.singleTransaction(0), periods);
    }

    /** a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x): the odds of having dropped out after the last purchase. */
    private double dropoutOdds(CustomerHistory customer) {
        int x = customer.frequency();
        if (x == 0) {
            return 0;
        }
        double logOdds = Math.log(parameters.a() / (parameters.b() + x - 1))
                + (parameters.r() + x) * Math.log((parameters.alpha() + customer.age())
                        / (parameters.alpha() + customer.recency()));
        return Math.exp(logOdds);
    }
}
