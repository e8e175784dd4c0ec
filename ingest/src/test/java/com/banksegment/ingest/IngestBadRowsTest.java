package com.banksegment.ingest;

import static com.banksegment.ingest.Fixtures.HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.banksegment.config.RunDate;
import com.banksegment.contract.LakeTables;
import com.banksegment.contract.RejectReason;
import com.banksegment.contract.SoftFlag;
import com.banksegment.spark.JobRecorder;
import com.banksegment.spark.SparkSchemas;
import com.banksegment.spark.SparkTestSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input suite of issue 2, end to end through Spark: one CRLF file with a line for each
 * problem; each line lands in clean or quarantine under its reason, and none is lost.
 */
class IngestBadRowsTest {
  static final RunDate RUN_DATE = RunDate.parse("2016-10-21");
  static final byte[] BINARY_JUNK = {0x00, (byte) 0xFF, (byte) 0xFE, 0x07, 'P', 'K', 0x03, 0x04, (byte) 0x80};

  @TempDir
  static Path dir;
  static SparkSession spark;
  static IngestResult result;
  static Map<Long, Row> quarantineByLine;
  static Map<Long, Row> cleanByLine;
  static List<JobRecorder.Job> jobs;

  @BeforeAll
  static void ingestTheBadInputFile() {
    spark = SparkTestSession.get();
    Path input = Fixtures.mixed(dir.resolve("in/bad-input.csv"),
        HEADER,                                                                    // line 1
        "T1,C1,10/1/94,F,MUMBAI,100.5,2/8/16,143207,25",                           // 2 clean
        "T2,C2,10/1/94,F,MUMBAI,100.5,2/8/16,143207",                              // 3 too few columns
        "T3,C3,10/1/94,F,MUMBAI,100.5,2/8/16,143207,25,EXTRA",                     // 4 extra column
        BINARY_JUNK,                                                               // 5 binary junk
        "T5,C5,10/1/94,F,MUMBAI,100.5,31/2/16,143207,25",                          // 6 impossible date
        "T6,C6,10/1/94,F,MUMBAI,100.5,2/8/16,25:61:99,25",                         // 7 impossible time
        "T7,C7,10/1/94,F,MUMBAI,100.5,2/8/16,143207,-25",                          // 8 negative amount
        "T8,C8,10/1/94,F,MUMBAI,100.5,2/8/16,143207,12abc",                        // 9 non-numeric amount
        "T1,C9,10/1/94,M,PUNE,5,3/8/16,101010,99",                                 // 10 duplicate of line 2
        "T10,C10,31-12-1988,M,\"JORHAT, ASSAM\",39042.52,16-08-2016,94642,50",     // 11 clean, quoted comma
        ",C11,10/1/94,F,MUMBAI,100.5,2/8/16,143207,25",                            // 12 missing TransactionID
        "T12,,10/1/94,F,MUMBAI,100.5,2/8/16,143207,25",                            // 13 missing CustomerID
        "T13,C13,10/1/94,F,MUMBAI,100.5,,143207,25",                               // 14 missing date
        "",                                                                        // 15 blank: not a row
        "T15,C15,1/1/1800,T,,,21/10/16,400,0");                                    // 16 clean, four soft flags
    try (JobRecorder recorder = JobRecorder.listen(spark)) {
      result = Fixtures.ingest(dir.resolve("lake"), RUN_DATE).input(input.toString()).execute();
      jobs = recorder.jobs();
    }
    quarantineByLine = byLine(spark.read().parquet(result.outputs().quarantinePartition()).collectAsList(),
        "line_number");
    cleanByLine = byLine(spark.read().parquet(result.outputs().cleanPartition()).collectAsList(), "source_line");
  }

  @Test
  void everySparkJobOfTheRunIsNamedAfterTheStageAndTheDate() {
    JobRecorder.assertEveryJobNamed(jobs, "ingest", "2016-10-21", "write clean transactions (staged)");
  }

