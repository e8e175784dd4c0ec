package com.banksegment.scorer;

/**
 * A customer's features after each transform, for explanations: {@code raw} (gender encoded),
 * {@code logged} (log1p of the skewed inputs), {@code scaled} (standardised) follow
 * the bundle's {@link ModelBundle#features()}; {@code pca} has one value per kept component (pca_1, pca_2, ...).
 */
public record FeatureTrace(double[] raw, double[] logged, double[] scaled, double[] pca) {}
