package com.banksegment.generator;

/**
 * An inverse cumulative distribution given by knots (probability, value), interpolated linearly
 * in log(value) between knots: a compact way to reproduce a heavily skewed distribution from a
 * handful of published quantiles (quartiles, median, maximum) and still control its mean.
 */
final class QuantileCurve {
  private final double[] probabilities;
  private final double[] logValues;

  /** Knots as pairs {p0, v0, p1, v1, ...}: p from 0 to 1 increasing, values positive, non-decreasing. */
  QuantileCurve(double... knots) {
    if (knots.length < 4 || knots.length % 2 != 0) {
      throw new IllegalArgumentException("quantile knots must be pairs (p, value), at least two, got "
          + knots.length + " numbers");
    }
    int count = knots.length / 2;
    probabilities = new double[count];
    logValues = new double[count];
    for (int i = 0; i < count; i++) {
      probabilities[i] = knots[2 * i];
      double value = knots[2 * i + 1];
      if (!(value > 0)) {
        throw new IllegalArgumentException("quantile knot value must be positive, got " + value);
      }
      logValues[i] = StrictMath.log(value);
      if (i > 0 && (probabilities[i] <= probabilities[i - 1] || logValues[i] < logValues[i - 1])) {
        throw new IllegalArgumentException("quantile knots must increase, broken at p=" + probabilities[i]);
      }
    }
    if (probabilities[0] != 0.0 || probabilities[count - 1] != 1.0) {
      throw new IllegalArgumentException("quantile knots must run from p=0 to p=1");
    }
  }

  /** The value at cumulative probability {@code u} in [0, 1]. */
  double valueAt(double u) {
    int low = 0;
    int high = probabilities.length - 1;
    while (high - low > 1) {
      int middle = (low + high) >>> 1;
      if (probabilities[middle] <= u) {
        low = middle;
      } else {
        high = middle;
      }
    }
    double fraction = (u - probabilities[low]) / (probabilities[high] - probabilities[low]);
    return StrictMath.exp(logValues[low] + fraction * (logValues[high] - logValues[low]));
  }

  /** The exact mean of the distribution (integral of the quantile function). */
  double mean() {
    double sum = 0;
    for (int i = 1; i < probabilities.length; i++) {
      double width = probabilities[i] - probabilities[i - 1];
      double v0 = StrictMath.exp(logValues[i - 1]);
      double v1 = StrictMath.exp(logValues[i]);
      sum += width * (v1 == v0 ? v0 : (v1 - v0) / (logValues[i] - logValues[i - 1]));
    }
    return sum;
  }
}
