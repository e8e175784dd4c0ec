package com.banksegment.scorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExplainerTest {
  /**
   * Six features, PCA the identity, scaling (x - mean) / 1 with frequency's mean log(2) (so one
   * transaction scales to 0). Segment 1 at the origin, segment 2 at recency 3 and scaled balance
   * 1, segment 3 at scaled gender 5.
   */
  static ModelBundle threeSegments() {
    double[][] identity = new double[6][6];
    for (int i = 0; i < 6; i++) {
      identity[i][i] = 1;
    }
    double[] zero = new double[6];
    double[] ones = {1, 1, 1, 1, 1, 1};
    CustomerInput typical = new CustomerInput(0, 1, 0, 0, 0, Gender.F);
    return new ModelBundle(ModelBundle.FORMAT_VERSION, "2016-10-21", "2016-10-22T03:00:00Z", "kmeans",
        ModelBundle.FEATURES, ModelBundle.DEFAULT_LOG_FEATURES, GenderEncoding.BINARY_WITH_UNKNOWN_HALF,
        new ScalerParams(new double[] {0, Math.log(2), 0, 0, 0, 0}, ones),
        new PcaParams(identity, new double[] {0.2, 0.2, 0.2, 0.2, 0.1, 0.1}),
        List.of(
            new ClusterInfo(1, "Near", "a", zero, 10, 0.5, "Lost", typical),
            new ClusterInfo(2, "Lapsed savers", "b", new double[] {3, 0, 0, 0, 1, 0}, 5, 0.25, "Lost", typical),
            new ClusterInfo(3, "Far", "c", new double[] {0, 0, 0, 0, 0, 5}, 5, 0.25, "Lost", typical)),
        new NaiveBayesParams(NaiveBayesParams.GAUSSIAN, NaiveBayesParams.INPUT_PCA,
            new double[] {Math.log(0.5), Math.log(0.25), Math.log(0.25)}, new double[][] {zero, zero, zero},
            new double[][] {ones, ones, ones}),
        new BundleMetrics(20, 3, "forced", 1, 0.5, 1, 1, 1, 1));
  }

  /** Scaled (0.5, 0, 0, 0, 0.2, 0): squared distances 0.29 to segment 1, 6.89 to 2, 25.29 to 3. */
  static final CustomerInput CUSTOMER = new CustomerInput(0.5, 1, 0, 0, Math.expm1(0.2), Gender.F);

  @Test
  void namesTheRunnerUpAndRanksTheFeaturesThatSeparateThem() {
    ModelBundle b = threeSegments();
    Explanation e = new Explainer(b).explain(new Scorer(b).score(CUSTOMER));

    assertThat(e.segmentId()).isEqualTo(1);
    assertThat(e.runnerUpId()).isEqualTo(2);
    assertThat(e.runnerUpName()).isEqualTo("Lapsed savers");
    assertThat(e.runnerUpDistance() * e.runnerUpDistance() - e.distance() * e.distance())
        .isCloseTo(6.6, within(1e-12));
    // recency: (0.5 - 3)^2 - 0.5^2 = 6; balance: (0.2 - 1)^2 - 0.2^2 = 0.6; every other feature 0.
    assertThat(e.reasons()).extracting(Explanation.Reason::feature).containsExactly("recency_days", "balance");
    Explanation.Reason recency = e.reasons().get(0);
    assertThat(recency.share()).isCloseTo(6 / 6.6, within(1e-12));
    assertThat(recency.customer()).isEqualTo(0.5);
    assertThat(recency.segmentTypical()).isCloseTo(0, within(1e-12));
    assertThat(recency.runnerUpTypical()).isCloseTo(3, within(1e-12));
    Explanation.Reason balance = e.reasons().get(1);
    assertThat(balance.share()).isCloseTo(0.6 / 6.6, within(1e-12));
    // Balance is a log1p feature: the centres are shown in rupees, expm1 of the unscaled value.
    assertThat(balance.customer()).isCloseTo(Math.expm1(0.2), within(1e-12));
    assertThat(balance.runnerUpTypical()).isCloseTo(Math.expm1(1), within(1e-12));
  }

  @Test
  void leavesOutAFeatureWithATinyShareOfTheDifference() {
    ModelBundle b = threeSegments();
    // Scaled balance 0.49: its term (0.49 - 1)^2 - 0.49^2 = 0.02 is 0.3 % of the difference.
    CustomerInput c = new CustomerInput(0.5, 1, 0, 0, Math.expm1(0.49), Gender.F);

    Explanation e = new Explainer(b).explain(new Scorer(b).score(c));

    assertThat(e.runnerUpId()).isEqualTo(2);
    assertThat(e.reasons()).extracting(Explanation.Reason::feature).containsExactly("recency_days");
  }

  @Test
  void aFeatureThatPullsTowardsTheRunnerUpIsNoReasonAndSharesStayWithinOne() {
    ModelBundle b = threeSegments();
    // Scaled balance 0.8 is nearer segment 2's 1 than segment 1's 0: its term (0.8 - 1)^2 - 0.8^2 = -0.6.
    CustomerInput c = new CustomerInput(0.5, 1, 0, 0, Math.expm1(0.8), Gender.F);

    Explanation e = new Explainer(b).explain(new Scorer(b).score(c));

    assertThat(e.segmentId()).isEqualTo(1);
    assertThat(e.reasons()).extracting(Explanation.Reason::feature).containsExactly("recency_days");
    assertThat(e.reasons().get(0).share()).isEqualTo(1.0);
  }

  @Test
  void describesEachReasonInTheFeaturesOwnUnits() {
    ModelBundle b = TestBundles.twoClusters();
    Explanation e = new Explainer(b).explain(new Scorer(b).score(new CustomerInput(210, 1, 0, 40, 0, Gender.M)));

    // pca_1 = (210 - 10) / 5 = 40: segment 7 "Dormant" at recency 2 * 5 + 10 = 20, runner-up 3 at -1 * 5 + 10 = 5.
    assertThat(e.segmentId()).isEqualTo(7);
    assertThat(e.reasons()).hasSize(1);
    assertThat(e.reasons().get(0).describe())
        .isEqualTo("recency 210 days against a segment typical of 20 (runner-up 5)");
    assertThat(e.reasonsText()).isEqualTo(e.reasons().get(0).describe());
  }

  @Test
  void theSharesOfAllFeaturesAddUpToOneWhenTheAxesAreRotated() {
    // One axis mixing recency with age, one along balance: three features have a part.
    double r = Math.sqrt(0.5);
    ModelBundle base = threeSegments();
    ModelBundle rotated = new ModelBundle(base.formatVersion(), base.runDate(), base.createdAt(), base.algorithm(),
        base.features(), base.logFeatures(), base.genderEncoding(), base.scaler(),
        new PcaParams(new double[][] {{r, 0, 0, r, 0, 0}, {0, 0, 0, 0, 1, 0}}, new double[] {0.5, 0.3}),
        List.of(withCentroid(base.clusters().get(0), new double[] {0, 0}),
            withCentroid(base.clusters().get(1), new double[] {2, 1})),
        new NaiveBayesParams(NaiveBayesParams.GAUSSIAN, NaiveBayesParams.INPUT_PCA,
            new double[] {Math.log(0.5), Math.log(0.5)}, new double[][] {{0, 0}, {0, 0}},
            new double[][] {{1, 1}, {1, 1}}),
        base.metrics());
    Explanation e = new Explainer(rotated).explain(new Scorer(rotated).score(new CustomerInput(0.1, 1, 0, 0.1, 0,
        Gender.F)));

    assertThat(e.segmentId()).isEqualTo(1);
    assertThat(e.reasons()).extracting(Explanation.Reason::feature)
        .containsExactlyInAnyOrder("recency_days", "age", "balance");
    assertThat(e.reasons().stream().mapToDouble(Explanation.Reason::share).sum()).isCloseTo(1, within(1e-12));
  }

  @Test
  void aModelOfOneSegmentHasNoRunnerUp() {
    ModelBundle b = TestBundles.twoClusters();
    ModelBundle one = new ModelBundle(b.formatVersion(), b.runDate(), b.createdAt(), b.algorithm(), b.features(),
        b.logFeatures(), b.genderEncoding(), b.scaler(), b.pca(), List.of(b.clusters().get(0)),
        new NaiveBayesParams(NaiveBayesParams.GAUSSIAN, NaiveBayesParams.INPUT_PCA, new double[] {0},
            new double[][] {{2, 0}}, new double[][] {{1, 1}}), b.metrics());

    Explanation e = new Explainer(one).explain(new Scorer(one).score(TestBundles.TYPICAL_REGULAR));

    assertThat(e.runnerUpId()).isEqualTo(-1);
    assertThat(e.reasons()).isEmpty();
  }

  private static ClusterInfo withCentroid(ClusterInfo c, double[] centroid) {
    return new ClusterInfo(c.id(), c.name(), c.action(), centroid, c.size(), c.share(), c.dominantRfmSegment(),
        c.typicalCustomer());
  }
}
