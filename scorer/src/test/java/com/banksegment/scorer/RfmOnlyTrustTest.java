package com.banksegment.scorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A model of RFM only (a source without customer attributes) with issue #15's parts: the served
 * classifier reads the three-input vectors the scorer builds by canonical position, the
 * explanation names only those inputs, and there is no prospects classifier, only the note why.
 */
class RfmOnlyTrustTest {
  /** {@link TestBundles#rfmOnly()} serving a logistic regression on the scaled inputs (three coefficients per class). */
  static ModelBundle servingLogisticOnScaled() {
    ModelBundle rfm = TestBundles.rfmOnly();
    return rfm.withClassifier(new ClassifierParams(ClassifierParams.LOGISTIC_REGRESSION, ClassifierParams.INPUT_SCALED,
        new LogisticRegressionParams(new double[][] {{1, 0, -1}, {-1, 0, 1}}, new double[] {0, 0}), null,
        ServedClassifierTest.all())).withProspects(ProspectParams.none(rfm.features()));
  }

  @Test
  void theServedClassifierReadsTheThreeScaledInputs() {
    // recency 20 -> (20-10)/5 = 2; log1p(frequency 1) = 0.693; log1p(monetary 0) = 0.
    ScoreResult r = new Scorer(servingLogisticOnScaled()).score(CustomerInput.rfm(20, 1, 0));
    double dormant = Math.exp(2 - 0);
    double recent = Math.exp(-2 + 0);

    assertThat(r.features().scaled()).hasSize(3);
    assertThat(r.classifier()).isEqualTo(ClassifierParams.LOGISTIC_REGRESSION);
    assertThat(r.probabilityOf(0)).isCloseTo(dormant / (dormant + recent), within(1e-15));
    assertThat(r.clusterId()).isZero();
  }

  @Test
  void explanationsNameOnlyTheModelsInputs() {
    ModelBundle bundle = servingLogisticOnScaled();
    Explanation why = new Explainer(bundle).explain(new Scorer(bundle).score(CustomerInput.rfm(20, 1, 0)));

    assertThat(why.runnerUpId()).isEqualTo(1);
    assertThat(why.reasons()).isNotEmpty().extracting(Explanation.Reason::feature)
        .allMatch(ModelBundle.REQUIRED_FEATURES::contains);
    assertThat(why.reasons().get(0).feature()).isEqualTo("recency_days");
    assertThat(why.reasonsText()).doesNotContain("age", "balance", "gender");
  }

  @Test
  void aModelOfRfmOnlyHasNoProspectsClassifierAndSaysWhy() {
    ModelBundle bundle = ModelBundle.fromJson(servingLogisticOnScaled().toJson());

    assertThat(bundle.prospects().available()).isFalse();
    assertThat(bundle.prospects().note()).contains("no customer attribute known at account opening");
    assertThat(ProspectScorer.available(bundle)).isFalse();
    assertThatThrownBy(() -> new ProspectScorer(bundle)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has no prospects classifier");
  }

  @Test
  void aProspectsClassifierOnAnAttributeTheModelLacksIsRefusedNamingTheField() {
    ModelBundle bundle = TestBundles.rfmOnly().withProspects(new ProspectParams(List.of("age"),
        new LogisticRegressionParams(new double[][] {{1}, {-1}}, new double[] {0, 0}),
        ServedClassifierTest.figures(ProspectParams.NAME, 0.5), null));

    assertThatThrownBy(() -> new Scorer(bundle)).isInstanceOf(BundleFormatException.class)
        .hasMessageContaining("prospects.features");
  }
}
