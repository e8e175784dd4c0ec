package com.banksegment.modeling.tables;

import com.banksegment.modeling.tables.SegmentTables.MetricRow;
import java.util.List;
import java.util.Set;

/**
 * The rows of model_metrics that say which model assigned the run's customers: {@code scored_run}
 * (1 for a score-only run, 0 for a refit), and for a scored run {@code model_run_date} (the model
 * run's date as the number yyyymmdd: the table's values are numbers) and {@code model_age_days}.
 * A scored run keeps the model run's own figures (silhouette, classifiers, PCA, stability: the
 * served model's quality) and replaces the figures of its customers ({@link #OF_THE_RUN_PREFIXES}).
 */
public final class ScoredMetricRows {
  /** Figures measured on the run's own customers: recomputed by a scored run, never copied. */
  public static final Set<String> OF_THE_RUN_PREFIXES = Set.of("customers", "lifetime_", "bgnbd_", "gamma_gamma_",
      "psi_", "far_from_centroid_", "drift_", "scored_run", "model_run_date", "model_age_days");

  private ScoredMetricRows() {}

  public static MetricRow refit() {
    return MetricRow.of("scored_run", 0);
  }

  public static List<MetricRow> scored(String modelRunDate, long ageDays) {
    return List.of(MetricRow.of("scored_run", 1), MetricRow.of("model_run_date",
        Double.parseDouble(modelRunDate.replace("-", ""))), MetricRow.of("model_age_days", ageDays));
  }

  /** Whether a model run's figure is one of its customers (not of its model). */
  public static boolean ofTheRun(String metric) {
    return OF_THE_RUN_PREFIXES.stream().anyMatch(p -> p.endsWith("_") ? metric.startsWith(p) : metric.equals(p));
  }
}
