package com.banksegment.ui.lake.domain;

import java.util.List;
import java.util.Map;

/**
 * How far this run's customers moved from those the served model was fitted on
 * ({@code published/model_metrics}, issue 16): each input's population stability index, the
 * worst input's level and the thresholds the pipeline used. A run without a served model before
 * it (the first run) or written before drift was measured has none: {@link #NOT_MEASURED}.
 *
 * @param level 0 stable, 1 warn, 2 refit; -1 when not measured
 * @param psi each input's PSI, in the model inputs' order
 */
public record Drift(int level, double warnThreshold, double refitThreshold, Map<String, Double> psi) {
  public static final int STABLE = 0;
  public static final int WARN = 1;
  public static final int REFIT = 2;
  public static final Drift NOT_MEASURED = new Drift(-1, Double.NaN, Double.NaN, Map.of());

  public boolean measured() {
    return level >= STABLE;
  }

  /** Whether the level reached the warning threshold: the app then says so above every page. */
  public boolean worthABanner() {
    return level >= WARN;
  }

  public boolean refitDue() {
    return level >= REFIT;
  }

  /** The inputs whose PSI reached the warning threshold, the largest first. */
  public List<Map.Entry<String, Double>> driftedInputs() {
    return psi.entrySet().stream().filter(e -> e.getValue() >= warnThreshold)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList();
  }
}
