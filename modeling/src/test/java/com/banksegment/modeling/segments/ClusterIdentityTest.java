package com.banksegment.modeling.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.banksegment.scorer.BundleMetrics;
import com.banksegment.scorer.ClusterInfo;
import com.banksegment.scorer.CustomerInput;
import com.banksegment.scorer.Gender;
import com.banksegment.scorer.GenderEncoding;
import com.banksegment.scorer.ModelBundle;
import com.banksegment.scorer.NaiveBayesParams;
import com.banksegment.scorer.PcaParams;
import com.banksegment.scorer.ScalerParams;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterIdentityTest {
  static final double[] MEAN = {30, 0.7, 7, 38, 9.5, 0.7};
  static final double[] STD = {20, 0.1, 1.5, 9, 2, 0.45};
  /** Two axes over the six scaled features: recency and balance. */
  static final double[][] AXES = {{1, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 1, 0}};

  @Test
  void withoutAPreviousRunIdsGoByDescendingSize() {
    List<ClusterProfile> profiles = List.of(profile(0, 50, 1, 1), profile(1, 300, -1, 0), profile(2, 120, 0, -1));

    assertThat(ClusterIdentity.assign(profiles, AXES, MEAN, STD, null))
        .extracting(ClusterIdentity.Match::id).containsExactly(2, 0, 1);
  }

  @Test
  void theSameClustersInAnotherOrderAndWithFlippedAxesKeepTheirIdsAndNames() {
    // Previous run: ids 7 and 3; its PCA axes point the other way, so its coordinates are negated.
    ModelBundle previous = bundle(new double[][] {{-1, 0, 0, 0, 0, 0}, {0, 0, 0, 0, -1, 0}},
        new ClusterInfo[] {cluster(7, "Dormant savers", -2, -1), cluster(3, "Young big spenders", 1, 0.5)});
    List<ClusterProfile> fresh = List.of(profile(0, 100, -1, -0.5), profile(1, 80, 2, 1));

    List<ClusterIdentity.Match> m = ClusterIdentity.assign(fresh, AXES, MEAN, STD, previous);

    assertThat(m).extracting(ClusterIdentity.Match::id).containsExactly(3, 7);
    assertThat(m).extracting(ClusterIdentity.Match::inheritedName)
        .containsExactly("Young big spenders", "Dormant savers");
    assertThat(m.get(0).distance()).isCloseTo(0, within(1e-12));
  }

  @Test
  void comparesInTheNewRunsUnitsWhenTheScalerMoved() {
    // The previous run had balance centred 1 unit lower with twice the spread: its centroid at
    // scaled balance 1.5 is log-balance 9.5 - 2 + 1.5 * 4 = 13.5, which is (13.5 - 9.5) / 2 = 2 now.
    double[] previousMean = MEAN.clone();
    previousMean[4] = 7.5;
    double[] previousStd = STD.clone();
    previousStd[4] = 4;
    ModelBundle previous = bundle(AXES, new ClusterInfo[] {cluster(5, "High-balance customers", 0, 1.5)},
        previousMean, previousStd);

    List<ClusterIdentity.Match> m = ClusterIdentity.assign(List.of(profile(0, 10, 0, 2)), AXES, MEAN, STD, previous);

    assertThat(m.get(0).id()).isEqualTo(5);
    assertThat(m.get(0).distance()).isCloseTo(0, within(1e-12));
  }

  @Test
  void aClusterFarFromEveryPreviousOneIsNewAndGetsTheNextFreeId() {
    ModelBundle previous = bundle(AXES, new ClusterInfo[] {cluster(4, "Dormant customers", 2, 0),
        cluster(9, "Low-balance customers", 0, -2)});
    List<ClusterProfile> fresh = List.of(profile(0, 100, 2.1, 0), profile(1, 90, -3, 3), profile(2, 80, 0, -2));

    List<ClusterIdentity.Match> m = ClusterIdentity.assign(fresh, AXES, MEAN, STD, previous);

    assertThat(m).extracting(ClusterIdentity.Match::id).containsExactly(4, 10, 9);
    assertThat(m.get(1).previousId()).isNull();
    assertThat(m.get(1).inheritedName()).isNull();
    assertThat(m.get(0).distance()).isCloseTo(0.1, within(1e-12));
  }

  static ClusterProfile profile(int index, long size, double pca1, double pca2) {
    return new ClusterProfile(index, size, 0.1, new double[5], new double[5], 0.7, 0.3, 0, "Others", 1,
        new double[6], new double[] {pca1, pca2});
  }

  static ClusterInfo cluster(int id, String name, double pca1, double pca2) {
    return new ClusterInfo(id, name, "act", new double[] {pca1, pca2}, 10, 0.5, "Others",
        new CustomerInput(1, 1, 1, 30, 1, Gender.M));
  }

  static ModelBundle bundle(double[][] axes, ClusterInfo[] clusters) {
    return bundle(axes, clusters, MEAN, STD);
  }

  static ModelBundle bundle(double[][] axes, ClusterInfo[] clusters, double[] mean, double[] std) {
    int k = clusters.length;
    double[][] ones = new double[k][2];
    for (double[] row : ones) {
      java.util.Arrays.fill(row, 1.0);
    }
    return new ModelBundle(1, "2016-10-20", "2016-10-20T00:00:00Z", "kmeans", ModelBundle.FEATURES,
        ModelBundle.DEFAULT_LOG_FEATURES, GenderEncoding.BINARY_WITH_UNKNOWN_HALF, new ScalerParams(mean, std),
        new PcaParams(axes, new double[] {0.5, 0.4}), List.of(clusters),
        new NaiveBayesParams("gaussian", "pca", new double[k], ones, ones),
        new BundleMetrics(10, k, "test", 1, 0.5, 1, 1, 1, 1));
  }
}
