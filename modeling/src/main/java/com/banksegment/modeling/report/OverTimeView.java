package com.banksegment.modeling.report;

import java.util.List;
import java.util.Map;

/**
 * The report's "over time" part (issue 16): the lifetime fit and, when this run was compared with
 * the served model, drift (null otherwise).
 */
public record OverTimeView(LifetimeView lifetime, DriftView drift) {

  /**
   * The lifetime fit: status, the reason when refused, the parameters (empty when refused), and the
   * per-segment figures (null values when refused).
   */
  public record LifetimeView(String status, String reason, int horizonDays, double discountPerDay, int customers,
      int repeaters, Map<String, Double> bgNbd, Double bgNbdLogLikelihood, Map<String, Double> gammaGamma,
      Double gammaGammaLogLikelihood, List<SegmentValue> segments) {}

  public record SegmentValue(int id, String name, Double meanPAlive, Double sumExpectedTransactions,
      Double sumClv, Double meanClv) {}

  /**
   * PSI of every model input against the customers of the served model's run, the share of
   * customers far from their centroid, and the level the policy gives.
   */
  public record DriftView(String referenceRunDate, double warn, double refit, List<InputDrift> inputs,
      double farFromCentroidShare, double expectedFarShare, String level) {}

  public record InputDrift(String input, double psi, String level) {}
}
