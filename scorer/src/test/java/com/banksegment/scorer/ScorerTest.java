package com.banksegment.scorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private final Scorer scorer = new Scorer(TestBundles.twoClusters());

  /** recency 20, frequency 1, monetary 0, age 40, balance 0, male: worked out by hand. */
  private static final CustomerInput LAPSED_MAN = new CustomerInput(20, 1, 0, 40, 0, Gender.M);

  @Test
  void tracesEveryTransformAsWorkedOutByHand() {
    FeatureTrace t = scorer.score(LAPSED_MAN).features();

    assertThat(t.raw()).containsExactly(20, 1, 0, 40, 0, 1);
    assertThat(t.logged()).containsExactly(20, Math.log(2), 0, 40, 0, 1);
    assertThat(t.scaled()).containsExactly(new double[] {2, Math.log(2), 0, 0, 0, 1}, within(1e-15));
    assertThat(t.pca()).containsExactly(new double[] {2, 1}, within(1e-15));
  }

  @Test
  void assignsTheNearestCentroidAndReportsEveryDistance() {
    ScoreResult r = scorer.score(LAPSED_MAN);

    assertThat(r.clusterId()).isEqualTo(7);
    assertThat(r.clusterName()).isEqualTo("Dormant low spenders");
    assertThat(r.action()).isEqualTo("Win-back campaign");
    assertThat(r.distanceTo(7)).isCloseTo(1.0, within(1e-12));
    assertThat(r.distanceTo(3)).isCloseTo(Math.sqrt(10), within(1e-12));
    assertThat(r.typicalCustomer()).isEqualTo(TestBundles.TYPICAL_DORMANT);
    assertThat(r.cluster().dominantRfmSegment()).isEqualTo("Hibernating");
  }

  @Test
  void naiveBayesMatchesBayesRuleWithNormalDensities() {
    ScoreResult r = scorer.score(LAPSED_MAN);
    // Independent check with full densities (the 2*pi constants cancel in the normalisation).
    double dormant = 0.5 * normal(2, 2, 1) * normal(1, 0, 1);
    double regular = 0.5 * normal(2, -1, 1) * normal(1, 0, 1);

    assertThat(r.probabilityOf(7)).isCloseTo(dormant / (dormant + regular), within(1e-12));
    assertThat(r.probabilityOf(3)).isCloseTo(regular / (dormant + regular), within(1e-12));
    assertThat(r.classifierClusterId()).isEqualTo(7);
  }

  @Test
  void unknownGenderSitsHalfwayAndScalesToZero() {
    ScoreResult r = scorer.score(new CustomerInput(0, 3, 100, 25, 10, Gender.U));

    assertThat(r.features().raw()[5]).isEqualTo(0.5);
    assertThat(r.features().scaled()[5]).isEqualTo(0.0);
    assertThat(r.clusterId()).isEqualTo(3);
    assertThat(r.classifierProbabilities()[0] + r.classifierProbabilities()[1]).isCloseTo(1.0, within(1e-15));
  }

  @Test
  void aFeatureWithZeroSpreadScalesToZeroLikeSpark() {
    ModelBundle b = TestBundles.twoClusters();
    ModelBundle constantAge = new ModelBundle(b.formatVersion(), b.runDate(), b.createdAt(), b.algorithm(),
        b.features(), b.logFeatures(), b.genderEncoding(),
        new ScalerParams(b.scaler().mean(), new double[] {5, 1, 1, 0, 2, 0.5}),
        b.pca(), b.clusters(), b.naiveBayes(), b.metrics());

    assertThat(new Scorer(constantAge).score(LAPSED_MAN).features().scaled()[3]).isEqualTo(0.0);
  }

  @Test
  void refusesAnInvalidCustomerNamingEveryBadField() {
    CustomerInput bad = new CustomerInput(-1, 0, Double.NaN, 216, 10, Gender.F);

    assertThatThrownBy(() -> scorer.score(bad))
        .isInstanceOf(InvalidCustomerException.class)
        .hasMessage("invalid customer: recency_days = -1: expected a number >= 0; "
            + "frequency = 0: expected a number >= 1; monetary = NaN: expected a number >= 0; "
            + "age = 216: expected a number of years between 0 and 130")
        .satisfies(e -> assertThat(((InvalidCustomerException) e).problems())
            .extracting(InputProblem::field)
            .containsExactly("recency_days", "frequency", "monetary", "age"));
  }

  @Test
  void refusesAMissingGender() {
    assertThatThrownBy(() -> scorer.score(new CustomerInput(1, 1, 1, 30, 1, null)))
        .hasMessage("invalid customer: gender = null: expected M, F or U (unknown)");
  }

  @Test
  void parsesGenderCodesAndRejectsOthersByValue() {
    assertThat(Gender.parse(" m")).isEqualTo(Gender.M);
    assertThat(Gender.parse("Female")).isEqualTo(Gender.F);
    assertThat(Gender.parse("")).isEqualTo(Gender.U);
    assertThat(Gender.parse(null)).isEqualTo(Gender.U);
    assertThatThrownBy(() -> Gender.parse("T"))
        .hasMessage("invalid customer: gender = T: expected M, F or U (unknown)");
  }

  @Test
  void oneScorerGivesTheSameAnswersFromManyThreads() throws Exception {
    List<CustomerInput> customers = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      customers.add(new CustomerInput(i % 80, 1 + i % 3, i * 13.0, 18 + i % 60, i * 97.0, Gender.values()[i % 3]));
    }
    List<Integer> expected = customers.stream().map(c -> scorer.score(c).clusterId()).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Integer>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(pool.submit(() -> customers.stream().map(c -> scorer.score(c).clusterId()).toList()));
      }
      for (Future<List<Integer>> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(expected).contains(3, 7);
  }

  @Test
  void lookingUpAnUnknownClusterIdNamesTheKnownOnes() {
    assertThatThrownBy(() -> scorer.score(LAPSED_MAN).probabilityOf(99))
        .hasMessage("cluster id 99 not in the model: expected one of [7, 3]");
  }

  @Test
  void scoresAThreeInputBundleAsWorkedOutByHand() {
    Scorer rfm = new Scorer(TestBundles.rfmOnly());
    CustomerInput lapsed = CustomerInput.rfm(20, 1, 0);

    ScoreResult r = rfm.score(lapsed);

    assertThat(r.features().raw()).containsExactly(20, 1, 0);
    assertThat(r.features().logged()).containsExactly(20, Math.log(2), 0);
    assertThat(r.features().scaled()).containsExactly(new double[] {2, Math.log(2), 0}, within(1e-15));
    assertThat(r.features().pca()).containsExactly(new double[] {2, 0}, within(1e-15));
    assertThat(r.clusterId()).isZero();
    assertThat(r.distanceTo(1)).isCloseTo(Math.sqrt(10), within(1e-12));
    double dormant = normal(2, 2, 1) * normal(0, 0, 1);
    double recent = normal(2, -1, 1) * normal(0, 1, 1);
    assertThat(r.probabilityOf(0)).isCloseTo(dormant / (dormant + recent), within(1e-12));
    assertThat(r.typicalCustomer()).isEqualTo(TestBundles.TYPICAL_LAPSED);
  }

  @Test
  void aThreeInputBundleIgnoresAttributesItDoesNotUse() {
    Scorer rfm = new Scorer(TestBundles.rfmOnly());

    ScoreResult six = rfm.score(new CustomerInput(20, 1, 0, 999, -5, null));

    assertThat(six.features().raw()).containsExactly(20, 1, 0);
    assertThat(six.clusterId()).isZero();
  }

  @Test
  void refusesNamingOnlyTheBundlesInputs() {
    Scorer rfm = new Scorer(TestBundles.rfmOnly());
    CustomerInput noMonetary = CustomerInput.forFeatures(TestBundles.rfmOnly().features())
        .set("recency_days", -2).set("frequency", 1).build();

    assertThatThrownBy(() -> rfm.score(noMonetary))
        .hasMessage("invalid customer: recency_days = -2: expected a number >= 0; "
            + "monetary = NaN: expected a number >= 0");
    assertThat(noMonetary.problems()).extracting(InputProblem::field).containsExactly("recency_days", "monetary");
  }

  @Test
  void aSixInputBundleNamesTheInputsACustomerOfRfmOnlyLacks() {
    assertThatThrownBy(() -> scorer.score(CustomerInput.rfm(1, 1, 1)))
        .isInstanceOf(InvalidCustomerException.class)
        .hasMessage("invalid customer: age = missing: expected a number of years between 0 and 130 (the model uses "
            + "age); balance = missing: expected a number >= 0 (the model uses balance); gender = missing: "
            + "expected M, F or U (unknown) (the model uses gender)");
  }

  @Test
  void aCustomerBuiltAgainstABundleHasItsInputsOnly() {
    CustomerInput c = CustomerInput.forFeatures(List.of("recency_days", "frequency", "monetary", "gender"))
        .set("recency_days", 3).set("frequency", 2).set("monetary", 10).set("age", 40).gender(Gender.F).build();

    assertThat(c.features()).containsExactly("recency_days", "frequency", "monetary", "gender");
    assertThat(c.age()).isNaN();
    assertThat(c.has("age")).isFalse();
    assertThat(c.gender()).isEqualTo(Gender.F);
    assertThat(c.isValid()).isTrue();
    assertThat(c.toString()).isEqualTo("CustomerInput[recency_days=3, frequency=2, monetary=10, gender=F]");
    assertThatThrownBy(() -> CustomerInput.forFeatures(List.of("income")))
        .hasMessage("unknown model input \"income\": expected one of [recency_days, frequency, monetary, age, "
            + "balance, gender]");
  }

  private static double normal(double x, double mean, double variance) {
    return Math.exp(-(x - mean) * (x - mean) / (2 * variance)) / Math.sqrt(2 * Math.PI * variance);
  }
}
