package com.banksegment.scorer;

/** Builds the classifier a bundle serves. */
final class Classifiers {
  private Classifiers() {}

  static Classifier served(ModelBundle bundle) {
    ClassifierParams c = bundle.classifier();
    String served = c == null ? ClassifierParams.NAIVE_BAYES : c.served();
    return switch (served) {
      case ClassifierParams.LOGISTIC_REGRESSION -> new MultinomialLogistic(c.inputSpace(), c.logisticRegression());
      case ClassifierParams.DECISION_TREE -> new DecisionTree(c.inputSpace(), c.decisionTree());
      default -> new GaussianNaiveBayes(bundle.naiveBayes());
    };
  }

  /** The served classifier's id ({@link ClassifierParams#NAIVE_BAYES} for a bundle without the block). */
  static String servedName(ModelBundle bundle) {
    return bundle.classifier() == null ? ClassifierParams.NAIVE_BAYES : bundle.classifier().served();
  }
}
