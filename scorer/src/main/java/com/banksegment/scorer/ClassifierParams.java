package com.banksegment.scorer;

import java.util.List;
import java.util.Map;

/**
 * Which classifier the bundle serves for a customer's class probabilities, and how every compared
 * candidate did on the same held-out split. The model stage serves the candidate with the best
 * held-out weighted F1. A bundle without this block (written before issue #15) serves Naive Bayes.
 *
 * @param served {@link #NAIVE_BAYES} (parameters in the bundle's {@code naiveBayes}),
 *     {@link #LOGISTIC_REGRESSION} or {@link #DECISION_TREE}
 * @param inputSpace the vector the served logistic regression or tree reads ({@link #INPUT_PCA}
 *     or {@link #INPUT_SCALED}); Naive Bayes says its own in {@code naiveBayes.inputSpace}
 * @param logisticRegression the served logistic regression; null unless served
 * @param decisionTree the served decision tree; null unless served
 * @param candidates every classifier compared, the served one among them
 */
public record ClassifierParams(
    String served,
    String inputSpace,
    LogisticRegressionParams logisticRegression,
    DecisionTreeParams decisionTree,
    List<Candidate> candidates) {

  public static final String NAIVE_BAYES = "gaussian_naive_bayes";
  public static final String LOGISTIC_REGRESSION = "logistic_regression";
  public static final String DECISION_TREE = "decision_tree";
  public static final List<String> KNOWN = List.of(NAIVE_BAYES, LOGISTIC_REGRESSION, DECISION_TREE);
  public static final String INPUT_PCA = NaiveBayesParams.INPUT_PCA;
  public static final String INPUT_SCALED = NaiveBayesParams.INPUT_SCALED;

  /**
   * One compared classifier's held-out figures.
   *
   * @param name one of {@link #KNOWN}
   * @param parameters its training settings as Spark was given them (e.g. maxDepth), for readers
   * @param trainCustomers customers it learnt from
   * @param testCustomers held-out customers its figures come from
   * @param accuracy held-out accuracy
   * @param weightedF1 held-out F1 weighted by class size (the figure that chooses the served one)
   * @param macroF1 held-out mean F1 over classes
   * @param centroidAgreement share of all customers where it picks the nearest centroid's segment
   */
  public record Candidate(String name, Map<String, String> parameters, long trainCustomers, long testCustomers,
      double accuracy, double weightedF1, double macroF1, double centroidAgreement) {}

  /** The figures of the served classifier. */
  public Candidate servedFigures() {
    return candidates.stream().filter(c -> c.name().equals(served)).findFirst().orElseThrow();
  }

  /** A reader's name for a classifier id: "logistic regression". */
  public static String label(String name) {
    return switch (name) {
      case NAIVE_BAYES -> "Naive Bayes";
      case LOGISTIC_REGRESSION -> "logistic regression";
      case DECISION_TREE -> "decision tree";
      default -> name.replace('_', ' ');
    };
  }
}
