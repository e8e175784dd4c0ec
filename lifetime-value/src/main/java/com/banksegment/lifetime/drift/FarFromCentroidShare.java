package com.banksegment.lifetime.drift;

/**
 * The share of this run's customers whose distance to their nearest centroid lies beyond a high
 * quantile of the same distances at fit time. On customers like the fitted ones the share is
 * about 1 - quantile (1 % for the 99th percentile); customers of a kind the model never saw push
 * it up even when every input's PSI is low (a new combination of ordinary values).
 *
 * @param quantile      the quantile of the fit's distances used as the boundary, e.g. 0.99
 * @param threshold     the fit's distance at that quantile (definition 7, as R and numpy)
 * @param share         share of current customers with a distance strictly above the threshold
 * @param expectedShare 1 - quantile: the share to expect without drift
 */
public record FarFromCentroidShare(double quantile, double threshold, double share, double expectedShare) {

    public static final double DEFAULT_QUANTILE = 0.99;

    public static FarFromCentroidShare of(double[] fitDistances, double[] currentDistances) {
        return of(fitDistances, currentDistances, DEFAULT_QUANTILE);
    }

    public static FarFromCentroidShare of(double[] fitDistances, double[] currentDistances, double quantile) {
        if (!(quantile > 0 && quantile < 1)) {
            throw new IllegalArgumentException("need 0 < quantile < 1, got " + quantile);
        }
        if (currentDistances.length == 0) {
            throw new IllegalArgumentException("no current distances");
        }
        double threshold = new Quantiles(fitDistances).at(quantile);
        long beyond = 0;
        for (double distance : currentDistances) {
            if (!(distance >= 0) || !Double.isFinite(distance)) {
                throw new IllegalArgumentException("distances are finite and >= 0, got " + distance);
            }
            if (distance > threshold) {
                beyond++;
            }
        }
        return new FarFromCentroidShare(quantile, threshold, (double) beyond / currentDistances.length,
                1 - quantile);
    }

    /** How many times the expected share is observed: about 1 without drift. */
    public double ratioToExpected() {
        return share / expectedShare;
    }
}
