package com.banksegment.modeling.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AgreementTest {
  @Test
  void identicalPartitionsUpToRenamingHaveRandIndexOne() {
    assertThat(Agreement.adjustedRand(new int[] {0, 0, 1, 1, 2}, 3, new int[] {2, 2, 0, 0, 1}, 3))
        .isCloseTo(1.0, within(1e-12));
  }

  @Test
  void adjustedRandIndexOfAKnownExample() {
    // Hubert-Arabie ARI of {0,0,1,1} against {0,0,1,2}: index 1, expected 1 * 2 / 6, max 1.5 -> 4/7.
    assertThat(Agreement.adjustedRand(new int[] {0, 0, 1, 1}, 2, new int[] {0, 0, 1, 2}, 3))
        .isCloseTo(4.0 / 7.0, within(1e-12));
  }

  @Test
  void chanceAgreementIsNearZero() {
    int n = 20_000;
    int[] first = new int[n];
    int[] second = new int[n];
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    for (int i = 0; i < n; i++) {
      first[i] = random.nextInt(4);
      second[i] = random.nextInt(4);
    }
    assertThat(Agreement.adjustedRand(first, 4, second, 4)).isCloseTo(0.0, within(0.01));
  }

  @Test
  void bestJaccardPerClusterOfTheFirstPartition() {
    // cluster 0 = {0,1,2}, cluster 1 = {3,4}; second: {0,1} and {2,3,4}
    long[][] table = Agreement.contingency(new int[] {0, 0, 0, 1, 1}, 2, new int[] {0, 0, 1, 1, 1}, 2);

    double[] jaccard = Agreement.bestJaccard(table);

    // 0: best is {0,1}: 2 / 3; 1: {3,4} within {2,3,4}: 2 / 3
    assertThat(jaccard[0]).isCloseTo(2.0 / 3.0, within(1e-12));
    assertThat(jaccard[1]).isCloseTo(2.0 / 3.0, within(1e-12));
  }
}
