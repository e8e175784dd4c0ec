package com.banksegment.modeling.score;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The refit policy's answer for a run date, as {@code segment decide} writes it to
 * {@code reports/decide/run_date=D/decision.json} (the DAG's branch reads it over WebHDFS) and
 * prints it.
 *
 * @param stage the stage that runs next: {@code model} (refit) or {@code score}
 * @param reason why, in words
 * @param servedRunDate the published run, or null when nothing is served
 * @param modelRunDate the run that fitted the served model, or null
 * @param modelAgeDays days from that fit to this run date, or null
 * @param driftLevel STABLE, WARN or REFIT, or null when not measured
 * @param psi PSI per model input, empty when not measured
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Decision(String runDate, String stage, String reason, String servedRunDate, String modelRunDate,
    Long modelAgeDays, String driftLevel, Map<String, Double> psi) {
  public static final String REFIT = "model";
  public static final String SCORE = "score";
  public static final String FILE_NAME = "decision.json";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public boolean refit() {
    return REFIT.equals(stage);
  }

  static Decision refit(String runDate, String reason, RefitPolicy.Served served,
      Optional<RefitPolicy.Drift> drift) {
    return of(runDate, REFIT, reason, served, drift);
  }

  static Decision score(String runDate, String reason, RefitPolicy.Served served,
      Optional<RefitPolicy.Drift> drift) {
    return of(runDate, SCORE, reason, served, drift);
  }

  private static Decision of(String runDate, String stage, String reason, RefitPolicy.Served served,
      Optional<RefitPolicy.Drift> drift) {
    return new Decision(runDate, stage, reason, served == null ? null : served.servedRunDate(),
        served == null ? null : served.modelRunDate(), served == null ? null : served.ageDays(),
        drift.map(d -> d.level().name()).orElse(null), drift.map(RefitPolicy.Drift::psi).orElse(Map.of()));
  }

  /** One line for the console: which stage and why. */
  public String line() {
    return (refit() ? "refit" : "score-only with the model of " + modelRunDate) + " for " + runDate + ": " + reason;
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
