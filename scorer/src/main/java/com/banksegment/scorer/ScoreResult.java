package com.banksegment.scorer;

import java.util.List;

/**
 * The answer for one customer. Arrays indexed by cluster follow {@link #clusters()} (the bundle's
 * order, which is also the classifier's class order); look values up by stable id with
 * {@link #probabilityOf(int)} and {@link #distanceTo(int)}.
 *
 * @param clusterId the segment: the nearest centroid in PCA space (what K-means assigns)
 * @param clusterName its business name
 * @param action its suggested engagement action
 * @param classifier the served classifier's id ({@link ClassifierParams#NAIVE_BAYES}, ...)
 * @param classifierClusterId the most probable segment by the served classifier
 * @param classifierProbabilities probability of each cluster by the served classifier (sums to 1)
 * @param centroidDistances Euclidean distance to each centroid in PCA space
 * @param features the features after each transform
 * @param typicalCustomer the typical customer of the assigned segment
 * @param clusters the bundle's clusters (shared, not copied)
 */
public record ScoreResult(
    int clusterId,
    String clusterName,
    String action,
    String classifier,
    int classifierClusterId,
    double[] classifierProbabilities,
    double[] centroidDistances,
    FeatureTrace features,
    CustomerInput typicalCustomer,
    List<ClusterInfo> clusters) {

  public double probabilityOf(int id) {
    return classifierProbabilities[indexOf(id)];
  }

  public double distanceTo(int id) {
    return centroidDistances[indexOf(id)];
  }

  /** A reader's name of the served classifier ("logistic regression"). */
  public String classifierLabel() {
    return ClassifierParams.label(classifier);
  }

  /** The assigned cluster's full description. */
  public ClusterInfo cluster() {
    return clusters.get(indexOf(clusterId));
  }

  private int indexOf(int id) {
    for (int i = 0; i < clusters.size(); i++) {
      if (clusters.get(i).id() == id) {
        return i;
      }
    }
    throw new IllegalArgumentException("cluster id " + id + " not in the model: expected one of "
        + clusters.stream().map(ClusterInfo::id).toList());
  }
}
