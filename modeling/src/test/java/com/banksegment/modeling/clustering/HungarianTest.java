package com.banksegment.modeling.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HungarianTest {

  @Test
  void solvesAClassicThreeByThree() {
    double[][] cost = {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}};

    assertThat(Hungarian.assign(cost)).containsExactly(1, 0, 2); // 1 + 2 + 2 = 5
  }

  @Test
  void prefersTheGloballyCheapestPairingOverGreedyChoices() {
    // Greedy takes row 0 -> col 0 (1) and is then forced into 100; the optimum pays 2 + 3.
    double[][] cost = {{1, 2}, {3, 100}};

    assertThat(Hungarian.assign(cost)).containsExactly(1, 0);
  }

  @Test
  void leavesTheExtraRowsUnassignedWhenThereAreFewerColumns() {
    double[][] cost = {{5, 9}, {1, 7}, {8, 2}};

    assertThat(Hungarian.assign(cost)).containsExactly(-1, 0, 1);
  }

  @Test
  void assignsEveryRowWhenThereAreMoreColumns() {
    double[][] cost = {{5, 9, 0.5}, {1, 7, 3}};

    assertThat(Hungarian.assign(cost)).containsExactly(2, 0);
  }

  @Test
  void matchesBruteForceOnRandomMatrices() {
    Random r = new Random(3);
    for (int trial = 0; trial < 200; trial++) {
      int n = 1 + r.nextInt(6);
      double[][] cost = new double[n][n];
      for (double[] row : cost) {
        for (int j = 0; j < n; j++) {
          row[j] = r.nextInt(20);
        }
      }
      int[] a = Hungarian.assign(cost);
      double total = 0;
      for (int i = 0; i < n; i++) {
        total += cost[i][a[i]];
      }
      assertThat(a).doesNotHaveDuplicates();
      assertThat(total).as("trial %d", trial).isEqualTo(bruteForce(cost, 0, new boolean[n]));
    }
  }

  private static double bruteForce(double[][] cost, int row, boolean[] used) {
    if (row == cost.length) {
      return 0;
    }
    double best = Double.POSITIVE_INFINITY;
    for (int j = 0; j < cost.length; j++) {
      if (!used[j]) {
        used[j] = true;
        best = Math.min(best, cost[row][j] + bruteForce(cost, row + 1, used));
        used[j] = false;
      }
    }
    return best;
  }
}
