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
        return Sample.of(repeaters).total(parameters);
    }

    /**
     * The repeaters grouped by frequency for the optimiser, which evaluates the sample's
     * likelihood thousands of times: the terms of a customer's log density that depend on x alone
     * (the three log-gammas, x^(p x)) are computed once per distinct x, and log m is summed once per
     * group, so an evaluation costs one logarithm per customer, log(v + x m), instead of three
     * log-gammas and four logarithms (the 1M-row model stage spent most of its lifetime step here).
     */
    static final class Sample {
        private final int[] frequencies;
        private final long[] customers;
        private final double[] sumLogSpend;
        /** Each group's x times its customers' mean spends: the only per-customer values left. */
        private final double[][] spendTimesX;

        private Sample(int[] frequencies, long[] customers, double[] sumLogSpend, double[][] spendTimesX) {
            this.frequencies = frequencies;
            this.customers = customers;
            this.sumLogSpend = sumLogSpend;
            this.spendTimesX = spendTimesX;
        }

        static Sample of(List<RepeatSpend> repeaters) {
            java.util.TreeMap<Integer, List<Double>> byFrequency = new java.util.TreeMap<>();
            for (RepeatSpend customer : repeaters) {
                byFrequency.computeIfAbsent(customer.frequency(), x -> new java.util.ArrayList<>())
                        .add(customer.meanSpend());
            }
            int groups = byFrequency.size();
            int[] frequencies = new int[groups];
            long[] customers = new long[groups];
            double[] sumLogSpend = new double[groups];
            double[][] spendTimesX = new double[groups][];
            int g = 0;
            for (java.util.Map.Entry<Integer, List<Double>> group : byFrequency.entrySet()) {
                int x = group.getKey();
                frequencies[g] = x;
                customers[g] = group.getValue().size();
                spendTimesX[g] = new double[group.getValue().size()];
                for (int i = 0; i < spendTimesX[g].length; i++) {
                    double m = group.getValue().get(i);
                    sumLogSpend[g] += Math.log(m);
                    spendTimesX[g][i] = x * m;
                }
                g++;
            }
            return new Sample(frequencies, customers, sumLogSpend, spendTimesX);
        }

        /** The sum of {@link #logLikelihood} over the sample's customers. */
        double total(GammaGammaParameters parameters) {
            double p = parameters.p();
            double q = parameters.q();
            double v = parameters.v();
            double logGammaQ = Gamma.logGamma(q);
            double logV = Math.log(v);
            double sum = 0;
            for (int g = 0; g < frequencies.length; g++) {
                int x = frequencies[g];
                double px = p * x;
                double perCustomer = Gamma.logGamma(px + q) - Gamma.logGamma(px) - logGammaQ + q * logV
                        + px * Math.log(x);
                double sumLogVPlusXm = 0;
                for (double xm : spendTimesX[g]) {
                    sumLogVPlusXm += Math.log(v + xm);
                }
                sum += customers[g] * perCustomer + (px - 1) * sumLogSpend[g] - (px + q) * sumLogVPlusXm;
            }
            return sum;
        }
    }
}
