package com.banksegment.scorer;

/** The little linear algebra the scorer needs, in the order of operations Spark uses. */
final class Matrices {
  private Matrices() {}

  static double[] flatten(double[][] rows) {
    int width = rows.length == 0 ? 0 : rows[0].length;
    double[] flat = new double[rows.length * width];
    for (int i = 0; i < rows.length; i++) {
      System.arraycopy(rows[i], 0, flat, i * width, width);
    }
    return flat;
  }

  /**
   * Spark's {@code ml.impl.Utils.softmax}: subtract the largest value, exponentiate, divide by the
   * sum. Overwrites and returns {@code v}.
   */
  static double[] softmaxInPlace(double[] v) {
    double max = Double.NEGATIVE_INFINITY;
    for (double x : v) {
      max = Math.max(max, x);
    }
    double sum = 0.0;
    for (int c = 0; c < v.length; c++) {
      v[c] = Math.exp(v[c] - max);
      sum += v[c];
    }
    for (int c = 0; c < v.length; c++) {
      v[c] /= sum;
    }
    return v;
  }
}
