package com.banksegment.lifetime.bgnbd;

import com.banksegment.lifetime.CustomerHistory;
import java.util.Map;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * The BG/NBD log-likelihood of one customer, Fader, Hardie and Lee (2005), equation (6):
 *
 * <pre>
 *   L(r, alpha, a, b | x, t_x, T) = Gamma(r+x) alpha^r / Gamma(r)
 *       * [ B(a, b+x)/B(a, b) (alpha+T)^-(r+x)  +  [x > 0] B(a+1, b+x-1)/B(a, b) (alpha+t_x)^-(r+x) ]
 * </pre>
 *
 * The first term is "still alive at T", the second "dropped out right after the last purchase".
 * Both are taken in logs and added with log-sum-exp: the raw terms under- and overflow for
 * frequent buyers.
 */
final class BgNbdLikelihood {

    private BgNbdLikelihood() {
    }

    static double logLikelihood(BgNbdParameters parameters, CustomerHistory customer) {
        double r = parameters.r();
        double alpha = parameters.alpha();
        double a = parameters.a();
        double b = parameters.b();
        int x = customer.frequency();
        double logBetaAB = Beta.logBeta(a, b);
        double purchaseTerm = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha);
        double aliveAtT = Beta.logBeta(a, b + x) - logBetaAB - (r + x) * Math.log(alpha + customer.age());
        if (x == 0) {
            return purchaseTerm + aliveAtT;
        }
        double droppedAfterLast = Beta.logBeta(a + 1, b + x - 1) - logBetaAB
                - (r + x) * Math.log(alpha + customer.recency());
        return purchaseTerm + logSumExp(aliveAtT, droppedAfterLast);
    }

    /**
     * The sample's log-likelihood from its distinct histories and how many customers share each:
     * with daily data many customers share (x, t_x, T), and each distinct one is evaluated once.
     */
    static double total(BgNbdParameters parameters, Map<CustomerHistory, Long> customersByHistory) {
        double sum = 0;
        for (Map.Entry<CustomerHistory, Long> entry : customersByHistory.entrySet()) {
            sum += entry.getValue() * logLikelihood(parameters, entry.getKey());
        }
        return sum;
    }

    private static double logSumExp(double u, double v) {
        double larger = Math.max(u, v);
        return larger + Math.log(Math.exp(u - larger) + Math.exp(v - larger));
    }
}
