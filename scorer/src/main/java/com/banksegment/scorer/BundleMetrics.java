package com.banksegment.scorer;

/**
 * Headline figures of the training run, carried so a reader of the bundle knows how good it is.
 *
 * @param customers customers the model was trained on
 * @param k number of clusters
 * @param kRule how k was chosen, in words (e.g. "knee 4, best silhouette within 0.02 of max: 4")
 * @param wssse within-cluster sum of squared errors in PCA space
 * @param silhouette silhouette (squared Euclidean) over all customers
 * @param naiveBayesAccuracy on the held-out split
 * @param naiveBayesWeightedF1 on the held-out split
 * @param naiveBayesMacroF1 on the held-out split
 * @param naiveBayesCentroidAgreement share of all customers where Naive Bayes picks the nearest centroid's cluster
 */
public record BundleMetrics(
    long customers,
    int k,
    String kRule,
    double wssse,
    double silhouette,
    double naiveBayesAccuracy,
    double naiveBayesWeightedF1,
    double naiveBayesMacroF1,
    double naiveBayesCentroidAgreement) {}
