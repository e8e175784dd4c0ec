package com.banksegment.scorer;

/**
 * Standard scaling as Spark's StandardScaler (withMean, withStd) does it: {@code (x - mean) * (1 / std)},
 * with a zero factor where the standard deviation is 0. Both arrays follow the bundle's feature order.
 */
public record ScalerParams(double[] mean, double[] std) {}
