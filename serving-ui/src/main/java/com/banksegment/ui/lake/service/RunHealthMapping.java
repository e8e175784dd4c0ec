package com.banksegment.ui.lake.service;

import com.banksegment.contract.LakeTables;
import com.banksegment.contract.Table;
import com.banksegment.ui.lake.domain.Drift;
import com.banksegment.ui.lake.domain.Lifetime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the drift and lifetime rows of model_metrics (docs/data-contract.md, "model_metrics"):
 * whole-model figures, so only rows without a cluster id count. A figure the run lacks leaves
 * the record at "not measured" rather than inventing a value.
 */
final class RunHealthMapping {
  private static final Table METRICS = LakeTables.MODEL_METRICS;
  private static final String PSI = "psi_";

  private RunHealthMapping() {}

  static Drift drift(List<LakeRow> rows) {
    Map<String, Double> figures = wholeModel(rows);
    Double level = figures.get("drift_level");
    if (level == null || level.isNaN()) {
      return Drift.NOT_MEASURED;
    }
    Map<String, Double> psi = new LinkedHashMap<>();
    for (String input : LakeTables.MODEL_INPUTS) {
      Double v = figures.get(PSI + input);
      if (v != null && !v.isNaN()) {
        psi.put(input, v);
      }
    }
    return new Drift((int) Math.round(level), figures.getOrDefault("drift_warn_threshold", Double.NaN),
        figures.getOrDefault("drift_refit_threshold", Double.NaN), psi);
  }

  static Lifetime lifetime(List<LakeRow> rows) {
    Map<String, Double> figures = wholeModel(rows);
    Double bgnbd = figures.get("bgnbd_status");
    if (bgnbd == null || bgnbd.isNaN()) {
      return Lifetime.absent();
    }
    double gammaGamma = figures.getOrDefault("gamma_gamma_status", Double.NaN);
    double repeaters = figures.getOrDefault("lifetime_repeat_customers", Double.NaN);
    return new Lifetime((int) Math.round(bgnbd), Double.isNaN(gammaGamma) ? -1 : (int) Math.round(gammaGamma),
        Double.isNaN(repeaters) ? -1 : Math.round(repeaters), figures.getOrDefault("lifetime_horizon_days", Double.NaN));
  }

  private static Map<String, Double> wholeModel(List<LakeRow> rows) {
    Map<String, Double> figures = new HashMap<>();
    for (LakeRow r : rows) {
      if (!r.has(METRICS.col("cluster_id"))) {
        figures.put(r.string(METRICS.col("metric")), r.number(METRICS.col("value")));
      }
    }
    return figures;
  }
}
