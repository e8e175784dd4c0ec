package com.banksegment.scorer;

/**
 * Spark's Gaussian {@code NaiveBayesModel}: {@code raw_c = pi_c - (sum_j (x_j - theta_cj)^2 / sigma_cj
 * + sum_j log sigma_cj) / 2}, then a softmax. The parameters are flattened once so that scoring
 * touches a few cache lines.
 */
final class GaussianNaiveBayes implements Classifier {
  private final String inputSpace;
  private final int k;
  private final int inputs;
  private final double[] logPrior;
  private final double[] theta;
  private final double[] sigma;
  private final double[] logVarianceSum;

  GaussianNaiveBayes(NaiveBayesParams nb) {
    this.inputSpace = nb.inputSpace();
    this.k = nb.pi().length;
    this.inputs = nb.theta()[0].length;
    this.logPrior = nb.pi().clone();
    this.theta = Matrices.flatten(nb.theta());
    this.sigma = Matrices.flatten(nb.sigma());
    // Spark precomputes the same sum, adding log-variances left to right from 0.
    this.logVarianceSum = new double[k];
    for (int i = 0; i < k; i++) {
      double sum = 0.0;
      for (int j = 0; j < inputs; j++) {
        sum += Math.log(sigma[i * inputs + j]);
      }
      logVarianceSum[i] = sum;
    }
  }

  @Override
  public String inputSpace() {
    return inputSpace;
  }

  @Override
  public double[] probabilities(double[] x) {
    double[] p = new double[k];
    for (int c = 0; c < k; c++) {
      double s = 0.0;
      int row = c * inputs;
      for (int j = 0; j < inputs; j++) {
        double d = x[j] - theta[row + j];
        s += d * d / sigma[row + j];
      }
      p[c] = logPrior[c] - (s + logVarianceSum[c]) / 2;
    }
    return Matrices.softmaxInPlace(p);
  }
}
