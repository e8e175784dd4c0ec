package com.banksegment.modeling.clustering;

/**
 * Lloyd's iteration as Spark's K-means runs it: assign every point to its nearest centre, move
 * each centre to the mean of its points (a centre without points stays where it is), stop after
 * {@code maxIterations} or once no centre moved more than {@code tolerance} (Euclidean; Spark's
 * {@code tol}, 1e-4 by default). The assignment pass is split over the driver's threads.
 */
public final class Lloyd {
  /** Spark's default convergence tolerance for K-means. */
  public static final double SPARK_TOLERANCE = 1e-4;

  /**
   * @param centres the final centres (row-major, k * d)
   * @param iterations iterations run
   * @param converged whether the centres stopped moving before the iteration limit
   */
  public record Result(double[] centres, int iterations, boolean converged) {}

  private Lloyd() {}

  public static Result run(Points points, double[] initial, int maxIterations, double tolerance, Parallel parallel) {
    int d = points.d();
    int k = initial.length / d;
    double[] centres = initial.clone();
    double[] coords = points.coords();
    double toleranceSquared = tolerance * tolerance;
    int iteration = 0;
    boolean converged = false;
    while (iteration < maxIterations && !converged) {
      double[] current = centres;
      // sums: k * d coordinate sums, then k counts
      double[] sums = parallel.reduce(points.n(), (from, to) -> {
        double[] s = new double[k * d + k];
        for (int i = from; i < to; i++) {
          int p = i * d;
          int best = 0;
          double bestDistance = Double.POSITIVE_INFINITY;
          for (int c = 0; c < k; c++) {
            double dist = 0;
            int q = c * d;
            for (int j = 0; j < d; j++) {
              double diff = coords[p + j] - current[q + j];
              dist += diff * diff;
            }
            if (dist < bestDistance) {
              bestDistance = dist;
              best = c;
            }
          }
          int q = best * d;
          for (int j = 0; j < d; j++) {
            s[q + j] += coords[p + j];
          }
          s[k * d + best] += 1;
        }
        return s;
      }, Lloyd::add);
      double[] next = current.clone();
      converged = true;
      for (int c = 0; c < k; c++) {
        double count = sums[k * d + c];
        if (count == 0) {
          continue;
        }
        double moved = 0;
        for (int j = 0; j < d; j++) {
          next[c * d + j] = sums[c * d + j] / count;
          double diff = next[c * d + j] - current[c * d + j];
          moved += diff * diff;
        }
        if (moved > toleranceSquared) {
          converged = false;
        }
      }
      centres = next;
      iteration++;
    }
    return new Result(centres, iteration, converged);
  }

  private static double[] add(double[] a, double[] b) {
    for (int i = 0; i < a.length; i++) {
      a[i] += b[i];
    }
    return a;
  }
}
