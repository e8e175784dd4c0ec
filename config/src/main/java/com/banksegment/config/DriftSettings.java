package com.banksegment.config;

/**
 * Drift of a run's customers against the customers the served model was fitted on: a population
 * stability index at or above {@code warn} is a warning, at or above {@code refit} calls for a new
 * model. {@code refit} and {@code maxModelAgeDays} are meant for {@code segment run}'s policy
 * between refitting and scoring with the served model, which is not built yet.
 */
public record DriftSettings(double warn, double refit, int maxModelAgeDays) {

  static DriftSettings read(SettingsReader r) {
    double warn = r.doubleBetween("segment.drift.warn", 0.001, 10.0);
    double refit = r.doubleBetween("segment.drift.refit", 0.0, 10.0);
    if (refit < warn) {
      throw SettingsReader.invalid("segment.drift.refit", refit, "a value not below segment.drift.warn (" + warn + ")");
    }
    return new DriftSettings(warn, refit, r.intBetween("segment.drift.max-model-age-days", 0, 3650));
  }
}
