package com.banksegment.generator;

import static com.banksegment.generator.Columns.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransactionGeneratorTest {

  @Test
  void sameSettingsGiveTheSameBytesAndAnotherSeedOthers() {
    String first = CsvText.generate(5_000, 7).text();
    String again = CsvText.generate(5_000, 7).text();
    String otherSeed = CsvText.generate(5_000, 8).text();

    assertThat(again).isEqualTo(first);
    assertThat(otherSeed).isNotEqualTo(first);
    assertThat(CsvText.lines(otherSeed).get(1)).isNotEqualTo(CsvText.lines(first).get(1));
  }

  @Test
  void writesExactlyTheRequestedRowsNumberedFromT1() {
    for (long rows : new long[] {0, 1, 2, 7, 1_000}) {
      CsvText.Generated generated = CsvText.generate(rows, 3);
      List<List<String>> data = generated.rows();

      assertThat(data).as("rows for %d", rows).hasSize((int) rows);
      assertThat(generated.result().rows()).isEqualTo(rows);
      for (int i = 0; i < data.size(); i++) {
        assertThat(data.get(i).get(TRANSACTION_ID)).isEqualTo("T" + (i + 1));
      }
    }
  }

  @Test
  void headerIsTheOriginalOneAndEveryLineEndsWithCrLf() {
    String text = CsvText.generate(2_000, 11).text();

    assertThat(text).startsWith("TransactionID,CustomerID,CustomerDOB,CustGender,CustLocation,"
        + "CustAccountBalance,TransactionDate,TransactionTime,TransactionAmount (INR)\r\n");
    assertThat(text).endsWith("\r\n");
    assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    assertThat(CsvText.lines(text)).hasSize(2_001);
  }

  @Test
  void everyFieldHasTheOriginalFormat() {
    List<List<String>> rows = CsvText.generate(20_000, 5).rows();
    Map<Integer, Pattern> formats = Map.of(
        CUSTOMER_ID, Pattern.compile("C[1-9]\\d{6}"),
        DOB, Pattern.compile("(\\d{1,2}/\\d{1,2}/\\d{2})|1/1/1800|nan|"),
        GENDER, Pattern.compile("[MFT]?"),
        LOCATION, Pattern.compile("[A-Z0-9 ,()\\-]*"),
        BALANCE, Pattern.compile("(0|[1-9]\\d*)(\\.\\d?[1-9])?|"),
        DATE, Pattern.compile("\\d{1,2}/\\d{1,2}/16"),
        TIME, Pattern.compile("0|[1-9]\\d{0,5}"),
        AMOUNT, Pattern.compile("(0|[1-9]\\d*)(\\.\\d?[1-9])?"));
    List<String> violations = new ArrayList<>();

    for (List<String> row : rows) {
      assertThat(row).hasSize(9);
      formats.forEach((column, format) -> {
        if (!format.matcher(row.get(column)).matches()) {
          violations.add(row.get(TRANSACTION_ID) + " column " + column + ": " + row.get(column));
        }
      });
      int time = Integer.parseInt(row.get(TIME));
      if (time / 10_000 > 23 || time / 100 % 100 > 59 || time % 100 > 59) {
        violations.add(row.get(TRANSACTION_ID) + " time " + time);
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void datesAreRealCalendarDaysInTheOriginalRangeWithoutLeadingZeros() {
    List<List<String>> rows = CsvText.generate(20_000, 5).rows();

    for (List<String> row : rows) {
      LocalDate date = dayMonthYear(row.get(DATE), 2000);
      assertThat(date).isBetween(LocalDate.of(2016, 8, 1), LocalDate.of(2016, 10, 21));
      assertThat(row.get(DATE)).doesNotStartWith("0").doesNotContain("/0");
      String dob = row.get(DOB);
      if (dob.matches("\\d{1,2}/\\d{1,2}/\\d{2}")) {
        assertThat(dayMonthYear(dob, 1900)).isNotNull();
        assertThat(dob.split("/")[0]).doesNotStartWith("0");
        assertThat(dob.split("/")[1]).doesNotStartWith("0");
      }
    }
  }

  @Test
  void locationsWithACommaAreQuotedAndNoOtherIs() {
    String text = CsvText.generate(100_000, 9).text();
    List<String> quotedLines = CsvText.lines(text).stream().filter(line -> line.contains("\"")).toList();

    assertThat(quotedLines).isNotEmpty();
    for (String line : quotedLines) {
      List<String> fields = CsvText.fields(line);
      assertThat(fields).hasSize(9);
      assertThat(line).contains(",\"" + fields.get(LOCATION) + "\",");
      assertThat(fields.get(LOCATION)).contains(",");
    }
    assertThat(CsvText.lines(text).stream().filter(line -> !line.contains("\""))
        .allMatch(line -> line.split(",", -1).length == 9)).isTrue();
  }

  @Test
  void writesAFileInPlaceCreatingFoldersAndLeavingNoTemporaryFile(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("raw/run_date=2016-10-21/transactions.csv");

    GenerationResult result = new TransactionGenerator(new GeneratorSettings(3_000, 21)).writeTo(file);

    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    new TransactionGenerator(new GeneratorSettings(3_000, 21)).writeTo(expected);
    assertThat(Files.readAllBytes(file)).isEqualTo(expected.toByteArray());
    assertThat(result.bytes()).isEqualTo(Files.size(file));
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("transactions.csv");
    }
  }

  @Test
  void overwritesAnExistingFile(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("t.csv");
    Files.writeString(file, "old content that is longer than nothing");

    new TransactionGenerator(new GeneratorSettings(0, 1)).writeTo(file);

    assertThat(Files.readString(file, StandardCharsets.US_ASCII)).isEqualTo(CsvRowEncoder.HEADER + "\r\n");
  }

  @Test
  void reportsProgressAtEachIntervalAndAtTheEnd() throws Exception {
    List<long[]> calls = new ArrayList<>();

    new TransactionGenerator(new GeneratorSettings(2_500, 1))
        .progress(1_000, (done, total, elapsed) -> calls.add(new long[] {done, total}))
        .writeTo(new ByteArrayOutputStream());

    assertThat(calls).extracting(call -> call[0]).containsExactly(1_000L, 2_000L, 2_500L);
    assertThat(calls).extracting(call -> call[1]).containsOnly(2_500L);
  }

  @Test
  void resultCountsCustomersAndBytes() {
    CsvText.Generated generated = CsvText.generate(10_000, 2);

    long customers = generated.rows().stream().map(row -> row.get(CUSTOMER_ID)).distinct().count();
    assertThat(generated.result().customers()).isEqualTo(customers);
    assertThat(generated.result().bytes()).isEqualTo(generated.text().length());
    assertThat(generated.result().rowsPerSecond()).isPositive();
  }

  @Test
  void badArgumentsAreRejectedWithOneLineMessages() {
    assertThatThrownBy(() -> new GeneratorSettings(-1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("rows must be 0 or more, got -1");
    assertThatThrownBy(() -> new TransactionGenerator(new GeneratorSettings(1, 0)).progress(0, (a, b, c) -> { }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("progress interval must be at least 1 row, got 0");
    assertThatThrownBy(() -> new TransactionGenerator(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("generator settings must not be null");
  }

  /** Parses d/m/yy; two-digit years at or below 16 are 20yy, others {@code century}+yy. */
  private static LocalDate dayMonthYear(String text, int century) {
    String[] parts = text.split("/");
    int yy = Integer.parseInt(parts[2]);
    int year = yy <= 16 ? 2000 + yy : century + yy;
    return LocalDate.of(year, Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
  }
}
