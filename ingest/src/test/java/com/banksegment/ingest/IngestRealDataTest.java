package com.banksegment.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.config.RunDate;
import com.banksegment.contract.SoftFlag;
import com.banksegment.spark.SparkTestSession;
import com.banksegment.spark.TestData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Acceptance: the real head20k file against the figures measured in ../shared/data/README.md. */
class IngestRealDataTest {
  @TempDir
  static Path lake;
  static IngestResult result;
  static Dataset<Row> clean;

  @BeforeAll
  static void ingestTheRealFile() {
    SparkSession spark = SparkTestSession.get();
    result = Fixtures.ingest(lake, RunDate.parse("2016-10-21"))
        .input(TestData.realHead20k().toString()).execute();
    clean = spark.read().parquet(result.outputs().cleanPartition());
  }

  @Test
  void everyRowIsCleanOrQuarantined() {
    assertThat(result.inputRows()).isEqualTo(20_000);
    assertThat(result.rows().clean() + result.rows().quarantined()).isEqualTo(20_000);
    // The head has 9 fields on every line, valid dates/times/amounts and distinct ids.
    assertThat(result.rows().quarantined()).isZero();
    assertThat(clean.count()).isEqualTo(20_000);
    assertThat(clean.select(countDistinct(col("transaction_id"))).first().getLong(0)).isEqualTo(20_000);
    assertThat(clean.select(countDistinct(col("customer_id"))).first().getLong(0)).isEqualTo(19_937);
  }

  @Test
  void softFlagsMatchTheMeasuredQuirks() {
    assertThat(result.rows().flagged(SoftFlag.DOB_PLACEHOLDER)).isEqualTo(1_290);
    assertThat(result.rows().flagged(SoftFlag.DOB_MISSING)).isEqualTo(72);        // the text nan
    assertThat(result.rows().flagged(SoftFlag.DOB_INVALID)).isEqualTo(3);         // 19-01-2021, after the transactions
    assertThat(result.rows().flagged(SoftFlag.GENDER_UNKNOWN)).isEqualTo(11);
    assertThat(result.rows().flagged(SoftFlag.LOCATION_MISSING)).isEqualTo(1);
    assertThat(result.rows().flagged(SoftFlag.BALANCE_MISSING)).isEqualTo(27);
    assertThat(clean.filter(col("customer_dob").isNull()).count()).isEqualTo(1_290 + 72 + 3);
    assertThat(clean.filter(col("customer_dob").geq("2000-01-01")).count()).isEqualTo(29 - 3);
  }

  @Test
  void valuesMatchTheMeasuredDistributions() {
    assertThat(clean.groupBy("gender").count().collectAsList())
        .extracting(r -> r.get(0) + "=" + r.getLong(1))
        .containsExactlyInAnyOrder("M=14414", "F=5575", "null=11");
    Row dates = clean.agg(min("transaction_date"), max("transaction_date"), countDistinct(col("transaction_date"))).first();
    assertThat(dates.getDate(0).toLocalDate()).isEqualTo(LocalDate.of(2016, 8, 1));
    assertThat(dates.getDate(1).toLocalDate()).isEqualTo(LocalDate.of(2016, 10, 21));
    assertThat(dates.getLong(2)).isEqualTo(38);
    Row amounts = clean.agg(min("amount"), max("amount")).first();
    assertThat(amounts.getDouble(0)).isZero();
    assertThat(amounts.getDouble(1)).isEqualTo(455_122.0);
    assertThat(clean.filter(col("amount").equalTo(0)).count()).isEqualTo(15);
    assertThat(clean.agg(max("account_balance")).first().getDouble(0)).isEqualTo(50_999_668.5);
    assertThat(clean.filter(col("account_balance").equalTo(0)).count()).isEqualTo(40);
    assertThat(clean.select("location").distinct().count()).isEqualTo(1_782);   // 1,781 places and null
    assertThat(clean.filter(col("transaction_hour").lt(0).or(col("transaction_hour").gt(23))).count()).isZero();
  }

  @Test
  void quotedLocationsWithCommasAreKeptIntact() {
    List<String> withComma = clean.filter(col("location").contains(",")).select("location")
        .as(Encoders.STRING()).collectAsList();
    assertThat(withComma).hasSize(8).contains("JORHAT, ASSAM", "DOMBIVALI -WEST,THANE", "WHITEFIELD,BANGALORE");
    Row t5323 = clean.filter(col("transaction_id").equalTo("T5323")).first();
    assertThat(t5323.<String>getAs("location")).isEqualTo("JORHAT, ASSAM");
    assertThat(t5323.<Long>getAs("source_line")).isEqualTo(5_324);                 // header is line 1
    assertThat(t5323.<String>getAs("transaction_time")).isEqualTo("09:46:42");     // raw 94642
  }

  @Test
  void reportIsWrittenWithTheSameCounts() {
    IngestReport report = IngestReport.fromJson(Fixtures.read(Path.of(result.outputs().reportPath())));
    assertThat(report.rows().inputRows()).isEqualTo(20_000);
    assertThat(report.quality().softFlags()).containsEntry("dob_placeholder", 1_290L).containsEntry("gender_unknown", 11L);
    assertThat(report.quality().nullsPerColumn()).containsEntry("account_balance", 27L).containsEntry("location", 1L);
    assertThat(report.source().sourceFiles()).singleElement().satisfies(f -> assertThat(f.rows()).isEqualTo(20_000));
    System.out.printf("head20k ingest took %.1f s (in the shared test JVM)%n", result.elapsedSeconds());
  }
}
