package com.banksegment.ui.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.ui.fixture.FixtureLake;
import com.banksegment.ui.fixture.FixtureRun;
import com.banksegment.ui.lake.domain.ModelUnavailableException;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.domain.SegmentProfile;
import com.banksegment.ui.lake.service.LakeFiles;
import com.banksegment.ui.lake.service.ParquetTables;
import com.banksegment.ui.lake.service.PublishedRunLoader;
import com.banksegment.ui.lake.service.PublishedRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishedRunsTest {
  private final MutableClock clock = new MutableClock();

  private PublishedRuns runsOver(FixtureLake lake) {
    SuiteSettings settings = SuiteSettings.load(List.of("segment.lake.root=" + lake.root(), "segment.ui.refresh-seconds=10"));
    LakeFiles files = LakeFiles.withDefaults();
    return new PublishedRuns(settings, files, new PublishedRunLoader(settings, files, new ParquetTables(files), clock), clock);
  }

  @Test
  void readsTheRunThePointerNamesWithItsBundleAndTables() {
    PublishedRun run = runsOver(FixtureLake.shared()).current();
    assertThat(run.runDate()).isEqualTo(FixtureLake.RUN_DATE);
    assertThat(run.bundle().runDate()).isEqualTo("2016-10-21");
    FixtureRun fixture = FixtureRun.latest();
    assertThat(run.segments()).hasSize(fixture.bundle().clusters().size()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(run.customers()).isEqualTo(fixture.customers().size());
    for (SegmentProfile s : run.segments()) {
      assertThat(s.customers()).as(s.name()).isEqualTo(fixture.customersIn(s.id()));
    }
    assertThat(run.segments().stream().mapToDouble(SegmentProfile::customerShare).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(run.segments().stream().mapToDouble(SegmentProfile::monetaryShare).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    // Names and actions come from the table and match the bundle's clusters.
    for (SegmentProfile s : run.segments()) {
      assertThat(run.bundle().cluster(s.id()).name()).isEqualTo(s.name());
      assertThat(s.action()).isNotBlank();
    }
    assertThat(run.selection()).hasSize(fixture.selection().size());
    assertThat(run.selection()).filteredOn(p -> p.algorithm().equals("kmeans")).extracting(p -> p.k())
        .containsAll(fixture.sweepKs());
    assertThat(run.selection()).filteredOn(p -> p.chosen()).extracting(p -> p.k())
        .containsExactly(fixture.bundle().clusters().size());
    // The held-out split: the confusion matrix counts exactly the test customers, about a fifth of all.
    assertThat(run.quality().evaluated()).isEqualTo(run.quality().testCustomers());
    assertThat(run.quality().testCustomers() + run.quality().trainCustomers()).isEqualTo(fixture.customers().size());
    assertThat((double) run.quality().testCustomers() / fixture.customers().size()).isBetween(0.1, 0.3);
    assertThat(run.quality().accuracy()).isBetween(0.5, 1.0);
  }

  @Test
  void noPointerMeansNoModelWithAMessageThatSaysWhatToDo() {
    PublishedRuns runs = runsOver(FixtureLake.empty("empty"));
    assertThatThrownBy(runs::current).isInstanceOf(ModelUnavailableException.class)
        .hasMessageContaining("published/_LATEST does not exist")
        .hasMessageContaining("Run the pipeline");
  }

  @Test
  void aPointerToARunWithoutModelNamesTheMissingBundle() {
    FixtureLake lake = FixtureLake.empty("no-bundle").pointTo("2016-09-29");
    assertThatThrownBy(() -> runsOver(lake).current()).isInstanceOf(ModelUnavailableException.class)
        .hasMessageContaining("run 2016-09-29 has no model")
        .hasMessageContaining("models/run_date=2016-09-29/bundle.json");
  }

  @Test
  void aPointerThatIsNotADateIsExplained() {
    FixtureLake lake = FixtureLake.empty("bad-pointer").pointTo("latest please");
    assertThatThrownBy(() -> runsOver(lake).current())
        .hasMessageContaining("does not name a run date: it holds \"latest please\", expected YYYY-MM-DD");
  }

  @Test
  void aCorruptBundleIsAClearProblemNotAStackTrace() throws IOException {
    FixtureLake lake = FixtureLake.create("corrupt-bundle");
    Files.writeString(lake.bundleFile(FixtureLake.RUN_DATE), "{\"formatVersion\": 1, \"runDate\": ");
    assertThatThrownBy(() -> runsOver(lake).current()).isInstanceOf(ModelUnavailableException.class)
        .hasMessageStartingWith("The model of run 2016-10-21 cannot be read")
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void aMissingTableIsNamed() throws IOException {
    FixtureLake lake = FixtureLake.create("missing-table").deleteTable("model_metrics", FixtureLake.RUN_DATE);
    assertThatThrownBy(() -> runsOver(lake).current())
        .hasMessageContaining("is incomplete: the table")
        .hasMessageContaining("published/model_metrics/run_date=2016-10-21 does not exist");
  }

  @Test
  void aNewerRunIsPickedUpAfterTheRefreshIntervalWithoutARestart() {
    FixtureLake lake = FixtureLake.create("newer-run").pointTo(FixtureLake.EARLIER.toString());
    PublishedRuns runs = runsOver(lake);
    assertThat(runs.current().runDate()).isEqualTo(FixtureLake.EARLIER);

    RunDate next = FixtureLake.RUN_DATE;
    lake.pointTo(next.toString());
    clock.advance(Duration.ofSeconds(5));
    assertThat(runs.current().runDate()).as("within the refresh interval the pointer is not looked at").isEqualTo(FixtureLake.EARLIER);
    clock.advance(Duration.ofSeconds(5));
    assertThat(runs.current().runDate()).isEqualTo(next);
    assertThat(runs.current().bundle().runDate()).isEqualTo("2016-10-21");
  }

  @Test
  void aBrokenNewerRunNeverReplacesTheGoodOneAndIsReported() {
    FixtureLake lake = FixtureLake.create("broken-newer");
    PublishedRuns runs = runsOver(lake);
    assertThat(runs.current().runDate()).isEqualTo(FixtureLake.RUN_DATE);
    assertThat(runs.warning()).isEmpty();

    lake.pointTo("2016-11-30");
    clock.advance(Duration.ofSeconds(11));
    assertThat(runs.current().runDate()).isEqualTo(FixtureLake.RUN_DATE);
    assertThat(runs.warning()).hasValueSatisfying(w -> assertThat(w).contains("2016-11-30 has no model"));
  }

  /** A score-only run (issue 16): its folder holds the model run's bundle verbatim and the mark naming that run. */
  @Test
  void aScoredRunIsReadWithTheBundleOfTheModelRunItsMarkNames() throws IOException {
    RunDate scored = RunDate.parse("2016-10-22");
    FixtureLake lake = FixtureLake.create("scored-run").copyRun(FixtureLake.RUN_DATE, scored);
    Files.copy(lake.bundleFile(FixtureLake.RUN_DATE), lake.bundleFile(scored),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Path mark = lake.bundleFile(scored).resolveSibling(com.banksegment.contract.ScoredRun.FILE_NAME);
    lake.pointTo(scored.toString());
    assertThatThrownBy(() -> runsOver(lake).current()).isInstanceOf(ModelUnavailableException.class)
        .hasMessageContaining("belongs to run 2016-10-21, not to the published run 2016-10-22");

    Files.writeString(mark, new com.banksegment.contract.ScoredRun(scored.toString(), "2016-10-21",
        FixtureRun.latest().customers().size()).toText());
    PublishedRun run = runsOver(lake).current();
    assertThat(run.runDate()).isEqualTo(scored);
    assertThat(run.bundle().runDate()).isEqualTo("2016-10-21");

    Files.writeString(mark, "run_date=2016-10-22\nmodel_run_date=2016-10-20\ncustomers=1\n");
    assertThatThrownBy(() -> runsOver(lake).current()).isInstanceOf(ModelUnavailableException.class)
        .hasMessageContaining("(scored with the model of 2016-10-20)");
  }
}
