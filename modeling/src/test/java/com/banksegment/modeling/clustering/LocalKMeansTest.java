package com.banksegment.modeling.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LocalKMeansTest {
  static final double[][] CENTRES = {{0, 0, 0}, {10, 0, 0}, {0, 10, 0}, {0, 0, 10}};

  @Test
  void findsWellSeparatedBlobs() {
    Points points = Blobs.around(CENTRES, 500, 0.5, 1);
    try (Parallel parallel = new Parallel(2)) {
      KMeansFit fit = LocalKMeans.fit(points, 4, 3, 40, Lloyd.SPARK_TOLERANCE, 42, parallel);

      int[] labels = Partition.assign(points, fit.centres(), parallel).labels();
      assertThat(Agreement.adjustedRand(labels, 4, Blobs.truth(points.n(), 4), 4)).isCloseTo(1.0, within(1e-12));
      for (double[] truth : CENTRES) {
        double nearest = Arrays.stream(fit.centreRows()).mapToDouble(c -> distance(c, truth)).min().orElseThrow();
        assertThat(nearest).isLessThan(0.1);
      }
      assertThat(fit.converged()).isTrue();
    }
  }

  @Test
  void keepsTheStartWithTheLowestCost() {
    Points points = Blobs.around(CENTRES, 200, 3.0, 2);
    KMeansFit fit = LocalKMeans.fit(points, 6, 5, 40, Lloyd.SPARK_TOLERANCE, 7, Parallel.sequential());

    assertThat(fit.startCosts()).hasSize(5);
    assertThat(fit.cost()).isEqualTo(Arrays.stream(fit.startCosts()).min().orElseThrow());
    assertThat(fit.cost()).isEqualTo(fit.startCosts()[fit.start()]);
  }

  @Test
  void theSameFitWhateverTheNumberOfThreads() {
    Points points = Blobs.around(CENTRES, 6_000, 2.0, 3); // 24,000 points: several chunks
    KMeansFit one = LocalKMeans.fit(points, 5, 3, 20, Lloyd.SPARK_TOLERANCE, 11, Parallel.sequential());
    try (Parallel two = new Parallel(2)) {
      KMeansFit parallel = LocalKMeans.fit(points, 5, 3, 20, Lloyd.SPARK_TOLERANCE, 11, two);
      assertThat(parallel.centres()).containsExactly(one.centres());
      assertThat(parallel.cost()).isEqualTo(one.cost());
    }
  }

  @Test
  void lloydFromGoodCentresNeverRaisesTheCost() {
    Points points = Blobs.around(CENTRES, 300, 2.5, 4);
    KMeansFit sample = LocalKMeans.fit(points.subset(points.sampleIndices(200, 5)), 4, 1, 5, Lloyd.SPARK_TOLERANCE,
        5, Parallel.sequential());
    double before = Partition.assign(points, sample.centres(), Parallel.sequential()).cost();

    KMeansFit refined = LocalKMeans.best(points, 4, java.util.List.of(sample.centres()), 40, Lloyd.SPARK_TOLERANCE,
        Parallel.sequential());

    assertThat(refined.cost()).isLessThanOrEqualTo(before);
  }

  @Test
  void theExtendedStartAddsTheCustomerFarthestFromItsCentre() {
    Points points = Points.of(new double[][] {{0, 0}, {1, 0}, {10, 0}, {0, 2}});

    double[] start = LocalKMeans.extended(points, new double[] {0.5, 0, 0, 2}, Parallel.sequential());

    assertThat(start).containsExactly(0.5, 0, 0, 2, 10, 0);
  }

  @Test
  void nearestCentreTakesTheLowerIndexOnATie() {
    assertThat(Partition.nearest(new double[] {1, 0}, new double[] {0, 0, 2, 0})).isZero();
  }

  static double distance(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      s += (a[j] - b[j]) * (a[j] - b[j]);
    }
    return Math.sqrt(s);
  }
}
