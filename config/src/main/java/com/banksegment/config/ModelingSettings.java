package com.banksegment.config;

import java.util.Map;
import java.util.Set;

/**
 * Settings of the modeling stage; forceK 0 means "let the k sweep choose". The selection fits
 * (k sweep and alternatives) see at most sweepSampleSize customers (0: all) and run at most
 * sweepMaxIterations; the final model sees all customers and runs maxIterations. Up to
 * localMaxCustomers customers the clustering runs on the driver's arrays instead of Spark jobs;
 * every K-means fit keeps the best of {@code starts} seeds, the final fit at the chosen k the best of
 * the sweep's fit and {@code finalStarts} more (on the driver); bootstrapResamples refits measure how
 * stable the segments are (0: not measured).
 */
public record ModelingSettings(
    double pcaVariance,
    int kMin,
    int kMax,
    int forceK,
    String algorithm,
    long seed,
    int maxIterations,
    double holdoutFraction,
    Map<String, String> actions,
    long sweepSampleSize,
    int sweepMaxIterations,
    long localMaxCustomers,
    int starts,
    int finalStarts,
    int bootstrapResamples) {

  public static final Set<String> ALGORITHMS = Set.of("kmeans", "bisecting-kmeans", "gaussian-mixture");

  static ModelingSettings read(SettingsReader r) {
    int kMin = r.intBetween("segment.modeling.k-min", 2, 50);
    int kMax = r.intBetween("segment.modeling.k-max", 2, 50);
    if (kMax < kMin) {
      throw SettingsReader.invalid("segment.modeling.k-max", kMax, "a value not below segment.modeling.k-min (" + kMin + ")");
    }
    Map<String, String> actions = r.stringMap("segment.modeling.actions");
    if (!actions.containsKey("default")) {
      throw new SettingsException("segment.modeling.actions.default is missing: expected the action for clusters no other key matches");
    }
    return new ModelingSettings(
        r.doubleBetween("segment.modeling.pca-variance", 0.5, 1.0),
        kMin,
        kMax,
        r.intBetween("segment.modeling.force-k", 0, 50),
        r.oneOf("segment.modeling.algorithm", ALGORITHMS),
        r.longAtLeast("segment.modeling.seed", Long.MIN_VALUE),
        r.intBetween("segment.modeling.max-iterations", 1, 1000),
        r.doubleBetween("segment.modeling.holdout-fraction", 0.05, 0.5),
        actions,
        r.longAtLeast("segment.modeling.sweep-sample-size", 0),
        r.intBetween("segment.modeling.sweep-max-iterations", 1, 1000),
        r.longAtLeast("segment.modeling.local-max-customers", 0),
        r.intBetween("segment.modeling.starts", 1, 50),
        r.intBetween("segment.modeling.final-starts", 0, 200),
        r.intBetween("segment.modeling.bootstrap-resamples", 0, 100));
  }
}
