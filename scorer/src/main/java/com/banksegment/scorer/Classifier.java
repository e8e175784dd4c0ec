package com.banksegment.scorer;

/**
 * A classifier of the bundle computed exactly as its Spark model computes it: one probability per
 * class (class i is the bundle's cluster i) for one input vector. Implementations are immutable.
 */
public interface Classifier {
  /** Which vector it reads: {@link ClassifierParams#INPUT_PCA} or {@link ClassifierParams#INPUT_SCALED}. */
  String inputSpace();

  /** Probabilities of the classes for {@code x}; they sum to 1. */
  double[] probabilities(double[] x);

  static Classifier naiveBayes(NaiveBayesParams nb) {
    return new GaussianNaiveBayes(nb);
  }

  static Classifier logisticRegression(String inputSpace, LogisticRegressionParams lr) {
    return new MultinomialLogistic(inputSpace, lr);
  }

  static Classifier decisionTree(String inputSpace, DecisionTreeParams tree) {
    return new DecisionTree(inputSpace, tree);
  }

  /** Index of the largest value, the first on ties (as Spark's {@code Vector.argmax}). */
  static int argMax(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }
}
