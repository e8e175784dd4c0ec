package com.banksegment.modeling.clustering;

/**
 * How much two partitions of the same points agree: the adjusted Rand index (Hubert and Arabie,
 * "Comparing partitions", Journal of Classification 2, 1985) and, for each cluster of the first,
 * the Jaccard similarity to its most similar cluster of the second (the per-cluster stability of
 * Hennig's clusterboot: C. Hennig, "Cluster-wise assessment of cluster stability", Computational
 * Statistics and Data Analysis 52, 2007).
 */
public final class Agreement {
  private Agreement() {}

  /** {@code table[i][j]}: points with label i in the first partition and j in the second. */
  public static long[][] contingency(int[] first, int kFirst, int[] second, int kSecond) {
    if (first.length != second.length) {
      throw new IllegalArgumentException(first.length + " and " + second.length + " labels: expected the same points");
    }
    long[][] table = new long[kFirst][kSecond];
    for (int i = 0; i < first.length; i++) {
      table[first[i]][second[i]]++;
    }
    return table;
  }

  /** Adjusted Rand index: 1 for identical partitions (up to renaming), about 0 for chance agreement. */
  public static double adjustedRand(long[][] table) {
    double index = 0;
    double rows = 0;
    double cols = 0;
    long n = 0;
    int kSecond = table.length == 0 ? 0 : table[0].length;
    long[] colSums = new long[kSecond];
    for (long[] row : table) {
      long rowSum = 0;
      for (int j = 0; j < row.length; j++) {
        index += pairs(row[j]);
        rowSum += row[j];
        colSums[j] += row[j];
      }
      rows += pairs(rowSum);
      n += rowSum;
    }
    for (long c : colSums) {
      cols += pairs(c);
    }
    double expected = rows * cols / pairs(n);
    double max = (rows + cols) / 2;
    if (max == expected) {
      return 1.0; // both partitions trivial (one cluster each, or all singletons): they agree
    }
    return (index - expected) / (max - expected);
  }

  public static double adjustedRand(int[] first, int kFirst, int[] second, int kSecond) {
    return adjustedRand(contingency(first, kFirst, second, kSecond));
  }

  /**
   * For each cluster i of the first partition, the largest Jaccard similarity |A_i & B_j| / |A_i | B_j|
   * over the clusters j of the second; NaN for a cluster of the first without points.
   */
  public static double[] bestJaccard(long[][] table) {
    int kFirst = table.length;
    int kSecond = kFirst == 0 ? 0 : table[0].length;
    long[] colSums = new long[kSecond];
    long[] rowSums = new long[kFirst];
    for (int i = 0; i < kFirst; i++) {
      for (int j = 0; j < kSecond; j++) {
        rowSums[i] += table[i][j];
        colSums[j] += table[i][j];
      }
    }
    double[] out = new double[kFirst];
    for (int i = 0; i < kFirst; i++) {
      if (rowSums[i] == 0) {
        out[i] = Double.NaN;
        continue;
      }
      double best = 0;
      for (int j = 0; j < kSecond; j++) {
        long both = table[i][j];
        if (both > 0) {
          best = Math.max(best, (double) both / (rowSums[i] + colSums[j] - both));
        }
      }
      out[i] = best;
    }
    return out;
  }

  /** {@code |A_i & B_j| / |A_i | B_j|} for every cluster i of the first and j of the second (0 when both are empty). */
  public static double[][] jaccard(long[][] table) {
    int kFirst = table.length;
    int kSecond = kFirst == 0 ? 0 : table[0].length;
    long[] rowSums = new long[kFirst];
    long[] colSums = new long[kSecond];
    for (int i = 0; i < kFirst; i++) {
      for (int j = 0; j < kSecond; j++) {
        rowSums[i] += table[i][j];
        colSums[j] += table[i][j];
      }
    }
    double[][] out = new double[kFirst][kSecond];
    for (int i = 0; i < kFirst; i++) {
      for (int j = 0; j < kSecond; j++) {
        long union = rowSums[i] + colSums[j] - table[i][j];
        out[i][j] = union == 0 ? 0.0 : (double) table[i][j] / union;
      }
    }
    return out;
  }

  private static double pairs(long m) {
    return m * (m - 1) / 2.0;
  }
}
