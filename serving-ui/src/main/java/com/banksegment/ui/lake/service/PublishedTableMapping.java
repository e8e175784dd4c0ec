package com.banksegment.ui.lake.service;

import com.banksegment.contract.LakeTables;
import com.banksegment.contract.Table;
import com.banksegment.scorer.ClusterInfo;
import com.banksegment.scorer.ModelBundle;
import com.banksegment.ui.lake.domain.ModelQuality;
import com.banksegment.ui.lake.domain.ModelUnavailableException;
import com.banksegment.ui.lake.domain.SegmentProfile;
import com.banksegment.ui.lake.domain.SelectionPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The published tables' columns (named by the contract, docs/data-contract.md) mapped to the UI's records. */
final class PublishedTableMapping {
  private static final Table PROFILES = LakeTables.SEGMENT_PROFILES;
  private static final Table SELECTION = LakeTables.MODEL_SELECTION;
  private static final Table METRICS = LakeTables.MODEL_METRICS;

  private PublishedTableMapping() {}

  static List<SegmentProfile> profiles(ModelBundle bundle, List<LakeRow> rows) {
    Map<Integer, LakeRow> byId = new HashMap<>();
    double totalValue = 0;
    for (LakeRow r : rows) {
      byId.put((int) r.whole(PROFILES.col("cluster_id")), r);
      totalValue += r.number(PROFILES.col("total_monetary"));
    }
    List<SegmentProfile> out = new ArrayList<>();
    for (ClusterInfo c : bundle.clusters()) {
      LakeRow r = byId.get(c.id());
      if (r == null) {
        throw new ModelUnavailableException("segment_profiles has no row for segment " + c.id() + " (" + c.name()
            + ") of the model: the published tables and the model bundle do not match.");
      }
      double total = r.number(PROFILES.col("total_monetary"));
      out.add(new SegmentProfile(c.id(), r.string(PROFILES.col("segment_name")), r.string(PROFILES.col("action")),
          r.whole(PROFILES.col("customers")), r.number(PROFILES.col("share")),
          totalValue > 0 ? total / totalValue : Double.NaN, total,
          r.number(PROFILES.col("median_recency_days")), r.number(PROFILES.col("median_frequency")),
          r.number(PROFILES.col("median_monetary")), r.number(PROFILES.col("median_age")),
          r.number(PROFILES.col("median_balance")), r.number(PROFILES.col("mean_monetary")),
          r.number(PROFILES.col("mean_balance")), r.number(PROFILES.col("share_male")),
          r.number(PROFILES.col("share_female")), r.string(PROFILES.col("dominant_rfm_segment")),
          r.string(PROFILES.col("previous_run_date")), r.number(PROFILES.col("mean_p_alive")),
          r.number(PROFILES.col("mean_expected_transactions")), r.number(PROFILES.col("sum_clv")),
          r.number(PROFILES.col("mean_clv"))));
    }
    if (byId.size() != out.size()) {
      throw new ModelUnavailableException("segment_profiles has " + byId.size() + " segments but the model has "
          + out.size() + ": the published tables and the model bundle do not match.");
    }
    return List.copyOf(out);
  }

  static List<SelectionPoint> selection(List<LakeRow> rows) {
    List<SelectionPoint> out = new ArrayList<>();
    for (LakeRow r : rows) {
      double fitCustomers = r.number(SELECTION.col("fit_customers"));
      out.add(new SelectionPoint(r.string(SELECTION.col("algorithm")), (int) r.whole(SELECTION.col("k")),
          r.number(SELECTION.col("wssse")), r.number(SELECTION.col("silhouette")),
          Boolean.TRUE.equals(r.bool(SELECTION.col("chosen"))), Boolean.TRUE.equals(r.bool(SELECTION.col("knee"))),
          Double.isNaN(fitCustomers) ? -1 : Math.round(fitCustomers), r.number(SELECTION.col("fit_seconds"))));
    }
    out.sort(Comparator.comparing(SelectionPoint::algorithm).thenComparingInt(SelectionPoint::k));
    return List.copyOf(out);
  }

  /** model_metrics is long: one row per figure, per-segment figures carry cluster_id (and predicted_cluster_id). */
  static ModelQuality quality(ModelBundle bundle, List<LakeRow> rows) {
    List<Integer> ids = bundle.clusters().stream().map(ClusterInfo::id).toList();
    int k = ids.size();
    Map<String, Double> figures = new HashMap<>();
    long[][] confusion = new long[k][k];
    double[] precision = new double[k];
    double[] recall = new double[k];
    double[] f1 = new double[k];
    for (LakeRow r : rows) {
      String metric = r.string(METRICS.col("metric"));
      double value = r.number(METRICS.col("value"));
      if (!r.has(METRICS.col("cluster_id"))) {
        figures.put(metric, value);
        continue;
      }
      int actual = ids.indexOf((int) r.whole(METRICS.col("cluster_id")));
      if (actual < 0) {
        throw new ModelUnavailableException("model_metrics names segment " + r.whole(METRICS.col("cluster_id"))
            + ", which the model does not have.");
      }
      switch (metric) {
        case "nb_precision" -> precision[actual] = value;
        case "nb_recall" -> recall[actual] = value;
        case "nb_f1" -> f1[actual] = value;
        case "nb_confusion" ->
            confusion[actual][ids.indexOf((int) r.whole(METRICS.col("predicted_cluster_id")))] = Math.round(value);
        default -> { }
      }
    }
    return new ModelQuality(Math.round(figure(figures, "customers")), figure(figures, "silhouette"),
        figure(figures, "wssse"), explainedVariance(bundle, figures), bundle.pcaDimension(), figure(figures, "nb_accuracy"),
        figure(figures, "nb_weighted_f1"), figure(figures, "nb_macro_f1"), figure(figures, "nb_centroid_agreement"),
        Math.round(figures.getOrDefault("nb_train_customers", Double.NaN)),
        Math.round(figures.getOrDefault("nb_test_customers", Double.NaN)), ids, precision, recall, f1, confusion);
  }

  /** Every component's share (pca_explained_variance_1..N); the bundle's kept ones when the table has none. */
  private static double[] explainedVariance(ModelBundle bundle, Map<String, Double> figures) {
    List<Double> all = new ArrayList<>();
    for (int i = 1; figures.containsKey("pca_explained_variance_" + i); i++) {
      all.add(figures.get("pca_explained_variance_" + i));
    }
    if (all.size() < bundle.pcaDimension()) {
      return bundle.pca().explainedVariance().clone();
    }
    return all.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double figure(Map<String, Double> figures, String metric) {
    Double v = figures.get(metric);
    if (v == null) {
      throw new ModelUnavailableException("model_metrics has no figure " + metric + ".");
    }
    return v;
  }
}
