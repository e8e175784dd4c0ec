package com.banksegment.scorer;

import java.util.List;

/** Small hand-made bundles whose scores can be worked out on paper. */
final class TestBundles {
  private TestBundles() {}

  static final CustomerInput TYPICAL_DORMANT = new CustomerInput(60, 1, 300, 45, 5_000, Gender.M);
  static final CustomerInput TYPICAL_REGULAR = new CustomerInput(5, 2, 2_000, 35, 20_000, Gender.F);

  /**
   * Scaler: recency (x-10)/5, log-features unchanged around 0 with std 1 (balance std 2), age (x-40)/10,
   * gender (x-0.5)/0.5. PCA keeps two axes: pca_1 = scaled recency, pca_2 = scaled gender.
   * Cluster 7 "Dormant" sits at (2, 0), cluster 3 "Regular" at (-1, 0). Naive Bayes on PCA
   * with equal priors, means at the centroids and unit variances.
   */
  static ModelBundle twoClusters() {
    return new ModelBundle(
        ModelBundle.FORMAT_VERSION,
        "2016-10-21",
        "2016-10-22T03:00:00Z",
        "kmeans",
        ModelBundle.FEATURES,
        ModelBundle.DEFAULT_LOG_FEATURES,
        GenderEncoding.BINARY_WITH_UNKNOWN_HALF,
        new ScalerParams(new double[] {10, 0, 0, 40, 0, 0.5}, new double[] {5, 1, 1, 10, 2, 0.5}),
        new PcaParams(new double[][] {{1, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 1}}, new double[] {0.6, 0.3}),
        List.of(
            new ClusterInfo(7, "Dormant low spenders", "Win-back campaign", new double[] {2, 0},
                600, 0.6, "Hibernating", TYPICAL_DORMANT),
            new ClusterInfo(3, "Regular savers", "Loyalty rewards", new double[] {-1, 0},
                400, 0.4, "Loyal Customers", TYPICAL_REGULAR)),
        new NaiveBayesParams(NaiveBayesParams.GAUSSIAN, NaiveBayesParams.INPUT_PCA,
            new double[] {Math.log(0.5), Math.log(0.5)},
            new double[][] {{2, 0}, {-1, 0}},
            new double[][] {{1, 1}, {1, 1}}),
        new BundleMetrics(1000, 2, "forced k=2", 123.5, 0.61, 0.99, 0.99, 0.98, 0.995));
  }

  static final CustomerInput TYPICAL_LAPSED = CustomerInput.rfm(90, 1, 150);
  static final CustomerInput TYPICAL_RECENT = CustomerInput.rfm(3, 4, 2_500);

  /**
   * A model of a source without customer attributes (invoice lines): three inputs. Scaler:
   * recency (x-10)/5, log1p(frequency) and log1p(monetary) around 0 with std 1. PCA keeps two axes:
   * pca_1 = scaled recency, pca_2 = scaled log monetary. Cluster 0 "Dormant customers" at (2, 0),
   * cluster 1 "Recently active big spenders" at (-1, 1); Naive Bayes on PCA, equal priors, unit variances.
   */
  static ModelBundle rfmOnly() {
    return new ModelBundle(
        ModelBundle.FORMAT_VERSION,
        "2011-12-10",
        "2011-12-11T03:00:00Z",
        "kmeans",
        ModelBundle.REQUIRED_FEATURES,
        List.of("frequency", "monetary"),
        null,
        new ScalerParams(new double[] {10, 0, 0}, new double[] {5, 1, 1}),
        new PcaParams(new double[][] {{1, 0, 0}, {0, 0, 1}}, new double[] {0.7, 0.2}),
        List.of(
            new ClusterInfo(0, "Dormant customers", "Win-back campaign", new double[] {2, 0},
                40, 0.46, "Hibernating", TYPICAL_LAPSED),
            new ClusterInfo(1, "Recently active big spenders", "Upgrade", new double[] {-1, 1},
                47, 0.54, "Champions", TYPICAL_RECENT)),
        new NaiveBayesParams(NaiveBayesParams.GAUSSIAN, NaiveBayesParams.INPUT_PCA,
            new double[] {Math.log(0.5), Math.log(0.5)},
            new double[][] {{2, 0}, {-1, 1}},
            new double[][] {{1, 1}, {1, 1}}),
        new BundleMetrics(87, 2, "forced k=2", 50.0, 0.55, 0.95, 0.95, 0.94, 0.97));
  }
}
