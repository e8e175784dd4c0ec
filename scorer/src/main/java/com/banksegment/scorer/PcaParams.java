package com.banksegment.scorer;

/**
 * The principal axes kept by PCA. {@code components[i]} is axis i over the scaled features (the
 * transpose of Spark's {@code PCAModel.pc}), so {@code pca_i = sum_j components[i][j] * scaled_j}.
 * {@code explainedVariance[i]} is the share of variance axis i explains.
 */
public record PcaParams(double[][] components, double[] explainedVariance) {}
