package com.banksegment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line without Spark work: help, arguments, settings errors and the stage list. */
class SegmentCliTest {
  @TempDir Path tmp;

  @Test
  void helpListsEveryStageAndTheGenerator() {
    CliHarness r = CliHarness.run("--help");
    assertThat(r.exitCode()).isZero();
    for (SuiteStage stage : SuiteStage.values()) {
      assertThat(r.out()).contains(stage.command());
    }
    assertThat(r.out()).contains("generate");
  }

  @Test
  void everyStageHasItsOwnHelpNamingTheRunDate() {
    for (SuiteStage stage : SuiteStage.values()) {
      CliHarness r = CliHarness.run(stage.command(), "--help");
      assertThat(r.exitCode()).as(stage.command()).isZero();
      assertThat(r.out()).as(stage.command()).contains("--run-date", "--conf", "--lake");
    }
  }

  @Test
  void stagesJsonFollowsThePipelineOrderWithTheOptionsEachStageAccepts() throws Exception {
    CliHarness r = CliHarness.run("stages", "--json");
    assertThat(r.exitCode()).isZero();
    JsonNode stages = new ObjectMapper().readTree(r.out()).get("stages");
    List<String> names = new ArrayList<>();
    stages.forEach(s -> names.add(s.get("stage").asText()));
    assertThat(names).containsExactly("ingest", "features", "decide", "model", "score", "publish");
    List<String> chosen = new ArrayList<>();
    stages.forEach(s -> chosen.add(s.get("chosenBy").isNull() ? null : s.get("chosenBy").asText()));
    assertThat(chosen).containsExactly(null, null, null, "decide", "decide", null);
    assertThat(stages.get(2).get("options").toString()).contains("--refit", "--score-only");
    JsonNode ingest = stages.get(0);
    assertThat(ingest.get("mainClass").asText()).isEqualTo(SegmentCli.class.getName());
    assertThat(ingest.get("options").toString()).contains("--input", "--run-date", "--profile");
    assertThat(ingest.get("required").toString()).contains("--run-date");
  }

  @Test
  void malformedRunDateIsAUsageErrorNamingTheValue() {
    CliHarness r = CliHarness.run("ingest", "--run-date", "21/10/2016", "--input", "x.csv");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("21/10/2016").contains("YYYY-MM-DD");
  }

  @Test
  void badSettingStopsBeforeAnyWorkWithOneLine() {
    CliHarness r = CliHarness.run("model", "--run-date", "2016-10-21", "--conf", "segment.modeling.k-min=abc");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo(
        "segment model: error: segment.modeling.k-min = \"abc\": expected a whole number from 2 to 50");
  }

  @Test
  void anUndeclaredSourceStopsBeforeAnyWorkNamingTheDeclaredOnes() {
    CliHarness r = CliHarness.run("ingest", "--run-date", "2011-12-09", "--source", "retail", "--input", "x.csv");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("segment ingest: error: --source \"retail\": expected one of"
        + " bank-transactions, online-retail (declared under segment.sources)");
  }

  @Test
  void aBrokenSourceDeclarationStopsAnyCommandNamingTheKey() {
    CliHarness r = CliHarness.run("features", "--run-date", "2011-12-09",
        "--conf", "segment.sources.online-retail.customer-id=Customer");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("segment.sources.online-retail.customer-id = \"Customer\": expected one of the"
        + " declared columns");
  }

  @Test
  void refitAndScoreOnlyAreForTheCommandsThatDecideAndExcludeEachOther() {
    for (String command : List.of("run", "decide")) {
      assertThat(CliHarness.run(command, "--help").out()).as(command).contains("--refit", "--score-only");
    }
    assertThat(CliHarness.run("model", "--help").out()).doesNotContain("--score-only");
    CliHarness r = CliHarness.run("decide", "--run-date", "2016-10-21", "--refit", "--score-only");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("segment decide: error: --refit and --score-only: expected at most one"
        + " of them");
  }

  @Test
  void ingestAndRunTakeTheSource() {
    for (String command : List.of("ingest", "run")) {
      assertThat(CliHarness.run(command, "--help").out()).as(command).contains("--source");
    }
    assertThat(CliHarness.run("features", "--help").out()).doesNotContain("--source");
  }

  @Test
  void generateWritesTheRequestedRowsInTheOriginalLayout() throws Exception {
    Path out = tmp.resolve("sub/tx.csv");
    CliHarness r = CliHarness.run("generate", "--rows", "500", "--seed", "3", "--out", out.toString());
    assertThat(r.exitCode()).isZero();
    List<String> lines = List.of(Files.readString(out, StandardCharsets.UTF_8).split("\r\n"));
    assertThat(lines).hasSize(501);
    assertThat(lines.get(0)).startsWith("TransactionID,CustomerID,CustomerDOB");
    assertThat(r.out()).contains("500 rows");
  }

  @Test
  void generateRejectsANonPositiveRowCount() {
    CliHarness r = CliHarness.run("generate", "--rows", "0", "--out", tmp.resolve("x.csv").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--rows 0: expected at least 1");
  }
}
