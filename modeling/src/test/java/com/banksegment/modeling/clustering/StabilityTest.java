package com.banksegment.modeling.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StabilityTest {
  @Test
  void wellSeparatedBlobsAreReproducedByEveryRefit() {
    Points points = Blobs.around(new double[][] {{0, 0}, {10, 0}, {0, 10}}, 300, 0.5, 8);

    Stability s = Stability.measure(points, Blobs.truth(points.n(), 3), 3, 4, 2, 20, 42, Parallel.sequential());

    assertThat(s.resamples()).isEqualTo(4);
    assertThat(s.adjustedRand()).isCloseTo(1.0, within(1e-12));
    assertThat(s.jaccard()).containsExactly(new double[] {1.0, 1.0, 1.0}, within(1e-12));
    assertThat(s.unstable(0)).isFalse();
  }

  @Test
  void anArbitraryCutThroughOneBlobIsUnstable() {
    // One round blob cut in three arbitrary stripes by index: no refit reproduces such clusters.
    Points points = Blobs.around(new double[][] {{0, 0}}, 900, 1.0, 9);
    int[] stripes = new int[points.n()];
    for (int i = 0; i < points.n(); i++) {
      stripes[i] = i % 3;
    }

    Stability s = Stability.measure(points, stripes, 3, 3, 2, 20, 42, Parallel.sequential());

    assertThat(s.adjustedRand()).isLessThan(0.05);
    for (int c = 0; c < 3; c++) {
      assertThat(s.unstable(c)).isTrue();
    }
  }

  @Test
  void matchingIsOneToOne() {
    // Both clusters of the first overlap the same cluster of the second most: only one may take it.
    long[][] table = {{6, 4}, {5, 0}};

    double[] matched = Stability.matchedJaccard(table);

    // pairs (0 -> 1, 1 -> 0): 4 / 10 and 5 / 11; better in total than (0 -> 0, 1 -> none)
    assertThat(matched[0]).isCloseTo(4.0 / 10.0, within(1e-12));
    assertThat(matched[1]).isCloseTo(5.0 / 11.0, within(1e-12));
  }
}
