package com.banksegment.modeling.score;

import com.banksegment.config.BadInputException;
import com.banksegment.config.DriftSettings;
import com.banksegment.lifetime.drift.DriftLevel;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one place that decides between refitting the model ({@code segment model}) and assigning the
 * run's customers with the served one ({@code segment score}); {@code segment run}, {@code segment
 * decide} and through it the Airflow DAG's branch all follow it. In mode {@code auto} it refits,
 * checked in this order, when nothing is served yet, the served model has other inputs than this
 * run's customers (another source), it was fitted on a later date than this run (a backfill),
 * drift reaches the refit threshold, or the model is {@code max-model-age-days} old; otherwise it
 * scores. The modes {@code refit} and {@code score-only} force a path (score-only still needs a
 * served model with this run's inputs).
 */
public final class RefitPolicy {
  private RefitPolicy() {}

  /** What the policy knows of the served model: its run, its fit date's age in days, its inputs. */
  public record Served(String servedRunDate, String modelRunDate, long ageDays, List<String> inputs) {}

  /** The drift of this run against the served model: the worst level, and PSI per input. */
  public record Drift(DriftLevel level, Map<String, Double> psi) {
    Optional<Map.Entry<String, Double>> worst() {
      return psi.entrySet().stream().max(Map.Entry.comparingByValue());
    }
  }

  public static Decision decide(String runDate, DriftSettings settings, List<String> runInputs,
      Optional<Served> served, Optional<Drift> drift) {
    DriftSettings.Mode mode = settings.mode();
    if (served.isEmpty()) {
      if (mode == DriftSettings.Mode.SCORE_ONLY) {
        throw new BadInputException("cannot score " + runDate + " with the served model: nothing is published yet"
            + " (published/_LATEST): run `segment model` and `segment publish` first, or drop --score-only");
      }
      return Decision.refit(runDate, "nothing is served yet (no published/_LATEST)", null, drift);
    }
    Served s = served.get();
    if (!s.inputs().equals(runInputs)) {
      String why = "the served model of " + s.modelRunDate() + " has the inputs " + s.inputs() + ", this run's"
          + " customers " + runInputs;
      if (mode == DriftSettings.Mode.SCORE_ONLY) {
        throw new BadInputException("cannot score " + runDate + " with the served model: " + why);
      }
      return Decision.refit(runDate, why, s, drift);
    }
    if (s.modelRunDate().equals(runDate) && mode != DriftSettings.Mode.REFIT) {
      if (mode == DriftSettings.Mode.SCORE_ONLY) {
        throw new BadInputException("cannot score " + runDate + " with the served model: it was fitted on "
            + runDate + " itself (re-run `segment model` to refit it)");
      }
      return Decision.refit(runDate, "the served model was fitted on this run date", s, drift);
    }
    if (mode == DriftSettings.Mode.REFIT) {
      return Decision.refit(runDate, "forced (" + DriftSettings.MODE_KEY + "=refit, --refit)", s, drift);
    }
    if (mode == DriftSettings.Mode.SCORE_ONLY) {
      return Decision.score(runDate, "forced (" + DriftSettings.MODE_KEY + "=score-only, --score-only)", s, drift);
    }
    if (s.ageDays() < 0) {
      return Decision.refit(runDate, "the served model was fitted on a later date (" + s.modelRunDate() + ")", s,
          drift);
    }
    if (drift.isPresent() && drift.get().level() == DriftLevel.REFIT) {
      Map.Entry<String, Double> worst = drift.get().worst().orElseThrow();
      return Decision.refit(runDate, String.format(Locale.ROOT, "drift: PSI of %s %.3f reaches the refit threshold"
          + " %s", worst.getKey(), worst.getValue(), settings.refit()), s, drift);
    }
    if (s.ageDays() >= settings.maxModelAgeDays()) {
      return Decision.refit(runDate, "the served model is " + s.ageDays() + " days old (max-model-age-days "
          + settings.maxModelAgeDays() + ")", s, drift);
    }
    String driftWords = drift.map(d -> d.worst().map(w -> String.format(Locale.ROOT, "drift %s (worst PSI %s %.3f)",
        d.level(), w.getKey(), w.getValue())).orElse("drift " + d.level()))
        .orElse("drift not measured (the model run's customers are gone)");
    return Decision.score(runDate, driftWords + ", model " + s.ageDays() + " of " + settings.maxModelAgeDays()
        + " days old", s, drift);
  }
}
