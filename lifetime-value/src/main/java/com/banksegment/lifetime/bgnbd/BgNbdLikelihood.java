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
        return Sample.of(customersByHistory).total(parameters);
    }

    /**
     * The distinct histories arranged for the optimiser, which evaluates the likelihood thousands
     * of times: the terms that depend on x alone (Gamma(r+x) and the two beta functions) are
     * computed once per distinct x, so a history costs two logarithms and a log-sum-exp instead of
     * eleven log-gamma evaluations as well.
     */
    static final class Sample {
        private final int[] distinctFrequencies;
        private final int[] frequencyIndex;
        private final int[] frequency;
        private final double[] recency;
        private final double[] age;
        private final long[] customers;

        private Sample(int[] distinctFrequencies, int[] frequencyIndex, int[] frequency, double[] recency,
                       double[] age, long[] customers) {
            this.distinctFrequencies = distinctFrequencies;
            this.frequencyIndex = frequencyIndex;
            this.frequency = frequency;
            this.recency = recency;
            this.age = age;
            this.customers = customers;
        }

        static Sample of(Map<CustomerHistory, Long> customersByHistory) {
            int[] distinct = customersByHistory.keySet().stream().mapToInt(CustomerHistory::frequency)
                    .distinct().sorted().toArray();
            int n = customersByHistory.size();
            int[] index = new int[n];
            int[] x = new int[n];
            double[] tx = new double[n];
            double[] t = new double[n];
            long[] count = new long[n];
            int i = 0;
            for (Map.Entry<CustomerHistory, Long> entry : customersByHistory.entrySet()) {
                CustomerHistory h = entry.getKey();
                index[i] = java.util.Arrays.binarySearch(distinct, h.frequency());
                x[i] = h.frequency();
                tx[i] = h.recency();
                t[i] = h.age();
                count[i] = entry.getValue();
                i++;
            }
            return new Sample(distinct, index, x, tx, t, count);
        }

        /** The sum of {@link #logLikelihood} over the sample's customers. */
        double total(BgNbdParameters parameters) {
            double r = parameters.r();
            double alpha = parameters.alpha();
            double a = parameters.a();
            double b = parameters.b();
            double logBetaAB = Beta.logBeta(a, b);
            double purchaseBase = -Gamma.logGamma(r) + r * Math.log(alpha);
            int k = distinctFrequencies.length;
            double[] purchase = new double[k];
            double[] alive = new double[k];
            double[] dropped = new double[k];
            for (int j = 0; j < k; j++) {
                int xj = distinctFrequencies[j];
                purchase[j] = Gamma.logGamma(r + xj) + purchaseBase;
                alive[j] = Beta.logBeta(a, b + xj) - logBetaAB;
                dropped[j] = xj == 0 ? Double.NaN : Beta.logBeta(a + 1, b + xj - 1) - logBetaAB;
            }
            double sum = 0;
            for (int i = 0; i < customers.length; i++) {
                int j = frequencyIndex[i];
                int x = frequency[i];
                double aliveAtT = alive[j] - (r + x) * Math.log(alpha + age[i]);
                double value = x == 0 ? purchase[j] + aliveAtT
                        : purchase[j] + logSumExp(aliveAtT, dropped[j] - (r + x) * Math.log(alpha + recency[i]));
                sum += customers[i] * value;
            }
            return sum;
        }
    }

    private static double logSumExp(double u, double v) {
        double larger = Math.max(u, v);
        return larger + Math.log(Math.exp(u - larger) + Math.exp(v - larger));
    }
}
