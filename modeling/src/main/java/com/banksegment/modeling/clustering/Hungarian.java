package com.banksegment.modeling.clustering;

import java.util.Arrays;

/**
 * Minimum-cost assignment (the Hungarian method of Kuhn and Munkres) in the O(n^3) potentials
 * formulation. Rectangular problems are padded with zero-cost dummies, so with more rows than
 * columns some rows stay unassigned (-1). Clusters number at most 50, so this is instant.
 */
public final class Hungarian {
  private Hungarian() {}

  /** For each row, the column assigned to it, or -1 when it is left out; total cost is minimal. */
  public static int[] assign(double[][] cost) {
    int rows = cost.length;
    int cols = rows == 0 ? 0 : cost[0].length;
    int n = Math.max(rows, cols);
    double[][] a = new double[n][n];
    for (int i = 0; i < rows; i++) {
      if (cost[i].length != cols) {
        throw new IllegalArgumentException("cost row " + i + " has " + cost[i].length + " columns: expected " + cols);
      }
      for (int j = 0; j < cols; j++) {
        if (!Double.isFinite(cost[i][j])) {
          throw new IllegalArgumentException("cost[" + i + "][" + j + "] = " + cost[i][j] + ": expected a finite number");
        }
        a[i][j] = cost[i][j];
      }
    }
    // u, v: potentials of rows and columns; match[j]: row matched to column j (1-based, 0 = none).
    double[] u = new double[n + 1];
    double[] v = new double[n + 1];
    int[] match = new int[n + 1];
    int[] way = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      match[0] = i;
      int j0 = 0;
      double[] minv = new double[n + 1];
      Arrays.fill(minv, Double.POSITIVE_INFINITY);
      boolean[] used = new boolean[n + 1];
      do {
        used[j0] = true;
        int i0 = match[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= n; j++) {
          if (!used[j]) {
            double reduced = a[i0 - 1][j - 1] - u[i0] - v[j];
            if (reduced < minv[j]) {
              minv[j] = reduced;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[match[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (match[j0] != 0);
      do {
        int j1 = way[j0];
        match[j0] = match[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    int[] result = new int[rows];
    Arrays.fill(result, -1);
    for (int j = 1; j <= n; j++) {
      int row = match[j] - 1;
      if (row >= 0 && row < rows && j - 1 < cols) {
        result[row] = j - 1;
      }
    }
    return result;
  }
}
