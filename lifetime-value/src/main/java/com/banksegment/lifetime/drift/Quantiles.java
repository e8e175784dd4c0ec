package com.banksegment.lifetime.drift;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Sample quantiles by Hyndman and Fan's definition 7 (linear interpolation between order
 * statistics, the default of R and numpy), so a figure here can be checked with either.
 */
final class Quantiles {

    private final Percentile percentile;

    Quantiles(double[] sample) {
        if (sample.length == 0) {
            throw new IllegalArgumentException("quantiles of an empty sample");
        }
        for (double value : sample) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("samples must be finite, got " + value);
            }
        }
        percentile = new Percentile().withEstimationType(EstimationType.R_7);
        percentile.setData(sample);
    }

    /** The quantile at probability 0 < p <= 1. */
    double at(double p) {
        return percentile.evaluate(100 * p);
    }
}
