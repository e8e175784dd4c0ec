package com.banksegment.modeling.clustering;

import java.util.SplittableRandom;

/** Well-separated Gaussian blobs whose right clustering is known: point i belongs to blob i % centres. */
final class Blobs {
  private Blobs() {}

  static Points around(double[][] centres, int perBlob, double spread, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int d = centres[0].length;
    int n = centres.length * perBlob;
    double[] coords = new double[n * d];
    for (int i = 0; i < n; i++) {
      double[] c = centres[i % centres.length];
      for (int j = 0; j < d; j++) {
        coords[i * d + j] = c[j] + spread * gaussian(random);
      }
    }
    return new Points(coords, n, d);
  }

  static int[] truth(int n, int blobs) {
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i % blobs;
    }
    return labels;
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
