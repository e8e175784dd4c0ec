package com.banksegment.modeling.clustering;

import java.util.ArrayList;
import java.util.List;

/**
 * Bisecting K-means on the driver (Steinbach, Karypis and Kumar, "A comparison of document
 * clustering techniques", KDD Workshop on Text Mining 2000): start from one cluster and split the
 * cluster with the largest within-cluster sum of squares in two with {@link LocalKMeans} (k = 2,
 * several starts) until there are k. Compared with K-means as an alternative; its clusters are
 * measured as the nearest of its k leaf centres. A cluster whose points are all equal is not split.
 */
public final class BisectingKMeans {
  private BisectingKMeans() {}

  /** k leaf centres, row-major (fewer when no cluster can be split further). */
  public static double[] fit(Points points, int k, int starts, int maxIterations, long seed, Parallel parallel) {
    int d = points.d();
    List<int[]> members = new ArrayList<>();
    int[] all = new int[points.n()];
    java.util.Arrays.setAll(all, i -> i);
    members.add(all);
    List<Double> sse = new ArrayList<>(List.of(sumOfSquares(points, all)));
    List<double[]> centres = new ArrayList<>(List.of(mean(points, all)));
    while (members.size() < k) {
      int split = -1;
      for (int c = 0; c < members.size(); c++) {
        if (sse.get(c) > 0 && members.get(c).length >= 2 && (split < 0 || sse.get(c) > sse.get(split))) {
          split = c;
        }
      }
      if (split < 0) {
        break;
      }
      int[] idx = members.get(split);
      Points sub = points.subset(idx);
      KMeansFit two = LocalKMeans.fit(sub, 2, starts, maxIterations, Lloyd.SPARK_TOLERANCE,
          LocalKMeans.seedOf(seed, members.size(), 7), parallel);
      int[] labels = Partition.assign(sub, two.centres(), parallel).labels();
      int left = 0;
      for (int l : labels) {
        left += l == 0 ? 1 : 0;
      }
      if (left == 0 || left == idx.length) {
        sse.set(split, 0.0); // cannot be split: never chosen again
        continue;
      }
      int[] a = new int[left];
      int[] b = new int[idx.length - left];
      for (int i = 0, ia = 0, ib = 0; i < idx.length; i++) {
        if (labels[i] == 0) {
          a[ia++] = idx[i];
        } else {
          b[ib++] = idx[i];
        }
      }
      members.set(split, a);
      sse.set(split, sumOfSquares(points, a));
      centres.set(split, mean(points, a));
      members.add(b);
      sse.add(sumOfSquares(points, b));
      centres.add(mean(points, b));
    }
    double[] out = new double[centres.size() * d];
    for (int c = 0; c < centres.size(); c++) {
      System.arraycopy(centres.get(c), 0, out, c * d, d);
    }
    return out;
  }

  private static double[] mean(Points p, int[] idx) {
    double[] m = new double[p.d()];
    for (int i : idx) {
      for (int j = 0; j < p.d(); j++) {
        m[j] += p.get(i, j);
      }
    }
    for (int j = 0; j < p.d(); j++) {
      m[j] /= idx.length;
    }
    return m;
  }

  private static double sumOfSquares(Points p, int[] idx) {
    double[] m = mean(p, idx);
    double s = 0;
    for (int i : idx) {
      for (int j = 0; j < p.d(); j++) {
        double diff = p.get(i, j) - m[j];
        s += diff * diff;
      }
    }
    return s;
  }
}
