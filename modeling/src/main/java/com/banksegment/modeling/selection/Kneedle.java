package com.banksegment.modeling.selection;

import java.util.OptionalInt;

/**
 * The knee of a decreasing convex curve such as WSSSE against k, by the Kneedle algorithm:
 * V. Satopaa, J. Albrecht, D. Irwin, B. Raghavan, "Finding a 'Kneedle' in a Haystack: Detecting
 * Knee Points in System Behavior", ICDCS Workshops 2011, pp. 166-171.
 *
 * <p>Steps as published: (1) normalise x and y to [0, 1]; (2) for a decreasing convex curve flip y
 * so the curve rises concavely, then take the difference curve {@code d_i = y_i - x_i}; (3) every
 * local maximum of d is a knee candidate with threshold {@code T = d_lmx - S * mean(x_{i+1} - x_i)};
 * (4) the first candidate after which d falls below T before d reaches the next local maximum is
 * the knee; a curve where that never happens (a straight line, a concave curve) has none.
 * The paper's smoothing step is skipped: a k sweep has few points and no measurement noise.
 */
public final class Kneedle {
  /** The paper's sensitivity; 1 is its recommended default for offline detection. */
  public static final double DEFAULT_SENSITIVITY = 1.0;

  private Kneedle() {}

  /** Index of the knee of a decreasing convex curve with increasing x, or empty if it has none. */
  public static OptionalInt kneeOfDecreasingConvex(double[] x, double[] y) {
    return kneeOfDecreasingConvex(x, y, DEFAULT_SENSITIVITY);
  }

  public static OptionalInt kneeOfDecreasingConvex(double[] x, double[] y, double sensitivity) {
    int n = x.length;
    if (n != y.length) {
      throw new IllegalArgumentException("x has " + n + " points but y has " + y.length + ": expected the same count");
    }
    if (n < 3) {
      return OptionalInt.empty();
    }
    double[] xn = normalise(x);
    double[] yn = normalise(y);
    if (xn == null || yn == null) {
      return OptionalInt.empty();
    }
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = (1.0 - yn[i]) - xn[i];
    }
    double meanStep = (xn[n - 1] - xn[0]) / (n - 1);
    for (int i = 1; i < n - 1; i++) {
      if (!(d[i] > d[i - 1] && d[i] >= d[i + 1]) || d[i] <= 0) {
        continue;
      }
      double threshold = d[i] - sensitivity * meanStep;
      for (int j = i + 1; j < n; j++) {
        if (j < n - 1 && d[j] > d[j - 1] && d[j] >= d[j + 1]) {
          break; // the next local maximum came first: this candidate is not a knee
        }
        if (d[j] < threshold) {
          return OptionalInt.of(i);
        }
      }
    }
    return OptionalInt.empty();
  }

  /** Scales to [0, 1]; null when all values are equal (a flat curve has no knee). */
  private static double[] normalise(double[] v) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double value : v) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("curve value " + value + ": expected finite numbers");
      }
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    if (max == min) {
      return null;
    }
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (v[i] - min) / (max - min);
    }
    return out;
  }
}
