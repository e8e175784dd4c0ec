package com.banksegment.lifetime.drift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Population stability index of one numeric input between a reference sample (the customers the
 * served model was fitted on) and a current one (this run's customers):
 *
 * <pre>
 *   PSI = sum_i (c_i - r_i) ln(c_i / r_i)
 * </pre>
 *
 * where r_i and c_i are the shares of each sample in bin i. The bins are cut at the reference's
 * quantiles (1/k, ..., (k-1)/k; definition 7, as R and numpy), so each holds about 1/k of the
 * reference and the index weighs every part of the distribution alike. Equal quantiles (a
 * reference with many equal values, such as zero balances) give one bin, not empty ones, so a
 * heavily tied input has fewer than k bins.
 *
 * <p>An empty bin would make ln(c/r) infinite: every share is floored at {@link #EMPTY_BIN_SHARE}
 * = 1e-4 (one customer in 10,000), without renormalising. A bin empty on one side then adds about
 * (share) * ln(share / 1e-4), e.g. 0.1 * ln(1000) = 0.69 for a decile that emptied, which is
 * already far past the refit threshold, as it should be.
 */
public final class PopulationStabilityIndex {

    public static final int DEFAULT_BINS = 10;
    public static final double EMPTY_BIN_SHARE = 1e-4;

    private PopulationStabilityIndex() {
    }

    public static PsiResult of(double[] reference, double[] current) {
        return of(reference, current, DEFAULT_BINS);
    }

    public static PsiResult of(double[] reference, double[] current, int bins) {
        if (bins < 2) {
            throw new IllegalArgumentException("need at least 2 bins, got " + bins);
        }
        if (current.length == 0) {
            throw new IllegalArgumentException("the current sample is empty");
        }
        double[] edges = quantileEdges(reference, bins);
        double[] referenceShares = shares(reference, edges);
        double[] currentShares = shares(current, edges);
        double psi = 0;
        for (int i = 0; i < referenceShares.length; i++) {
            double r = Math.max(referenceShares[i], EMPTY_BIN_SHARE);
            double c = Math.max(currentShares[i], EMPTY_BIN_SHARE);
            psi += (c - r) * Math.log(c / r);
        }
        return new PsiResult(psi, boxed(edges), boxed(referenceShares), boxed(currentShares));
    }

    /** The reference's quantiles at 1/k, ..., (k-1)/k, each kept once. */
    private static double[] quantileEdges(double[] reference, int bins) {
        Quantiles quantiles = new Quantiles(reference);
        return IntStream.range(1, bins)
                .mapToDouble(i -> quantiles.at((double) i / bins))
                .distinct()
                .toArray();
    }

    private static double[] shares(double[] sample, double[] edges) {
        double[] counts = new double[edges.length + 1];
        for (double value : sample) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("samples must be finite, got " + value);
            }
            counts[binOf(value, edges)]++;
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] /= sample.length;
        }
        return counts;
    }

    /** The first bin whose upper edge is >= value; past the last edge, the open last bin. */
    private static int binOf(double value, double[] edges) {
        int position = Arrays.binarySearch(edges, value);
        return position >= 0 ? position : -position - 1;
    }

    private static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double value : values) {
            list.add(value);
        }
        return list;
    }
}
