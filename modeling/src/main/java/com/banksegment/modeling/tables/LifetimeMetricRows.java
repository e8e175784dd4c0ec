package com.banksegment.modeling.tables;

import com.banksegment.lifetime.FitStatus;
import com.banksegment.modeling.lifetime.LifetimeFit;
import com.banksegment.modeling.tables.SegmentTables.MetricRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The lifetime fit's rows of model_metrics: the horizon, the repeat customers, each model's status
 * (its {@link FitStatus} ordinal: 0 fitted, 1 not identifiable, 2 not converged) and, only when
 * fitted, its parameters and log-likelihood. The refusal's reason is text: it is in the model report.
 */
public final class LifetimeMetricRows {
  private LifetimeMetricRows() {}

  public static List<MetricRow> of(LifetimeFit fit) {
    List<MetricRow> rows = new ArrayList<>();
    rows.add(MetricRow.of("lifetime_horizon_days", fit.horizonDays()));
    rows.add(MetricRow.of("lifetime_discount_per_day", fit.discountPerDay()));
    rows.add(MetricRow.of("lifetime_repeat_customers", fit.bgNbd().repeaters()));
    rows.add(MetricRow.of("bgnbd_status", fit.bgNbd().status().ordinal()));
    fit.bgNbd().parameters().ifPresent(p -> {
      rows.add(MetricRow.of("bgnbd_r", p.r()));
      rows.add(MetricRow.of("bgnbd_alpha", p.alpha()));
      rows.add(MetricRow.of("bgnbd_a", p.a()));
      rows.add(MetricRow.of("bgnbd_b", p.b()));
    });
    fit.bgNbd().logLikelihood().ifPresent(ll -> rows.add(MetricRow.of("bgnbd_log_likelihood", ll)));
    rows.add(MetricRow.of("gamma_gamma_status", fit.gammaGamma().status().ordinal()));
    fit.gammaGamma().parameters().ifPresent(p -> {
      rows.add(MetricRow.of("gamma_gamma_p", p.p()));
      rows.add(MetricRow.of("gamma_gamma_q", p.q()));
      rows.add(MetricRow.of("gamma_gamma_v", p.v()));
    });
    fit.gammaGamma().logLikelihood().ifPresent(ll -> rows.add(MetricRow.of("gamma_gamma_log_likelihood", ll)));
    return rows;
  }
}
