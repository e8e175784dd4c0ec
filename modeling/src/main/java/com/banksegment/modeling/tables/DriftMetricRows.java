package com.banksegment.modeling.tables;

import com.banksegment.modeling.drift.ServedModelDrift;
import com.banksegment.modeling.tables.SegmentTables.MetricRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Drift's rows of model_metrics (only when a served model existed to compare with): {@code psi_<input>}
 * per model input, {@code far_from_centroid_share} and its expected value, {@code drift_level}
 * (0 stable, 1 warn, 2 refit) and the thresholds it was graded with.
 */
public final class DriftMetricRows {
  private DriftMetricRows() {}

  public static List<MetricRow> of(ServedModelDrift.Result drift) {
    List<MetricRow> rows = new ArrayList<>();
    drift.psi().forEach((input, psi) -> rows.add(MetricRow.of("psi_" + input, psi)));
    rows.add(MetricRow.of("far_from_centroid_share", drift.far().share()));
    rows.add(MetricRow.of("far_from_centroid_expected_share", drift.far().expectedShare()));
    rows.add(MetricRow.of("drift_level", drift.level().ordinal()));
    rows.add(MetricRow.of("drift_warn_threshold", drift.policy().warnAt()));
    rows.add(MetricRow.of("drift_refit_threshold", drift.policy().refitAt()));
    return rows;
  }
}
