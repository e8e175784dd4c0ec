package com.banksegment.scorer.bench;

import com.banksegment.scorer.BundleMetrics;
import com.banksegment.scorer.ClusterInfo;
import com.banksegment.scorer.CustomerInput;
import com.banksegment.scorer.Gender;
import com.banksegment.scorer.GenderEncoding;
import com.banksegment.scorer.ModelBundle;
import com.banksegment.scorer.NaiveBayesParams;
import com.banksegment.scorer.PcaParams;
import com.banksegment.scorer.ScalerParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A bundle of the largest size the default sweep can choose (k = 10, all 6 PCA components kept)
 * with random but valid parameters, and customers drawn like the real data (skewed money, most
 * frequencies 1): the cost of scoring depends on the shapes, not on the values.
 */
final class BenchmarkBundle {
  private BenchmarkBundle() {}

  static ModelBundle largest(long seed) {
    Random r = new Random(seed);
    int n = ModelBundle.FEATURES.size();
    int k = 10;
    double[][] components = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        components[i][j] = r.nextGaussian() / Math.sqrt(n);
      }
    }
    List<ClusterInfo> clusters = new ArrayList<>();
    double[] pi = new double[k];
    double[][] theta = new double[k][n];
    double[][] sigma = new double[k][n];
    for (int c = 0; c < k; c++) {
      double[] centroid = new double[n];
      for (int i = 0; i < n; i++) {
        centroid[i] = r.nextGaussian();
        theta[c][i] = centroid[i];
        sigma[c][i] = 0.2 + r.nextDouble();
      }
      pi[c] = Math.log(1.0 / k);
      clusters.add(new ClusterInfo(c, "Segment " + c, "Action " + c, centroid, 1000, 0.1, "Others",
          new CustomerInput(30, 1, 1000, 35, 20000, Gender.M)));
    }
    return new ModelBundle(ModelBundle.FORMAT_VERSION, "2016-10-21", "2016-10-22T00:00:00Z", "kmeans",
        ModelBundle.FEATURES, ModelBundle.DEFAULT_LOG_FEATURES, GenderEncoding.BINARY_WITH_UNKNOWN_HALF,
        new ScalerParams(new double[] {40, 0.1, 6.5, 37, 9.8, 0.73}, new double[] {23, 0.2, 1.6, 8.5, 2.4, 0.44}),
        new PcaParams(components, new double[] {0.3, 0.2, 0.15, 0.15, 0.1, 0.1}),
        clusters, new NaiveBayesParams(NaiveBayesParams.GAUSSIAN, NaiveBayesParams.INPUT_PCA, pi, theta, sigma),
        new BundleMetrics(1_000_000, k, "benchmark", 1, 0.5, 0.99, 0.99, 0.99, 0.99));
  }

  static CustomerInput[] customers(int count, long seed) {
    Random r = new Random(seed);
    CustomerInput[] out = new CustomerInput[count];
    for (int i = 0; i < count; i++) {
      out[i] = new CustomerInput(r.nextInt(82), r.nextDouble() < 0.85 ? 1 : 2 + r.nextInt(4),
          Math.exp(6 + 1.6 * r.nextGaussian()), 18 + r.nextInt(60), Math.exp(9.8 + 2.4 * r.nextGaussian()),
          Gender.values()[r.nextInt(3)]);
    }
    return out;
  }
}
