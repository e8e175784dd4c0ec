package com.banksegment.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScoredRunTest {
  @Test
  void readsBackWhatItWrites() {
    ScoredRun run = new ScoredRun("2016-10-22", "2016-10-21", 615);
    assertThat(ScoredRun.parse(run.toText(), "f")).isEqualTo(run);
  }

  @Test
  void aMissingFieldOrAModelOfItsOwnDateIsOneLineNamingTheFile() {
    assertThatThrownBy(() -> ScoredRun.parse("run_date=2016-10-22\ncustomers=3\n", "models/x/scored.properties"))
        .hasMessage("models/x/scored.properties: no model_run_date (expected run_date, model_run_date, customers)");
    assertThatThrownBy(() -> ScoredRun.parse("run_date=2016-10-22\nmodel_run_date=2016-10-22\ncustomers=3", "f"))
        .hasMessageContaining("f: a scored run cannot use a model of its own date 2016-10-22");
    assertThatThrownBy(() -> ScoredRun.parse("run_date=2016-10-22\nmodel_run_date=2016-10-21\ncustomers=x", "f"))
        .hasMessageContaining("customers \"x\"");
  }
}
