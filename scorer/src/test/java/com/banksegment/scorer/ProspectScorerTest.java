package com.banksegment.scorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProspectScorerTest {
  static final ClassifierParams.Candidate FIGURES = new ClassifierParams.Candidate(ProspectParams.NAME,
      Map.of("family", "multinomial"), 800, 200, 0.55, 0.52, 0.40, 0.56);

  /**
   * {@link TestBundles#twoClusters()} with a prospects classifier on age, balance and gender:
   * class 0 (cluster 7) margin 2 * scaled age, class 1 margin scaled balance (a log1p feature).
   */
  static ModelBundle withProspects() {
    return TestBundles.twoClusters().withProspects(new ProspectParams(List.of("age", "balance", "gender"),
        new LogisticRegressionParams(new double[][] {{2, 0, 0}, {0, 1, 0}}, new double[] {0, 0}), FIGURES, null));
  }

  @Test
  void scalesTheAttributesWithTheBundlesScalerAndAppliesTheLogisticRegression() {
    ModelBundle b = withProspects();
    ProspectScorer scorer = new ProspectScorer(b);
    // age 50 -> (50 - 40) / 10 = 1; balance e^4 - 1 -> log1p = 4 -> (4 - 0) / 2 = 2; gender male.
    ProspectScorer.ProspectResult r = scorer.score(new double[] {50, Math.expm1(4), b.genderEncoding().code(Gender.M)});

    double dormant = Math.exp(2 * 1);
    double regular = Math.exp(2);
    assertThat(scorer.features()).containsExactly("age", "balance", "gender");
    assertThat(r.probabilities()[0]).isCloseTo(dormant / (dormant + regular), within(1e-12));
    assertThat(r.figures().weightedF1()).isEqualTo(0.52);
    ProspectScorer.ProspectResult young = scorer.score(new double[] {20, Math.expm1(4), 1});
    assertThat(young.clusterId()).isEqualTo(3);
    assertThat(young.clusterName()).isEqualTo("Regular savers");
  }

  @Test
  void roundTripsThroughJsonAndAnOlderBundleHasNone() {
    ModelBundle back = ModelBundle.fromJson(withProspects().toJson());

    assertThat(ProspectScorer.available(back)).isTrue();
    assertThat(back.prospects().figures()).isEqualTo(FIGURES);
    String old = TestBundles.twoClusters().toJson().replaceAll(",\\s*\"prospects\" : null", "");
    assertThat(ProspectScorer.available(ModelBundle.fromJson(old))).isFalse();
    assertThatThrownBy(() -> new ProspectScorer(ModelBundle.fromJson(old))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("trained before prospects existed");
  }

  @Test
  void aSourceWithoutAttributesGetsTheNoteInsteadOfAClassifier() {
    ModelBundle none = TestBundles.twoClusters().withProspects(ProspectParams.none(List.of("recency_days",
        "frequency", "monetary")));

    assertThat(ProspectScorer.available(none)).isFalse();
    assertThatThrownBy(() -> new ProspectScorer(none))
        .hasMessageEndingWith("no customer attribute known at account opening among the model inputs"
            + " [recency_days, frequency, monetary]: no prospects classifier");
  }

  @Test
  void refusesAProspectsClassifierThatReadsATransactionFigure() {
    String json = withProspects().toJson().replace("\"features\" : [ \"age\", \"balance\", \"gender\" ]",
        "\"features\" : [ \"age\", \"monetary\", \"gender\" ]");

    assertThatThrownBy(() -> ModelBundle.fromJson(json)).isInstanceOf(BundleFormatException.class)
        .hasMessageStartingWith("model bundle field prospects.features = [age, monetary, gender]: expected attributes");
  }
}
