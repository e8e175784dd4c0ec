package com.banksegment.modeling.clustering;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Initial centres by k-means++ (Arthur and Vassilvitskii, "k-means++: the advantages of careful
 * seeding", SODA 2007): the first centre is a point drawn uniformly, each next one a point drawn
 * with probability proportional to its squared distance to the nearest centre chosen so far. The
 * greedy variant (as scikit-learn's default) draws {@code 2 + floor(ln k)} candidates per step and
 * keeps the one that lowers the total squared distance most, which makes a bad start rarer.
 */
public final class KMeansPlusPlus {
  private KMeansPlusPlus() {}

  /** k centres (row-major, k * d), each a copy of one of the points. */
  public static double[] seed(Points points, int k, SplittableRandom random) {
    int n = points.n();
    int d = points.d();
    if (n == 0) {
      throw new IllegalArgumentException("k-means++ on no points: expected at least one");
    }
    double[] coords = points.coords();
    double[] centres = new double[k * d];
    int first = random.nextInt(n);
    System.arraycopy(coords, first * d, centres, 0, d);
    double[] nearest = new double[n];
    for (int i = 0; i < n; i++) {
      nearest[i] = squared(coords, i * d, centres, 0, d);
    }
    int candidates = 2 + (int) Math.floor(Math.log(k));
    double[] cumulative = new double[n];
    double[] trial = new double[n];
    double[] bestTrial = new double[n];
    for (int c = 1; c < k; c++) {
      double total = 0;
      for (int i = 0; i < n; i++) {
        total += nearest[i];
        cumulative[i] = total;
      }
      int bestIndex = -1;
      double bestPotential = Double.POSITIVE_INFINITY;
      for (int t = 0; t < candidates; t++) {
        int index = total > 0 ? draw(cumulative, random.nextDouble() * total) : random.nextInt(n);
        double potential = 0;
        for (int i = 0; i < n; i++) {
          double dist = Math.min(nearest[i], squared(coords, i * d, coords, index * d, d));
          trial[i] = dist;
          potential += dist;
        }
        if (potential < bestPotential) {
          bestPotential = potential;
          bestIndex = index;
          double[] swap = bestTrial;
          bestTrial = trial;
          trial = swap;
        }
      }
      System.arraycopy(coords, bestIndex * d, centres, c * d, d);
      System.arraycopy(bestTrial, 0, nearest, 0, n);
    }
    return centres;
  }

  /** The first index whose cumulative weight exceeds r (r in [0, total)). */
  private static int draw(double[] cumulative, double r) {
    int at = Arrays.binarySearch(cumulative, r);
    int i = at >= 0 ? at + 1 : -at - 1;
    // Skip zero-weight points that share the cumulative value (duplicates of chosen centres).
    while (i < cumulative.length - 1 && (i == 0 ? cumulative[i] : cumulative[i] - cumulative[i - 1]) == 0) {
      i++;
    }
    return Math.min(i, cumulative.length - 1);
  }

  /**
   * The squared Euclidean distance, summed over the coordinates in order. The JIT compiles a loop
   * of unknown, short length poorly: written out for the usual spaces (the bank's six inputs, a
   * source's three RFM inputs, when PCA keeps them all) the distance costs a half to a third, and
   * this is most of the driver's K-means time. Each form adds the same terms in the same order,
   * so the result is the same bit for bit.
   */
  static double squared(double[] a, int offsetA, double[] b, int offsetB, int d) {
    switch (d) {
      case 6: {
        double e0 = a[offsetA] - b[offsetB];
        double e1 = a[offsetA + 1] - b[offsetB + 1];
        double e2 = a[offsetA + 2] - b[offsetB + 2];
        double e3 = a[offsetA + 3] - b[offsetB + 3];
        double e4 = a[offsetA + 4] - b[offsetB + 4];
        double e5 = a[offsetA + 5] - b[offsetB + 5];
        return e0 * e0 + e1 * e1 + e2 * e2 + e3 * e3 + e4 * e4 + e5 * e5;
      }
      case 3: {
        double e0 = a[offsetA] - b[offsetB];
        double e1 = a[offsetA + 1] - b[offsetB + 1];
        double e2 = a[offsetA + 2] - b[offsetB + 2];
        return e0 * e0 + e1 * e1 + e2 * e2;
      }
      default: {
        double s = 0;
        for (int j = 0; j < d; j++) {
          double diff = a[offsetA + j] - b[offsetB + j];
          s += diff * diff;
        }
        return s;
      }
    }
  }
}
