package com.banksegment.cli;

import com.banksegment.config.DriftSettings;
import com.banksegment.config.SettingsException;
import com.banksegment.config.SuiteSettings;
import picocli.CommandLine.Option;

/**
 * {@code --refit} and {@code --score-only}: force one path of the refit policy (the setting
 * {@code segment.drift.mode}); only the commands that decide carry them ({@code run}, {@code decide}).
 */
final class RefitOption {
  @Option(names = "--refit", description = "Refit the model whatever the policy says (segment.drift.mode=refit).")
  boolean refit;

  @Option(names = "--score-only",
      description = "Assign the customers with the served model, no refit (segment.drift.mode=score-only).")
  boolean scoreOnly;

  SuiteSettings apply(SuiteSettings settings) {
    if (refit && scoreOnly) {
      throw new SettingsException("--refit and --score-only: expected at most one of them");
    }
    DriftSettings.Mode mode = refit ? DriftSettings.Mode.REFIT : scoreOnly ? DriftSettings.Mode.SCORE_ONLY : null;
    return mode == null ? settings : settings.with(DriftSettings.MODE_KEY, mode.key());
  }
}
