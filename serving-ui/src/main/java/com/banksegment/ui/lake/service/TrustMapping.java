package com.banksegment.ui.lake.service;

import com.banksegment.contract.LakeTables;
import com.banksegment.contract.Table;
import com.banksegment.scorer.ClusterInfo;
import com.banksegment.scorer.ModelBundle;
import com.banksegment.ui.lake.domain.ModelTrust;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the stability and classifier rows of model_metrics into {@link ModelTrust}. A run written
 * before they existed has none: no stability and Naive Bayes alone (served, as it then was).
 */
final class TrustMapping {
  private static final Table METRICS = LakeTables.MODEL_METRICS;
  /** The classifiers' metric prefixes, in the order the page lists them. */
  static final List<String> PREFIXES = List.of("nb", "dt", "lr", "prospect");

  private TrustMapping() {}

  static ModelTrust trust(ModelBundle bundle, List<LakeRow> rows) {
    List<Integer> ids = bundle.clusters().stream().map(ClusterInfo::id).toList();
    int k = ids.size();
    Map<String, Double> figures = new HashMap<>();
    Map<String, double[]> perSegment = new HashMap<>();
    Map<String, long[][]> confusion = new HashMap<>();
    for (LakeRow r : rows) {
      String metric = r.string(METRICS.col("metric"));
      double value = r.number(METRICS.col("value"));
      if (!r.has(METRICS.col("cluster_id"))) {
        figures.put(metric, value);
        continue;
      }
      int actual = ids.indexOf((int) r.whole(METRICS.col("cluster_id")));
      if (actual < 0) {
        continue; // PublishedTableMapping.quality refuses the table with its message
      }
      if (metric.endsWith("_confusion")) {
        int predicted = ids.indexOf((int) r.whole(METRICS.col("predicted_cluster_id")));
        if (predicted >= 0) {
          confusion.computeIfAbsent(metric, m -> new long[k][k])[actual][predicted] = Math.round(value);
        }
      } else {
        perSegment.computeIfAbsent(metric, m -> new double[k])[actual] = value;
      }
    }
    return new ModelTrust(ids, stability(figures, perSegment, k), classifiers(figures, perSegment, confusion, k));
  }

  private static ModelTrust.Stability stability(Map<String, Double> figures, Map<String, double[]> perSegment,
      int k) {
    if (!figures.containsKey("stability_adjusted_rand") || !perSegment.containsKey("stability_jaccard")) {
      return null;
    }
    double[] flags = perSegment.getOrDefault("stability_unstable", new double[k]);
    boolean[] unstable = new boolean[k];
    for (int i = 0; i < k; i++) {
      unstable[i] = flags[i] > 0.5;
    }
    return new ModelTrust.Stability((int) Math.round(figures.getOrDefault("stability_resamples", Double.NaN)),
        figures.get("stability_adjusted_rand"), figures.getOrDefault("stability_unstable_below", Double.NaN),
        perSegment.get("stability_jaccard"), unstable);
  }

  private static List<ModelTrust.Scores> classifiers(Map<String, Double> figures, Map<String, double[]> perSegment,
      Map<String, long[][]> confusion, int k) {
    boolean anyServedFlag = PREFIXES.stream().anyMatch(p -> figures.containsKey(p + "_served"));
    List<ModelTrust.Scores> out = new ArrayList<>();
    for (String p : PREFIXES) {
      if (!figures.containsKey(p + "_weighted_f1")) {
        continue;
      }
      boolean served = anyServedFlag ? figures.getOrDefault(p + "_served", 0.0) > 0.5 : p.equals("nb");
      out.add(new ModelTrust.Scores(p, served, figures.getOrDefault(p + "_accuracy", Double.NaN),
          figures.get(p + "_weighted_f1"), figures.getOrDefault(p + "_macro_f1", Double.NaN),
          figures.getOrDefault(p + "_centroid_agreement", Double.NaN),
          perSegment.getOrDefault(p + "_precision", new double[k]), perSegment.getOrDefault(p + "_recall", new double[k]),
          perSegment.getOrDefault(p + "_f1", new double[k]), confusion.getOrDefault(p + "_confusion", new long[k][k])));
    }
    return List.copyOf(out);
  }
}
