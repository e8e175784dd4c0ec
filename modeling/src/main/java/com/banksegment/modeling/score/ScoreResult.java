package com.banksegment.modeling.score;

import com.banksegment.config.RunDate;
import java.util.Map;

/**
 * What a score-only run produced (immutable); like a model run it does not move readers.
 *
 * @param modelRunDate the refit run whose model assigned the customers
 * @param servedRunDate the published run that pointed at it
 * @param customersBySegment customers per segment name, in the model's order
 * @param driftLevel STABLE, WARN or REFIT, or null when drift could not be measured
 */
public record ScoreResult(RunDate runDate, RunDate modelRunDate, RunDate servedRunDate, long customers,
    Map<String, Long> customersBySegment, String driftLevel, double elapsedSeconds) {
  public ScoreResult {
    customersBySegment = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(customersBySegment));
  }
}
