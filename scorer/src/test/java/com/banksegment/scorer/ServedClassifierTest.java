package com.banksegment.scorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundle's served classifier: logistic regression and decision tree on tiny models worked out by hand. */
class ServedClassifierTest {
  /** recency 20, male: pca = (2, 1) in {@link TestBundles#twoClusters()}. */
  private static final CustomerInput LAPSED_MAN = new CustomerInput(20, 1, 0, 40, 0, Gender.M);

  static ClassifierParams.Candidate figures(String name, double weightedF1) {
    return new ClassifierParams.Candidate(name, Map.of("maxIter", "100"), 800, 200, weightedF1, weightedF1,
        weightedF1, 0.99);
  }

  static List<ClassifierParams.Candidate> all() {
    return List.of(figures(ClassifierParams.NAIVE_BAYES, 0.90), figures(ClassifierParams.DECISION_TREE, 0.95),
        figures(ClassifierParams.LOGISTIC_REGRESSION, 0.99));
  }

  /** Class 0 (cluster 7) margin 1 + 2*pca_1, class 1 (cluster 3) margin 0.5 - pca_2. */
  static ModelBundle logistic() {
    return TestBundles.twoClusters().withClassifier(new ClassifierParams(ClassifierParams.LOGISTIC_REGRESSION,
        ClassifierParams.INPUT_PCA,
        new LogisticRegressionParams(new double[][] {{2, 0}, {0, -1}}, new double[] {1, 0.5}), null, all()));
  }

  /** Root: pca_1 <= 0.5 goes to a leaf (1, 3); else pca_2 <= 0 to a leaf (4, 0), else to a leaf (6, 2). */
  static ModelBundle tree() {
    List<DecisionTreeParams.Node> nodes = List.of(
        new DecisionTreeParams.Node(0, 0.5, 1, 2, null),
        new DecisionTreeParams.Node(-1, 0, -1, -1, new double[] {1, 3}),
        new DecisionTreeParams.Node(1, 0.0, 3, 4, null),
        new DecisionTreeParams.Node(-1, 0, -1, -1, new double[] {4, 0}),
        new DecisionTreeParams.Node(-1, 0, -1, -1, new double[] {6, 2}));
    return TestBundles.twoClusters().withClassifier(new ClassifierParams(ClassifierParams.DECISION_TREE,
        ClassifierParams.INPUT_PCA, null, new DecisionTreeParams(nodes), all()));
  }

  @Test
  void logisticRegressionIsTheSoftmaxOfTheMargins() {
    ScoreResult r = new Scorer(logistic()).score(LAPSED_MAN);
    double dormant = Math.exp(1 + 2 * 2);
    double regular = Math.exp(0.5 - 1);

    assertThat(r.classifier()).isEqualTo(ClassifierParams.LOGISTIC_REGRESSION);
    assertThat(r.classifierLabel()).isEqualTo("logistic regression");
    assertThat(r.probabilityOf(7)).isCloseTo(dormant / (dormant + regular), within(1e-15));
    assertThat(r.probabilityOf(3)).isCloseTo(regular / (dormant + regular), within(1e-15));
    assertThat(r.classifierClusterId()).isEqualTo(7);
  }

  @Test
  void logisticRegressionDoesNotOverflowOnLargeMargins() {
    ModelBundle huge = TestBundles.twoClusters().withClassifier(new ClassifierParams(
        ClassifierParams.LOGISTIC_REGRESSION, ClassifierParams.INPUT_PCA,
        new LogisticRegressionParams(new double[][] {{1000, 0}, {0, 0}}, new double[] {0, 0}), null, all()));

    ScoreResult r = new Scorer(huge).score(LAPSED_MAN);

    assertThat(r.probabilityOf(7)).isEqualTo(1.0);
    assertThat(r.probabilityOf(3)).isEqualTo(0.0);
  }

