package com.banksegment.modeling.clustering;

/**
 * Every point's nearest centre (squared Euclidean distance, the lower index on a tie, as Spark's
 * K-means and the scorer decide) and the sum of the squared distances.
 *
 * @param labels the centre index of each point
 * @param cost sum over the points of the squared distance to their centre
 */
public record Partition(int[] labels, double cost) {

  /** Assigns every point of {@code points} to the nearest of the k centres (row-major, k * d). */
  public static Partition assign(Points points, double[] centres, Parallel parallel) {
    int d = points.d();
    int k = centres.length / d;
    int[] labels = new int[points.n()];
    double[] coords = points.coords();
    double cost = parallel.reduce(points.n(), (from, to) -> {
      double sum = 0;
      for (int i = from; i < to; i++) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        int p = i * d;
        for (int c = 0; c < k; c++) {
          double s = KMeansPlusPlus.squared(coords, p, centres, c * d, d);
          if (s < bestDistance) {
            bestDistance = s;
            best = c;
          }
        }
        labels[i] = best;
        sum += bestDistance;
      }
      return sum;
    }, Double::sum);
    return new Partition(labels, points.n() == 0 ? 0 : cost);
  }

  /** Index of the nearest centre to one point (the lower index on a tie). */
  public static int nearest(double[] point, double[] centres) {
    int d = point.length;
    int k = centres.length / d;
    int best = 0;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (int c = 0; c < k; c++) {
      double s = KMeansPlusPlus.squared(point, 0, centres, c * d, d);
      if (s < bestDistance) {
        bestDistance = s;
        best = c;
      }
    }
    return best;
  }
}
