package com.banksegment.modeling.clustering;

import java.util.Arrays;

/**
 * How stable a K-means partition is under resampling, after Hennig's clusterboot (C. Hennig,
 * "Cluster-wise assessment of cluster stability", CSDA 52, 2007): K-means is refitted at the same k
 * on bootstrap resamples of the customers; on each resample's distinct customers, every cluster of
 * the partition is matched one-to-one to a refitted cluster (the {@link Hungarian} pairing of
 * largest total Jaccard similarity) and scores the Jaccard similarity of the pair; the adjusted
 * Rand index compares the two partitions as a whole. Figures are means over the resamples. Hennig
 * reads a mean Jaccard below 0.6 as an unstable cluster ("dissolved"), above 0.75 as stable.
 *
 * @param jaccard per cluster index of the partition, the mean matched Jaccard similarity
 * @param adjustedRand mean adjusted Rand index between the partition and each refit
 */
public record Stability(int resamples, double[] jaccard, double adjustedRand) {
  /** Hennig's threshold: a cluster whose mean Jaccard is below it is not reproduced reliably. */
  public static final double UNSTABLE_BELOW = 0.6;

  /**
   * @param points the customers the resamples are drawn from
   * @param labels their cluster in the partition under test (0..k-1)
   */
  public static Stability measure(Points points, int[] labels, int k, int resamples, int starts, int maxIterations,
      long seed, Parallel parallel) {
    double[] jaccardSums = new double[k];
    double randSum = 0;
    for (int b = 0; b < resamples; b++) {
      int[] drawn = points.bootstrapIndices(points.n(), LocalKMeans.seedOf(seed, k, 1_000 + b));
      KMeansFit refit = LocalKMeans.fit(points.subset(drawn), k, starts, maxIterations, Lloyd.SPARK_TOLERANCE,
          LocalKMeans.seedOf(seed, k, 2_000 + b), parallel);
      int[] distinct = Arrays.stream(drawn).distinct().toArray();
      Points kept = points.subset(distinct);
      int[] refitted = Partition.assign(kept, refit.centres(), parallel).labels();
      int[] original = new int[distinct.length];
      for (int i = 0; i < distinct.length; i++) {
        original[i] = labels[distinct[i]];
      }
      long[][] table = Agreement.contingency(original, k, refitted, k);
      double[] matched = matchedJaccard(table);
      for (int c = 0; c < k; c++) {
        jaccardSums[c] += matched[c];
      }
      randSum += Agreement.adjustedRand(table);
    }
    double[] jaccard = new double[k];
    for (int c = 0; c < k; c++) {
      jaccard[c] = resamples == 0 ? Double.NaN : jaccardSums[c] / resamples;
    }
    return new Stability(resamples, jaccard, resamples == 0 ? Double.NaN : randSum / resamples);
  }

  public boolean unstable(int cluster) {
    return jaccard[cluster] < UNSTABLE_BELOW;
  }

  /** Each cluster of the first partition paired with one of the second (largest total Jaccard), its Jaccard. */
  static double[] matchedJaccard(long[][] table) {
    double[][] jaccard = Agreement.jaccard(table);
    double[][] cost = new double[jaccard.length][];
    for (int i = 0; i < jaccard.length; i++) {
      cost[i] = Arrays.stream(jaccard[i]).map(v -> -v).toArray();
    }
    int[] pairs = Hungarian.assign(cost);
    double[] out = new double[jaccard.length];
    for (int i = 0; i < jaccard.length; i++) {
      out[i] = pairs[i] < 0 ? 0.0 : jaccard[i][pairs[i]];
    }
    return out;
  }
}
