package com.banksegment.ingest;

import static com.banksegment.ingest.Fixtures.HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.config.RunDate;
import com.banksegment.contract.LakeTables;
import com.banksegment.contract.RejectReason;
import com.banksegment.spark.SparkTestSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of raw files: read in name order, line numbers per file, duplicates across files. */
class IngestFolderTest {
  @TempDir
  Path dir;

  @Test
  void duplicatesKeepTheFirstGoodOccurrenceByFileThenLine() {
    // b.csv is written first and with LF endings: order comes from names, not from disk.
    Fixtures.bytes(dir.resolve("in/b.csv"), String.join("\n", HEADER,
        "T7,C70,10/1/94,M,PUNE,1,3/8/16,101010,70",              // b:2 repeats a:2
        "T10,C10,10/1/94,M,PUNE,1,3/8/16,101010,10",             // b:3 clean
        "T9,C90,10/1/94,M,PUNE,1,3/8/16,101010,90", "").getBytes(StandardCharsets.UTF_8)); // b:4 third T9
    Fixtures.csv(dir.resolve("in/a.csv"), HEADER,
        "T7,C7,10/1/94,F,MUMBAI,1,2/8/16,143207,7",              // a:2 clean
        "T8,C8,10/1/94,F,MUMBAI,1,30/2/16,143207,8",             // a:3 bad date: not an occurrence
        "T8,C8,10/1/94,F,MUMBAI,1,2/8/16,143207,8",              // a:4 clean: the first good T8
        "T9,C9,10/1/94,F,MUMBAI,1,2/8/16,143207,9",              // a:5 clean
        "T9,C9,10/1/94,F,MUMBAI,1,2/8/16,143207,9");             // a:6 repeats a:5
    Fixtures.bytes(dir.resolve("in/_SUCCESS"), new byte[0]);
    Fixtures.bytes(dir.resolve("in/.DS_Store"), new byte[] {1, 2, 3});
    SparkSession spark = SparkTestSession.get();

    IngestResult result = Fixtures.ingest(dir.resolve("lake"), RunDate.parse("2016-08-03"))
        .input(dir.resolve("in").toString()).execute();

    assertThat(result.sourceFiles()).extracting(p -> Path.of(p.replace("file:", "")).getFileName().toString())
        .containsExactly("a.csv", "b.csv");
    assertThat(result.inputRows()).isEqualTo(8);
    assertThat(rows(spark, result.outputs().cleanPartition(), "source_file", "source_line", "transaction_id"))
        .containsExactly("a.csv:2:T7", "a.csv:4:T8", "a.csv:5:T9", "b.csv:3:T10");
    assertThat(rows(spark, result.outputs().quarantinePartition(), "source_file", "line_number", "reason", "detail"))
        .containsExactly(
            "a.csv:3:BAD_TRANSACTION_DATE:TransactionDate \"30/2/16\" is not a calendar date written d/m/yy or dd-mm-yyyy",
            "a.csv:6:DUPLICATE_TRANSACTION_ID:TransactionID \"T9\" already on line 5 of a.csv",
            "b.csv:2:DUPLICATE_TRANSACTION_ID:TransactionID \"T7\" already on line 2 of a.csv",
            "b.csv:4:DUPLICATE_TRANSACTION_ID:TransactionID \"T9\" already on line 5 of a.csv");
    assertThat(result.rows().quarantined(RejectReason.DUPLICATE_TRANSACTION_ID)).isEqualTo(3);
    assertThat(IngestReport.fromJson(Fixtures.read(Path.of(result.outputs().reportPath()))).quality()
        .repeatedTransactionIds()).isEqualTo(2);
  }

  @Test
  void aBatchWithEveryRowQuarantinedStillWritesBothTables() {
    Fixtures.csv(dir.resolve("in/bad.csv"), HEADER,
        "T1,C1,10/1/94,F,MUMBAI,1,2/8/16,143207",
        "T2,C2,10/1/94,F,MUMBAI,1,2/8/16,143207,-4");
    SparkSession spark = SparkTestSession.get();
    IngestResult result = Fixtures.ingest(dir.resolve("lake"), RunDate.parse("2016-08-02"))
        .input(dir.resolve("in").toString()).execute();
    assertThat(result.rows().clean()).isZero();
    assertThat(result.rows().quarantined()).isEqualTo(2);
    assertThat(spark.read().parquet(result.outputs().cleanPartition()).schema().fieldNames())
        .containsExactlyElementsOf(LakeTables.CLEAN_TRANSACTIONS.columnNames());
    IngestReport report = IngestReport.fromJson(Fixtures.read(Path.of(result.outputs().reportPath())));
    assertThat(report.quality().softFlags()).containsEntry("dob_placeholder", 0L);
    assertThat(report.quality().nullsPerColumn()).containsEntry("customer_dob", 0L);
    assertThat(report.period().firstTransactionDate()).isNull();
  }

  private static List<String> rows(SparkSession spark, String table, String... columns) {
    return spark.read().parquet(table).orderBy(columns[0], columns[1]).collectAsList().stream()
        .map(r -> String.join(":", java.util.Arrays.stream(columns).map(c -> String.valueOf(r.<Object>getAs(c))).toList()))
        .toList();
  }
}
