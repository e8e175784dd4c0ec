package com.banksegment.modeling.clustering;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * n points of d coordinates in one row-major array (point i is {@code coords[i*d .. i*d+d-1]}):
 * the customers in PCA space, held on the driver. 1M customers of 6 coordinates are 48 MB.
 */
public record Points(double[] coords, int n, int d) {
  public Points {
    if (d < 1 || n < 0 || coords.length != (long) n * d) {
      throw new IllegalArgumentException("points: " + coords.length + " values for n = " + n + ", d = " + d
          + ": expected n * d values and d >= 1");
    }
  }

  public static Points of(double[][] rows) {
    int d = rows.length == 0 ? 1 : rows[0].length;
    double[] flat = new double[rows.length * d];
    for (int i = 0; i < rows.length; i++) {
      System.arraycopy(rows[i], 0, flat, i * d, d);
    }
    return new Points(flat, rows.length, d);
  }

  public double get(int i, int j) {
    return coords[i * d + j];
  }

  public double[] point(int i) {
    return Arrays.copyOfRange(coords, i * d, i * d + d);
  }

  /** The points at these indices, in this order (an index may repeat: a bootstrap resample). */
  public Points subset(int[] indices) {
    double[] out = new double[indices.length * d];
    for (int r = 0; r < indices.length; r++) {
      System.arraycopy(coords, indices[r] * d, out, r * d, d);
    }
    return new Points(out, indices.length, d);
  }

  /** m distinct indices drawn uniformly without replacement (all of them, in order, when m >= n), sorted. */
  public int[] sampleIndices(int m, long seed) {
    if (m >= n) {
      int[] all = new int[n];
      Arrays.setAll(all, i -> i);
      return all;
    }
    // Partial Fisher-Yates over an index array: exact, O(n) memory, O(m) draws.
    int[] idx = new int[n];
    Arrays.setAll(idx, i -> i);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < m; i++) {
      int j = i + random.nextInt(n - i);
      int t = idx[i];
      idx[i] = idx[j];
      idx[j] = t;
    }
    int[] out = Arrays.copyOf(idx, m);
    Arrays.sort(out);
    return out;
  }

  /** m indices drawn uniformly with replacement: a bootstrap resample. */
  public int[] bootstrapIndices(int m, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] out = new int[m];
    for (int i = 0; i < m; i++) {
      out[i] = random.nextInt(n);
    }
    Arrays.sort(out);
    return out;
  }
}
