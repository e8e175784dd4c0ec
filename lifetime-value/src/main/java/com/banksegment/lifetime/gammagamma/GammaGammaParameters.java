package com.banksegment.lifetime.gammagamma;

/**
 * Gamma-Gamma spend model (Fader, Hardie and Lee 2005, "RFM and CLV"; Fader and Hardie 2013,
 * "The Gamma-Gamma Model of Monetary Value"): each transaction's value is Gamma(shape p, rate nu)
 * around the customer's own mean p/nu, and nu varies across customers as Gamma(shape q, rate v).
 * lifetimes calls the last parameter v, Fader and Hardie gamma.
 */
public record GammaGammaParameters(double p, double q, double v) {

    public GammaGammaParameters {
        if (!(p > 0 && q > 0 && v > 0) || !Double.isFinite(p + q + v)) {
            throw new IllegalArgumentException("Gamma-Gamma parameters must be positive and finite: p=" + p
                    + ", q=" + q + ", v=" + v);
        }
    }

    static GammaGammaParameters of(double[] values) {
        return new GammaGammaParameters(values[0], values[1], values[2]);
    }

    /** Mean spend per transaction exists only for q > 1 (the mean of 1/nu). */
    public boolean hasFiniteMean() {
        return q > 1;
    }

    /** E[M] = p v / (q - 1): the expected spend per transaction of a customer with no repeat history. */
    public double populationMeanSpend() {
        requireFiniteMean();
        return p * v / (q - 1);
    }

    /**
     * E[M | p, q, v, m, x] = p (v + x m) / (p x + q - 1), equation (3) of the 2013 note: a weighted
     * average of the population mean p v/(q-1) and the customer's own mean m, the weight on m
     * growing with x. For x = 0 it is the population mean.
     */
    public double conditionalExpectedSpend(RepeatSpend customer) {
        requireFiniteMean();
        int x = customer.frequency();
        return p * (v + x * customer.meanSpend()) / (p * x + q - 1);
    }

    private void requireFiniteMean() {
        if (!hasFiniteMean()) {
            throw new IllegalStateException("q = " + q + " <= 1: the expected spend is infinite");
        }
    }
}
