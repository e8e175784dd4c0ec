package com.banksegment.scorer;

/** Spark's multinomial {@code LogisticRegressionModel}: margins = intercepts + coefficients x, softmax. */
final class MultinomialLogistic implements Classifier {
  private final String inputSpace;
  private final int k;
  private final int inputs;
  private final double[] coefficients;
  private final double[] intercepts;

  MultinomialLogistic(String inputSpace, LogisticRegressionParams lr) {
    this.inputSpace = inputSpace;
    this.k = lr.intercepts().length;
    this.inputs = lr.coefficients()[0].length;
    this.coefficients = Matrices.flatten(lr.coefficients());
    this.intercepts = lr.intercepts().clone();
  }

  @Override
  public String inputSpace() {
    return inputSpace;
  }

  @Override
  public double[] probabilities(double[] x) {
    double[] margins = new double[k];
    for (int c = 0; c < k; c++) {
      double s = 0.0;
      int row = c * inputs;
      for (int j = 0; j < inputs; j++) {
        s += coefficients[row + j] * x[j];
      }
      margins[c] = intercepts[c] + s;
    }
    return Matrices.softmaxInPlace(margins);
  }
}
