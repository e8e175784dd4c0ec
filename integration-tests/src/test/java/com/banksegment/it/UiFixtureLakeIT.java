package com.banksegment.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.cli.SegmentCli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The serving UI's checked-in fixture lake (serving-ui/src/test/resources/fixture-lake, written by
 * serving-ui/src/test/fixture/regenerate.sh) still has the shape the current code writes: the
 * pipeline runs here in process on the same synthetic input as the script's latest run
 * ({@code segment generate --rows 3000 --seed 42}, then {@code segment run}), and the two lakes are
 * compared on what the UI depends on: the bundle's format version, fields, features and log
 * features; the published tables and the migration tables; every column's name, repetition and
 * type, for each run of the fixture (the fresh lake's one run is a first publish: its migration
 * tables have the same columns as the fixture's second run, compared with the first). Values are not compared: Spark's sampling and parallelism may move figures slightly
 * from run to run. When this fails, run regenerate.sh, commit the new fixture and adapt the UI
 * (and its tests) to the changed column.
 */
class UiFixtureLakeIT {
  static final Path FIXTURE = Path.of(System.getProperty("ui.fixture.lake",
      "../serving-ui/src/test/resources/fixture-lake"));
  static final String RUN_DATE = "2016-10-21";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;

  @Test
  void theCheckedInFixtureMatchesWhatThePipelineWritesToday() throws Exception {
    assertThat(FIXTURE.resolve("published/_LATEST")).as("the fixture lake of serving-ui").exists();
    Path input = work.resolve("latest.csv");
    Path lake = work.resolve("lake");
    assertThat(SegmentCli.run("generate", "--rows", "3000", "--seed", "42", "--out", input.toString())).isZero();
    assertThat(SegmentCli.run("run", "--run-date", RUN_DATE, "--input", input.toString(), "--lake", lake.toString()))
        .isZero();

    assertThat(Files.readString(FIXTURE.resolve("published/_LATEST")).trim())
        .isEqualTo(Files.readString(lake.resolve("published/_LATEST")).trim()).isEqualTo(RUN_DATE);

    JsonNode fresh = JSON.readTree(lake.resolve("models/run_date=" + RUN_DATE + "/bundle.json").toFile());
    List<String> dates = dates();
    assertThat(dates).as("the fixture's runs").contains(RUN_DATE).hasSizeGreaterThanOrEqualTo(2);
    for (String date : dates) {
      JsonNode fixture = JSON.readTree(FIXTURE.resolve("models/run_date=" + date + "/bundle.json").toFile());
      for (String field : List.of("formatVersion", "features", "logFeatures", "genderEncoding", "algorithm")) {
        assertThat(fixture.get(field)).as("bundle %s of run %s", field, date).isEqualTo(fresh.get(field));
      }
      assertThat(fieldNames(fixture)).as("bundle fields of run %s", date).isEqualTo(fieldNames(fresh));
    }

    // The web app reads the BI tables (LakeTables.PUBLISHED) and the migration tables publish writes
    // beside them (LakeTables.MIGRATION: the movement page); the fixture holds exactly those.
    List<String> tables = java.util.stream.Stream.concat(com.banksegment.contract.LakeTables.PUBLISHED.stream(),
            com.banksegment.contract.LakeTables.MIGRATION.stream())
        .map(t -> t.name().substring(t.name().indexOf('/') + 1)).sorted().toList();
    assertThat(folders(lake.resolve("published"))).as("tables the pipeline publishes").containsAll(tables);
    assertThat(folders(FIXTURE.resolve("published"))).as("published tables").isEqualTo(tables);
    List<String> migration = com.banksegment.contract.LakeTables.MIGRATION.stream()
        .map(t -> t.name().substring(t.name().indexOf('/') + 1)).toList();
    String firstPublish = dates.get(0);
    for (String table : tables) {
      List<String> freshColumns = columns(lake.resolve("published/" + table + "/run_date=" + RUN_DATE));
      for (String date : dates) {
        List<String> fixtureColumns = columns(FIXTURE.resolve("published/" + table + "/run_date=" + date));
        if (migration.contains(table) && !date.equals(firstPublish)) {
          // The fresh lake's one run is a first publish. A run with a previous run writes that date as a
          // literal, which Spark marks required (null, hence optional, in a first publish): compare
          // names and types, the fixture's own first publish below is compared whole.
          assertThat(withoutRepetition(fixtureColumns)).as("columns of %s, run %s", table, date)
              .isEqualTo(withoutRepetition(freshColumns));
        } else {
          assertThat(fixtureColumns).as("columns of %s, run %s", table, date).isEqualTo(freshColumns);
        }
      }
    }
  }

  private static List<String> withoutRepetition(List<String> columns) {
    return columns.stream().map(c -> c.replaceFirst("^(optional|required) ", "")).toList();
  }

  private static List<String> dates() throws IOException {
    return folders(FIXTURE.resolve("models")).stream().map(f -> f.substring("run_date=".length())).toList();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    names.sort(null);
    return names;
  }

  private static List<String> folders(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("_") && !n.startsWith(".")).sorted().toList();
    }
  }

  /** Every column of a partition's first data file as Parquet prints it: repetition, type, name. */
  private static List<String> columns(Path partition) throws IOException {
    Path file;
    try (Stream<Path> list = Files.list(partition)) {
      file = list.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().findFirst().orElseThrow();
    }
    MessageType schema;
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(
        new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))) {
      schema = reader.getFooter().getFileMetaData().getSchema();
    }
    List<String> out = new ArrayList<>();
    for (Type t : schema.getFields()) {
      out.add(t.toString().replaceAll("\\s+", " ").trim());
    }
    return out;
  }
}
