package com.banksegment.modeling.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The alternatives to K-means find clusters whose answer is known. */
class AlternativesTest {
  static final double[][] CENTRES = {{0, 0}, {8, 0}, {0, 8}, {8, 8}};

  @Test
  void bisectingKMeansSplitsFourBlobsIntoFour() {
    Points points = Blobs.around(CENTRES, 250, 0.7, 5);

    double[] leaves = BisectingKMeans.fit(points, 4, 2, 20, 42, Parallel.sequential());

    assertThat(leaves).hasSize(8);
    int[] labels = Partition.assign(points, leaves, Parallel.sequential()).labels();
    assertThat(Agreement.adjustedRand(labels, 4, Blobs.truth(points.n(), 4), 4)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void gaussianMixtureSeparatesANarrowBlobFromAWideOne() {
    // K-means cuts halfway between the centres; the mixture knows that the wide blob reaches further.
    Points narrow = Blobs.around(new double[][] {{0, 0}}, 1_000, 0.3, 6);
    Points wide = Blobs.around(new double[][] {{4, 0}}, 1_000, 1.5, 7);
    double[] coords = new double[(narrow.n() + wide.n()) * 2];
    System.arraycopy(narrow.coords(), 0, coords, 0, narrow.coords().length);
    System.arraycopy(wide.coords(), 0, coords, narrow.coords().length, wide.coords().length);
    Points points = new Points(coords, narrow.n() + wide.n(), 2);
    int[] truth = new int[points.n()];
    java.util.Arrays.fill(truth, narrow.n(), points.n(), 1);
    int[] kmeans = Partition.assign(points, new double[] {0, 0, 4, 0}, Parallel.sequential()).labels();

    GaussianMixture mixture = GaussianMixture.fit(points, kmeans, 2, 100, 1e-6);
    int[] labels = mixture.assign(points, Parallel.sequential());

    double mixtureAri = Agreement.adjustedRand(labels, 2, truth, 2);
    assertThat(mixtureAri).isGreaterThan(Agreement.adjustedRand(kmeans, 2, truth, 2));
    assertThat(mixtureAri).isGreaterThan(0.9);
  }

  @Test
  void gaussianMixtureFitsClustersThatAreFlatInOneDirection() {
    // The third coordinate is an encoded input that is constant within each cluster (like gender).
    Points flat = Blobs.around(new double[][] {{0, 0, 0}, {6, 0, 1}}, 500, 1.0, 8);
    double[] coords = flat.coords().clone();
    for (int i = 0; i < flat.n(); i++) {
      coords[i * 3 + 2] = i % 2;
    }
    Points points = new Points(coords, flat.n(), 3);
    int[] truth = Blobs.truth(points.n(), 2);

    int[] labels = GaussianMixture.fit(points, truth, 2, 50, 1e-6).assign(points, Parallel.sequential());

    assertThat(Agreement.adjustedRand(labels, 2, truth, 2)).isCloseTo(1.0, within(1e-12));
  }
}
