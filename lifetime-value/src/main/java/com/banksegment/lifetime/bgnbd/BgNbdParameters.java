package com.banksegment.lifetime.bgnbd;

/**
 * The four BG/NBD parameters (Fader, Hardie and Lee 2005): while alive a customer buys at a
 * Poisson rate lambda ~ Gamma(shape r, rate alpha); after each purchase they drop out with
 * probability p ~ Beta(a, b). alpha is in the history's period unit.
 */
public record BgNbdParameters(double r, double alpha, double a, double b) {

    public BgNbdParameters {
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0) || !Double.isFinite(r + alpha + a + b)) {
            throw new IllegalArgumentException("BG/NBD parameters must be positive and finite: r=" + r
                    + ", alpha=" + alpha + ", a=" + a + ", b=" + b);
        }
    }

    static BgNbdParameters of(double[] values) {
        return new BgNbdParameters(values[0], values[1], values[2], values[3]);
    }

    double[] toArray() {
        return new double[] {r, alpha, a, b};
    }
}