  @Test
  void theTreeWalksToALeafAndNormalisesItsCounts() {
    Scorer scorer = new Scorer(tree());
    // pca = (2, 1): right of the root, then pca_2 = 1 > 0: leaf (6, 2).
    ScoreResult lapsed = scorer.score(LAPSED_MAN);
    // recency 10, female: pca = (0, -1): left of the root: leaf (1, 3).
    ScoreResult recent = scorer.score(new CustomerInput(10, 1, 0, 40, 0, Gender.F));
    // recency 20, female: pca = (2, -1): right, then pca_2 <= 0: leaf (4, 0).
    ScoreResult lapsedWoman = scorer.score(new CustomerInput(20, 1, 0, 40, 0, Gender.F));

    assertThat(lapsed.classifierProbabilities()).containsExactly(0.75, 0.25);
    assertThat(recent.classifierProbabilities()).containsExactly(0.25, 0.75);
    assertThat(recent.classifierClusterId()).isEqualTo(3);
    assertThat(lapsedWoman.classifierProbabilities()).containsExactly(1.0, 0.0);
  }

  @Test
  void aSplitValueEqualToTheThresholdGoesLeftAsInSpark() {
    // recency 12.5: pca_1 = 0.5 exactly, the root's threshold: left leaf (1, 3).
    ScoreResult r = new Scorer(tree()).score(new CustomerInput(12.5, 1, 0, 40, 0, Gender.M));

    assertThat(r.classifierProbabilities()).containsExactly(0.25, 0.75);
  }

  @Test
  void aBundleWithoutTheClassifierBlockServesNaiveBayes() {
    String json = TestBundles.twoClusters().toJson().replaceAll(",\\s*\"classifier\" : null", "");
    assertThat(json).doesNotContain("classifier");

    ModelBundle old = ModelBundle.fromJson(json);

    assertThat(old.classifier()).isNull();
    assertThat(old.servedClassifier()).isEqualTo(ClassifierParams.NAIVE_BAYES);
    assertThat(new Scorer(old).score(LAPSED_MAN).classifier()).isEqualTo(ClassifierParams.NAIVE_BAYES);
  }

  @Test
  void theServedClassifierAndItsFiguresRoundTripThroughJson() {
    ModelBundle back = ModelBundle.fromJson(tree().toJson());

    assertThat(back.servedClassifier()).isEqualTo(ClassifierParams.DECISION_TREE);
    assertThat(back.classifier().decisionTree().nodes()).hasSize(5);
    assertThat(back.classifier().servedFigures().weightedF1()).isEqualTo(0.95);
    assertThat(back.classifier().candidates()).extracting(ClassifierParams.Candidate::name)
        .containsExactly(ClassifierParams.NAIVE_BAYES, ClassifierParams.DECISION_TREE,
            ClassifierParams.LOGISTIC_REGRESSION);
    assertThat(new Scorer(back).score(LAPSED_MAN).classifierProbabilities()).containsExactly(0.75, 0.25);
  }

  @Test
  void refusesALogisticRegressionWithARowPerClassMissing() {
    String json = logistic().toJson().replaceFirst("\"coefficients\" : \\[ \\[ 2.0, 0.0 \\], ", "\"coefficients\" : [ ");

    assertThatThrownBy(() -> ModelBundle.fromJson(json)).isInstanceOf(BundleFormatException.class)
        .hasMessage("model bundle field classifier.logisticRegression.coefficients = 1 rows: expected 2 rows (one per class)");
  }

  @Test
  void refusesATreeWhoseChildPointsBackUp() {
    String json = tree().toJson().replaceFirst("\"left\" : 3", "\"left\" : 0");

    assertThatThrownBy(() -> ModelBundle.fromJson(json)).isInstanceOf(BundleFormatException.class)
        .hasMessageContaining("classifier.decisionTree.nodes[2].left/right = 0/4: expected indices of later nodes");
  }

  @Test
  void refusesAnUnknownServedClassifier() {
    String json = tree().toJson().replace("\"served\" : \"decision_tree\"", "\"served\" : \"random_forest\"");

    assertThatThrownBy(() -> ModelBundle.fromJson(json)).isInstanceOf(BundleFormatException.class)
        .hasMessageStartingWith("model bundle field classifier.served = random_forest: expected one of");
  }
}
