package com.banksegment.lifetime.gammagamma;

import java.util.List;
import org.apache.commons.math3.special.Gamma;

/**
 * Log of the density of a repeater's mean spend m over x transactions (Fader and Hardie 2013,
 * equation (1)):
 *
 * <pre>
 *   f(m | p, q, v, x) = Gamma(p x + q) / (Gamma(p x) Gamma(q)) * v^q x^(p x) m^(p x - 1) / (v + x m)^(p x + q)
 * </pre>
 */
final class GammaGammaLikelihood {

    private GammaGammaLikelihood() {
    }

    static double logLikelihood(GammaGammaParameters parameters, RepeatSpend customer) {
        double p = parameters.p();
        double q = parameters.q();
        double v = parameters.v();
        int x = customer.frequency();
        double m = customer.meanSpend();
        double px = p * x;
        return Gamma.logGamma(px + q) - Gamma.logGamma(px) - Gamma.logGamma(q)
                + q * Math.log(v) + px * Math.log(x) + (px - 1) * Math.log(m)
                - (px + q) * Math.log(v + x * m);
    }

    static double total(GammaGammaParameters parameters, List<RepeatSpend> repeaters) {
        double sum = 0;
        for (RepeatSpend customer : repeaters) {
            sum += logLikelihood(parameters, customer);
        }
        return sum;
    }
}
