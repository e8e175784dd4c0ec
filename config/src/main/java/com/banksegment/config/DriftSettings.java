package com.banksegment.config;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * Drift of a run's customers against the customers the served model was fitted on, and the policy
 * that decides from it between refitting and scoring with the served model ({@code segment run},
 * {@code segment decide}, the DAG's branch): a population stability index at or above {@code warn}
 * is a warning, at or above {@code refit} calls for a new model, as does a served model fitted
 * {@code maxModelAgeDays} or more days before the run date. {@code mode} {@code auto} applies that
 * policy; {@code refit} and {@code score-only} force one path ({@code --refit}, {@code --score-only}).
 */
public record DriftSettings(double warn, double refit, int maxModelAgeDays, Mode mode) {
  /** How a run chooses between a refit and a score-only run. */
  public enum Mode {
    AUTO("auto"), REFIT("refit"), SCORE_ONLY("score-only");

    private final String key;

    Mode(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }

    static Mode of(String key) {
      for (Mode m : values()) {
        if (m.key.equals(key)) {
          return m;
        }
      }
      throw new IllegalArgumentException(key);
    }
  }

  public static final String MODE_KEY = "segment.drift.mode";

  static DriftSettings read(SettingsReader r) {
    double warn = r.doubleBetween("segment.drift.warn", 0.001, 10.0);
    double refit = r.doubleBetween("segment.drift.refit", 0.0, 10.0);
    if (refit < warn) {
      throw SettingsReader.invalid("segment.drift.refit", refit, "a value not below segment.drift.warn (" + warn + ")");
    }
    LinkedHashSet<String> modes = new LinkedHashSet<>(List.of(Mode.values()).stream().map(Mode::key).toList());
    return new DriftSettings(warn, refit, r.intBetween("segment.drift.max-model-age-days", 0, 3650),
        Mode.of(r.oneOf(MODE_KEY, modes)));
  }
}