  @Test
  void noRowIsLost() {
    assertThat(result.inputRows()).isEqualTo(14);
    assertThat(result.rows().clean()).isEqualTo(3);
    assertThat(result.rows().quarantined()).isEqualTo(11);
    assertThat(result.rows().clean() + result.rows().quarantined()).isEqualTo(result.inputRows());
    assertThat(cleanByLine.keySet()).containsExactly(2L, 11L, 16L);
    assertThat(quarantineByLine.keySet()).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 12L, 13L, 14L);
  }

  @Test
  void eachBadLineGetsItsReason() {
    Map<Long, String> reasons = new TreeMap<>();
    quarantineByLine.forEach((line, row) -> reasons.put(line, row.getAs("reason")));
    assertThat(reasons).containsExactly(
        entry(3L, "WRONG_COLUMN_COUNT"), entry(4L, "WRONG_COLUMN_COUNT"), entry(5L, "WRONG_COLUMN_COUNT"),
        entry(6L, "BAD_TRANSACTION_DATE"), entry(7L, "BAD_TRANSACTION_TIME"), entry(8L, "NEGATIVE_AMOUNT"),
        entry(9L, "BAD_AMOUNT"), entry(10L, "DUPLICATE_TRANSACTION_ID"), entry(12L, "MISSING_TRANSACTION_ID"),
        entry(13L, "MISSING_CUSTOMER_ID"), entry(14L, "MISSING_TRANSACTION_DATE"));
    assertThat(result.rows().quarantined(RejectReason.WRONG_COLUMN_COUNT)).isEqualTo(3);
    assertThat(result.rows().quarantined(RejectReason.DUPLICATE_TRANSACTION_ID)).isEqualTo(1);
    assertThat(result.rows().quarantinedByReason().keySet()).containsExactly(RejectReason.values());
  }

  @Test
  void quarantineKeepsTheRawLineWithoutItsTerminatorAndADetailNamingFieldAndValue() {
    Row junk = quarantineByLine.get(5L);
    assertThat(junk.<String>getAs("raw_line")).isEqualTo(new String(BINARY_JUNK, StandardCharsets.UTF_8));
    assertThat(junk.<String>getAs("source_file")).isEqualTo("bad-input.csv");
    assertThat(quarantineByLine.get(4L).<String>getAs("raw_line"))
        .isEqualTo("T3,C3,10/1/94,F,MUMBAI,100.5,2/8/16,143207,25,EXTRA");
    assertThat(quarantineByLine.get(4L).<String>getAs("detail")).isEqualTo("expected 9 comma-separated fields, found 10");
    assertThat(quarantineByLine.get(6L).<String>getAs("detail")).startsWith("TransactionDate \"31/2/16\"");
    assertThat(quarantineByLine.get(7L).<String>getAs("detail")).startsWith("TransactionTime \"25:61:99\"");
    assertThat(quarantineByLine.get(9L).<String>getAs("detail")).isEqualTo("TransactionAmount (INR) \"12abc\" is not a number");
    assertThat(quarantineByLine.get(10L).<String>getAs("detail"))
        .isEqualTo("TransactionID \"T1\" already on line 2 of bad-input.csv");
  }

  @Test
  void cleanRowsAreTyped() {
    Row t10 = cleanByLine.get(11L);
    assertThat(t10.<String>getAs("location")).isEqualTo("JORHAT, ASSAM");
    assertThat(t10.<java.sql.Date>getAs("customer_dob").toLocalDate()).isEqualTo(LocalDate.of(1988, 12, 31));
    assertThat(t10.<java.sql.Date>getAs("transaction_date").toLocalDate()).isEqualTo(LocalDate.of(2016, 8, 16));
    assertThat(t10.<String>getAs("transaction_time")).isEqualTo("09:46:42");
    assertThat(t10.<java.sql.Timestamp>getAs("transaction_ts").toInstant()).isEqualTo(Instant.parse("2016-08-16T09:46:42Z"));
    assertThat(t10.<Integer>getAs("transaction_hour")).isEqualTo(9);
    assertThat(t10.<Double>getAs("amount")).isEqualTo(50.0);
    assertThat(t10.<Double>getAs("account_balance")).isEqualTo(39042.52);
    assertThat(t10.<String>getAs("source_file")).isEqualTo("bad-input.csv");
  }

  @Test
  void softProblemsAreKeptWithNullsAndFlags() {
    Row t15 = cleanByLine.get(16L);
    assertThat(t15.<Object>getAs("customer_dob")).isNull();
    assertThat(t15.<Object>getAs("gender")).isNull();
    assertThat(t15.<Object>getAs("location")).isNull();
    assertThat(t15.<Object>getAs("account_balance")).isNull();
    assertThat(t15.<Boolean>getAs("dob_placeholder")).isTrue();
    assertThat(t15.<Boolean>getAs("gender_unknown")).isTrue();
    assertThat(t15.<Boolean>getAs("location_missing")).isTrue();
    assertThat(t15.<Boolean>getAs("balance_missing")).isTrue();
    assertThat(t15.<Boolean>getAs("dob_missing")).isFalse();
    assertThat(t15.<String>getAs("transaction_time")).isEqualTo("00:04:00");
    assertThat(result.rows().softFlags()).containsExactly(
        entry(SoftFlag.DOB_PLACEHOLDER, 1L), entry(SoftFlag.DOB_MISSING, 0L), entry(SoftFlag.DOB_INVALID, 0L),
        entry(SoftFlag.GENDER_UNKNOWN, 1L), entry(SoftFlag.LOCATION_MISSING, 1L), entry(SoftFlag.BALANCE_MISSING, 1L));
  }

  @Test
  void tablesHaveTheContractSchemas() {
    assertThat(spark.read().parquet(result.outputs().cleanPartition()).schema().fields())
        .extracting(f -> f.name() + ":" + f.dataType().simpleString())
        .containsExactlyElementsOf(columns(SparkSchemas.of(LakeTables.CLEAN_TRANSACTIONS).fields()));
    assertThat(spark.read().parquet(result.outputs().quarantinePartition()).schema().fields())
        .extracting(f -> f.name() + ":" + f.dataType().simpleString())
        .containsExactly("source_file:string", "line_number:bigint", "raw_line:string", "reason:string", "detail:string");
  }

  @Test
  void reportCountsWhatWasWritten() {
    IngestReport report = IngestReport.fromJson(Fixtures.read(Path.of(result.outputs().reportPath())));
    assertThat(report.runDate()).isEqualTo("2016-10-21");
    assertThat(report.rows().inputRows()).isEqualTo(14);
    assertThat(report.rows().cleanRows()).isEqualTo(3);
    assertThat(report.rows().quarantinedRows()).isEqualTo(11);
    assertThat(report.rows().quarantinedByReason()).containsEntry("BAD_AMOUNT", 1L).containsEntry("WRONG_COLUMN_COUNT", 3L)
        .hasSize(RejectReason.values().length);
    assertThat(report.quality().softFlags()).containsEntry("dob_placeholder", 1L).containsEntry("balance_missing", 1L);
    assertThat(report.quality().nullsPerColumn()).containsEntry("customer_dob", 1L).containsEntry("gender", 1L)
        .containsEntry("location", 1L).containsEntry("account_balance", 1L).containsEntry("transaction_id", 0L)
        .hasSize(LakeTables.CLEAN_TRANSACTIONS.columns().size());
    assertThat(report.quality().repeatedTransactionIds()).isEqualTo(1);
    assertThat(report.source().sourceFiles()).singleElement()
        .satisfies(f -> assertThat(f.name()).isEqualTo("bad-input.csv"))
        .satisfies(f -> assertThat(f.rows()).isEqualTo(14));
    assertThat(report.period().firstTransactionDate()).isEqualTo("2016-08-02");
    assertThat(report.period().lastTransactionDate()).isEqualTo("2016-10-21");
    assertThat(Fixtures.read(Path.of(result.outputs().reportPath()))).contains("\"quarantined_by_reason\"", "\"nulls_per_column\"");
  }

  private static List<String> columns(org.apache.spark.sql.types.StructField[] fields) {
    return java.util.Arrays.stream(fields).map(f -> f.name() + ":" + f.dataType().simpleString()).toList();
  }

  private static Map<Long, Row> byLine(List<Row> rows, String lineColumn) {
    return rows.stream().collect(Collectors.toMap(r -> r.<Long>getAs(lineColumn), r -> r, (a, b) -> {
      throw new AssertionError("two rows for line " + a.getAs(lineColumn));
    }, TreeMap::new));
  }
}
