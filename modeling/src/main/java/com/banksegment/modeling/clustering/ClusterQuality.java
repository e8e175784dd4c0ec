package com.banksegment.modeling.clustering;

/**
 * WSSSE, cluster sizes and the silhouette of a labelled set of points, computed on the driver
 * with the definitions of {@code selection.ClusterMeasures} (and so of Spark's
 * {@code ClusteringEvaluator}, squared Euclidean distance): WSSSE is the sum of squared distances
 * to each cluster's mean; the silhouette is Rousseeuw's, with the mean squared distance of x to
 * the points of cluster C written {@code |x|^2 + Psi_C / n_C - 2 x . S_C / n_C} (S_C the sum and
 * Psi_C the sum of squared norms of C's points), x itself excluded from its own cluster, a
 * singleton scoring 0. Linear in the number of points.
 *
 * @param silhouette NaN when fewer than two clusters hold points
 */
public record ClusterQuality(double wssse, long[] sizes, double silhouette) {

  public long clustersUsed() {
    return java.util.Arrays.stream(sizes).filter(s -> s > 0).count();
  }

  public static ClusterQuality of(Points points, int[] labels, int k, Parallel parallel) {
    int d = points.d();
    double[] coords = points.coords();
    // per cluster: d sums, the sum of squared norms, the count
    int width = d + 2;
    double[] stats = parallel.reduce(points.n(), (from, to) -> {
      double[] s = new double[k * width];
      for (int i = from; i < to; i++) {
        int at = labels[i] * width;
        double norm = 0;
        for (int j = 0; j < d; j++) {
          double x = coords[i * d + j];
          s[at + j] += x;
          norm += x * x;
        }
        s[at + d] += norm;
        s[at + d + 1] += 1;
      }
      return s;
    }, (a, b) -> {
      for (int i = 0; i < a.length; i++) {
        a[i] += b[i];
      }
      return a;
    });
    if (stats == null) {
      stats = new double[k * width];
    }
    long[] sizes = new long[k];
    double wssse = 0;
    int used = 0;
    for (int c = 0; c < k; c++) {
      double count = stats[c * width + d + 1];
      sizes[c] = (long) count;
      if (count > 0) {
        used++;
        double squaredSumNorm = 0;
        for (int j = 0; j < d; j++) {
          squaredSumNorm += stats[c * width + j] * stats[c * width + j];
        }
        wssse += stats[c * width + d] - squaredSumNorm / count;
      }
    }
    double silhouette = used < 2 ? Double.NaN : silhouette(points, labels, k, stats, width, parallel);
    return new ClusterQuality(wssse, sizes, silhouette);
  }

  private static double silhouette(Points points, int[] labels, int k, double[] stats, int width, Parallel parallel) {
    int d = points.d();
    double[] coords = points.coords();
    double sum = parallel.reduce(points.n(), (from, to) -> {
      double s = 0;
      for (int i = from; i < to; i++) {
        double norm = 0;
        for (int j = 0; j < d; j++) {
          norm += coords[i * d + j] * coords[i * d + j];
        }
        int own = labels[i];
        double a = Double.NaN;
        double b = Double.POSITIVE_INFINITY;
        double ownSize = stats[own * width + d + 1];
        for (int c = 0; c < k; c++) {
          double count = stats[c * width + d + 1];
          if (count == 0) {
            continue;
          }
          double dot = 0;
          for (int j = 0; j < d; j++) {
            dot += coords[i * d + j] * stats[c * width + j];
          }
          double meanDistance = norm + stats[c * width + d] / count - dot * (2.0 / count);
          if (c == own) {
            a = count > 1 ? meanDistance * count / (count - 1) : Double.NaN;
          } else if (meanDistance < b) {
            b = meanDistance;
          }
        }
        if (ownSize == 1) {
          continue; // a singleton counts 0
        }
        if (a < b) {
          s += 1 - a / b;
        } else if (a > b) {
          s += b / a - 1;
        }
      }
      return s;
    }, Double::sum);
    return sum / points.n();
  }
}
