package com.banksegment.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.banksegment.config.BadInputException;
import com.banksegment.config.RunDate;
import com.banksegment.config.SettingsException;
import com.banksegment.contract.RejectReason;
import com.banksegment.contract.SoftFlag;
import com.banksegment.spark.SparkTestSession;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The online-retail source end to end through Spark, on a fixture written as the real file is
 * (UTF-8 with a byte-order mark, CRLF): invoice lines, a cancellation, lines without a customer,
 * both timestamp formats, quoted descriptions with commas, a zero price, repeated identical lines.
 */
class IngestOnlineRetailTest {
  static final RunDate RUN_DATE = RunDate.parse("2011-12-09");
  static final String HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country";

  @TempDir
  static Path dir;
  static IngestResult result;
  static Map<Long, Row> cleanByLine;
  static Map<Long, Row> quarantineByLine;

  @BeforeAll
  static void ingestTheFixture() {
    SparkSession spark = SparkTestSession.get();
    Path input = withBom(dir.resolve("in/retail.csv"),
        HEADER,                                                                      // line 1
        "536370,22728,ALARM CLOCK BAKELIKE PINK,24,01-12-2010 08:45,3.75,12583,France", // 2
        "536370,22727,\"SET/6 RED SPOTTY PAPER CUPS, PLATES\",12,01-12-2010 08:45,0.85,12583,France", // 3 quoted comma
        "536370,22727,\"SET/6 RED SPOTTY PAPER CUPS, PLATES\",12,01-12-2010 08:45,0.85,12583,France", // 4 same line again
        "C536379,D,Discount,-1,12/1/2010 9:41,27.5,12583,France",                   // 5 cancellation, m/d/yyyy
        "536380,POST,POSTAGE,1,12/1/2010 9:41,18,,France",                          // 6 no customer
        "574252,M,Manual,1,03-11-2011 13:24,0,12437,France",                        // 7 zero price
        "",                                                                          // 8 blank: not a row
        "574253,M,Manual,1,03-11-2011 13:24,abc,12437,France");                     // 9 bad price
    result = Fixtures.ingest(dir.resolve("lake"), RUN_DATE).source("online-retail").input(input.toString()).execute();
    cleanByLine = byLine(spark.read().parquet(result.outputs().cleanPartition()).collectAsList(), "source_line");
    quarantineByLine = byLine(spark.read().parquet(result.outputs().quarantinePartition()).collectAsList(), "line_number");
  }

  @Test
  void everyLineIsCleanOrQuarantined() {
    assertThat(result.inputRows()).isEqualTo(7);
    assertThat(cleanByLine.keySet()).containsExactly(2L, 3L, 4L, 5L, 7L);
    assertThat(quarantineByLine.keySet()).containsExactly(6L, 9L);
    assertThat(result.rows().quarantined(RejectReason.MISSING_CUSTOMER_ID)).isEqualTo(1);
    assertThat(result.rows().quarantined(RejectReason.BAD_AMOUNT)).isEqualTo(1);
    assertThat(quarantineByLine.get(6L).<String>getAs("detail")).isEqualTo("CustomerID is empty");
    assertThat(quarantineByLine.get(9L).<String>getAs("detail")).isEqualTo("UnitPrice \"abc\" is not a number");
  }

  @Test
  void linesOfAnInvoiceShareItsIdAndRepeatedLinesAreNotDuplicates() {
    assertThat(result.rows().quarantined(RejectReason.DUPLICATE_TRANSACTION_ID)).isZero();
    for (long line : new long[] {2, 3, 4}) {
      assertThat(cleanByLine.get(line).<String>getAs("transaction_id")).isEqualTo("536370");
    }
    Row quoted = cleanByLine.get(3L);
    assertThat(quoted.<Double>getAs("quantity")).isEqualTo(12.0);
    assertThat(quoted.<Double>getAs("unit_price")).isEqualTo(0.85);
    assertThat(quoted.<Double>getAs("amount")).isEqualTo(12 * 0.85);
    assertThat(quoted.<String>getAs("country")).isEqualTo("France");
  }

  @Test
  void theCancellationIsKeptFlaggedAndCounted() {
    Row cancelled = cleanByLine.get(5L);
    assertThat(cancelled.<Boolean>getAs("cancellation")).isTrue();
    assertThat(cancelled.<Double>getAs("amount")).isEqualTo(-27.5);
    assertThat(cancelled.getAs("transaction_ts").toString()).startsWith("2010-12-01 09:41:00");
    assertThat(cleanByLine.get(2L).<Boolean>getAs("cancellation")).isFalse();
    assertThat(result.rows().flagged(SoftFlag.CANCELLATION)).isEqualTo(1);
    IngestReport report = IngestReport.fromJson(Fixtures.read(Path.of(result.outputs().reportPath())));
    assertThat(report.quality().softFlags()).containsEntry("cancellation", 1L).containsEntry("dob_missing", 0L);
    assertThat(report.source().source()).isEqualTo("online-retail");
    assertThat(report.quality().nullsPerColumn()).containsEntry("customer_dob", 5L).containsEntry("gender", 5L);
  }

  @Test
  void theBomDoesNotHideTheFirstColumnAndAZeroPriceIsAZeroAmount() {
    assertThat(cleanByLine.get(2L).<String>getAs("transaction_id")).isEqualTo("536370");
    assertThat(cleanByLine.get(7L).<Double>getAs("amount")).isZero();
  }

  @Test
  void theBankHeaderIsNotTheRetailOne() {
    Path bank = Fixtures.csv(dir.resolve("bank/b.csv"), Fixtures.HEADER, "T1,C1,10/1/94,F,MUMBAI,1,2/8/16,143207,25");
    assertThatThrownBy(() -> Fixtures.ingest(dir.resolve("lake2"), RUN_DATE).source("online-retail")
        .input(bank.toString()).execute())
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("b.csv: header not recognised: expected \"" + HEADER + "\"");
  }

  @Test
  void anUndeclaredSourceStopsBeforeReading() {
    assertThatThrownBy(() -> Fixtures.ingest(dir.resolve("lake3"), RUN_DATE).source("retail"))
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith("source \"retail\" is not declared: expected one of bank-transactions, online-retail");
  }

  static Path withBom(Path file, String... lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    for (String line : lines) {
      out.writeBytes((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    return Fixtures.bytes(file, out.toByteArray());
  }

  private static Map<Long, Row> byLine(java.util.List<Row> rows, String column) {
    Map<Long, Row> map = new TreeMap<>();
    rows.forEach(r -> map.put(r.<Long>getAs(column), r));
    return map;
  }
}
