package com.banksegment.modeling.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.banksegment.config.BadInputException;
import com.banksegment.config.DriftSettings;
import com.banksegment.lifetime.drift.DriftLevel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The refit policy's order of reasons, each one alone (no Spark: the decision is plain Java). */
class RefitPolicyTest {
  static final List<String> RFM = List.of("recency_days", "frequency", "monetary");
  static final DriftSettings AUTO = new DriftSettings(0.1, 0.25, 30, DriftSettings.Mode.AUTO);

  static Optional<RefitPolicy.Served> served(long age) {
    return Optional.of(new RefitPolicy.Served("2016-10-20", "2016-10-01", age, RFM));
  }

  static Optional<RefitPolicy.Drift> drift(DriftLevel level, double monetary) {
    return Optional.of(new RefitPolicy.Drift(level, Map.of("recency_days", 0.01, "frequency", 0.0,
        "monetary", monetary)));
  }

  static Decision decide(DriftSettings s, Optional<RefitPolicy.Served> served, Optional<RefitPolicy.Drift> d) {
    return RefitPolicy.decide("2016-10-21", s, RFM, served, d);
  }

  @Test
  void autoRefitsForEachReasonAndScoresOtherwise() {
    assertThat(decide(AUTO, Optional.empty(), Optional.empty()).reason())
        .isEqualTo("nothing is served yet (no published/_LATEST)");
    assertThat(RefitPolicy.decide("2016-10-21", AUTO, List.of("recency_days", "frequency", "monetary", "age"),
        served(3), Optional.empty()).reason()).contains("has the inputs [recency_days, frequency, monetary]");
    assertThat(decide(AUTO, served(-2), drift(DriftLevel.STABLE, 0.0)).reason())
        .isEqualTo("the served model was fitted on a later date (2016-10-01)");
    Decision drifted = decide(AUTO, served(3), drift(DriftLevel.REFIT, 0.31));
    assertThat(drifted.refit()).isTrue();
    assertThat(drifted.reason()).isEqualTo("drift: PSI of monetary 0.310 reaches the refit threshold 0.25");
    assertThat(decide(AUTO, served(30), drift(DriftLevel.STABLE, 0.0)).reason())
        .isEqualTo("the served model is 30 days old (max-model-age-days 30)");
    Decision score = decide(AUTO, served(29), drift(DriftLevel.WARN, 0.12));
    assertThat(score.stage()).isEqualTo("score");
    assertThat(score.reason()).isEqualTo("drift WARN (worst PSI monetary 0.120), model 29 of 30 days old");
    assertThat(score.line()).startsWith("score-only with the model of 2016-10-01 for 2016-10-21: ");
    assertThat(decide(AUTO, served(2), Optional.empty()).stage()).isEqualTo("score");
  }

  @Test
  void forcedModesWinOverDriftAndAgeButScoringNeedsAModelWithTheRunsInputs() {
    DriftSettings refit = new DriftSettings(0.1, 0.25, 30, DriftSettings.Mode.REFIT);
    DriftSettings scoreOnly = new DriftSettings(0.1, 0.25, 30, DriftSettings.Mode.SCORE_ONLY);
    assertThat(decide(refit, served(1), drift(DriftLevel.STABLE, 0.0)).stage()).isEqualTo("model");
    assertThat(decide(scoreOnly, served(90), drift(DriftLevel.REFIT, 2.0)).stage()).isEqualTo("score");
    assertThatThrownBy(() -> decide(scoreOnly, Optional.empty(), Optional.empty()))
        .isInstanceOf(BadInputException.class).hasMessageContaining("nothing is published yet");
    assertThatThrownBy(() -> RefitPolicy.decide("2016-10-21", scoreOnly, List.of("recency_days"), served(1),
        Optional.empty())).isInstanceOf(BadInputException.class).hasMessageContaining("has the inputs");
  }

  @Test
  void theDecisionIsJsonForTheDagsBranch() {
    String json = decide(AUTO, served(29), drift(DriftLevel.WARN, 0.12)).toJson();
    assertThat(json).contains("\"stage\" : \"score\"", "\"modelRunDate\" : \"2016-10-01\"", "\"modelAgeDays\" : 29",
        "\"driftLevel\" : \"WARN\"");
    assertThat(decide(AUTO, Optional.empty(), Optional.empty()).toJson()).contains("\"servedRunDate\" : null");
  }
}
