package com.banksegment.ingest;

import static com.banksegment.ingest.Fixtures.HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.banksegment.config.BadInputException;
import com.banksegment.config.RunDate;
import com.banksegment.spark.SparkTestSession;
import com.banksegment.spark.stage.StageContext;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems of the whole input: a one-line BadInputException naming the file, and nothing written. */
class IngestWholeInputTest {
  private static final String GOOD_ROW = "T1,C1,10/1/94,F,MUMBAI,100.5,2/8/16,143207,25";

  @TempDir
  Path dir;

  @Test
  void missingPath() {
    assertFailsWithNothingWritten(dir.resolve("nowhere.csv"), "nowhere.csv: no such file or folder");
  }

  @Test
  void emptyFile() {
    Path file = Fixtures.bytes(dir.resolve("in/empty.csv"), new byte[0]);
    assertFailsWithNothingWritten(file, "empty.csv: empty file, expected the header line TransactionID,");
  }

  @Test
  void fileOfBlankLinesIsEmpty() {
    Path file = Fixtures.csv(dir.resolve("in/blank.csv"), "", "  ", "");
    assertFailsWithNothingWritten(file, "blank.csv: empty file");
  }

  @Test
  void headerOnly() {
    Path file = Fixtures.csv(dir.resolve("in/header-only.csv"), HEADER);
    assertFailsWithNothingWritten(file, "header-only.csv: header only, no transaction rows");
  }

  @Test
  void headerFollowedByBlankLinesOnly() {
    Path file = Fixtures.csv(dir.resolve("in/header-blank.csv"), HEADER, "", " ");
    assertFailsWithNothingWritten(file, "header-blank.csv: header only, no transaction rows");
  }

  @Test
  void wrongHeaderShowsExpectedAndFound() {
    Path file = Fixtures.csv(dir.resolve("in/other.csv"), "id,customer,dob,sex,city,balance,date,time,amount", GOOD_ROW);
    BadInputException e = assertFailsWithNothingWritten(file, "other.csv: header not recognised: expected \"" + HEADER + "\"");
    assertThat(e.getMessage()).endsWith("but found \"id,customer,dob,sex,city,balance,date,time,amount\"");
  }

  @Test
  void headerWithAColumnMissingIsNotRecognised() {
    Path file = Fixtures.csv(dir.resolve("in/short.csv"), HEADER.replace(",TransactionTime", ""), GOOD_ROW);
    assertFailsWithNothingWritten(file, "short.csv: header not recognised");
  }

  @Test
  void aDataRowWhereTheHeaderShouldBe() {
    Path file = Fixtures.csv(dir.resolve("in/headless.csv"), GOOD_ROW, GOOD_ROW);
    assertFailsWithNothingWritten(file, "headless.csv: header not recognised");
  }

  @Test
  void oneBadFileInAFolderStopsTheWholeRun() {
    Fixtures.csv(dir.resolve("in/a.csv"), HEADER, GOOD_ROW);
    Fixtures.bytes(dir.resolve("in/b.csv"), new byte[0]);
    assertFailsWithNothingWritten(dir.resolve("in"), "b.csv: empty file");
  }

  @Test
  void folderWithoutFiles() throws Exception {
    Files.createDirectories(dir.resolve("in/_tmp"));
    Fixtures.bytes(dir.resolve("in/_SUCCESS"), new byte[0]);
    assertFailsWithNothingWritten(dir.resolve("in"), "has no files");
  }

  @Test
  void hiddenFileNameIsRefusedRatherThanSilentlySkipped() {
    Path file = Fixtures.csv(dir.resolve("in/_day.csv"), HEADER, GOOD_ROW);
    assertFailsWithNothingWritten(file, "_day.csv: file names starting with . or _ are hidden");
  }

  @Test
  void headerCaseAndSpacesAndBomAreTolerated() {
    Path file = Fixtures.csv(dir.resolve("in/bom.csv"), "\uFEFF" + HEADER.toLowerCase().replace(",", " , "), GOOD_ROW);
    IngestResult result = Fixtures.ingest(dir.resolve("lake"), RunDate.parse("2016-08-02"))
        .input(file.toString()).execute();
    assertThat(result.rows().clean()).isEqualTo(1);
  }

  @Test
  void defaultInputIsTheLakesRawFolderOfTheRunDate() {
    Path lake = dir.resolve("lake");
    Fixtures.csv(lake.resolve("raw/transactions/run_date=2016-08-02/day.csv"), HEADER, GOOD_ROW);
    IngestResult result = Fixtures.ingest(lake, RunDate.parse("2016-08-02")).execute();
    assertThat(result.rows().clean()).isEqualTo(1);
    assertThat(result.sourceFiles()).singleElement().asString().endsWith("run_date=2016-08-02/day.csv");

    assertThatThrownBy(() -> Fixtures.ingest(lake, RunDate.parse("2016-08-03")).execute())
        .isInstanceOf(BadInputException.class)
        .hasMessageEndingWith("raw/transactions/run_date=2016-08-03: no such file or folder");
  }

  @Test
  void runDateIsRequired() {
    // A job is built with its run date: without one there is no job to run.
    assertThatThrownBy(() -> new StageContext(SparkTestSession.get(), Fixtures.settings(dir), null, line -> { }))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("run date");
    assertThatThrownBy(() -> Fixtures.ingest(dir, RunDate.parse("2016-10-21")).input(" "))
        .isInstanceOf(BadInputException.class).hasMessage("input \" \": expected a file or folder path");
  }

  private BadInputException assertFailsWithNothingWritten(Path input, String messagePart) {
    Path lake = dir.resolve("lake");
    IngestJob job = Fixtures.ingest(lake, RunDate.parse("2016-10-21")).input(input.toString());
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(job::execute);
    assertThat(thrown).isInstanceOf(BadInputException.class).hasMessageContaining(messagePart);
    assertThat(thrown.getMessage()).doesNotContain("\n", "\r");
    assertThat(Fixtures.tree(lake)).isEmpty();
    return (BadInputException) thrown;
  }
}
