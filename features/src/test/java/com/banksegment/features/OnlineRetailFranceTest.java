package com.banksegment.features;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.contract.RejectReason;
import com.banksegment.contract.SoftFlag;
import com.banksegment.ingest.IngestJob;
import com.banksegment.ingest.IngestResult;
import com.banksegment.spark.SparkTestSession;
import com.banksegment.spark.TestData;
import com.banksegment.spark.stage.StageContext;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance on the real ../shared/data/online_retail_france.csv (the UCI Online Retail lines of
 * France) read as the online-retail source: ingest, then features, against the figures measured
 * on the file in ../shared/data/README.md (and re-measured with Python's csv module).
 */
class OnlineRetailFranceTest {
  private static final RunDate RUN_DATE = RunDate.parse("2011-12-09");
  private static final SparkSession SPARK = SparkTestSession.get();
  private static IngestResult ingest;
  private static FeaturesResult features;
  private static Dataset<Row> customers;

  @BeforeAll
  static void ingestAndBuildFeatures() throws Exception {
    Path file = TestData.sharedDataDir().resolve("online_retail_france.csv");
    assumeTrue(Files.isRegularFile(file), "real data file not found: " + file
        + " (this acceptance test needs ../shared/data beside the checkout)");
    Path lake = Files.createTempDirectory("online-retail-france");
    SuiteSettings settings = SuiteSettings.load().with("segment.lake.root", lake.toString());
    ingest = new IngestJob(StageContext.of(SPARK, settings, RUN_DATE)).source("online-retail")
        .input(file.toString()).execute();
    features = new FeaturesJob(StageContext.of(SPARK, settings, RUN_DATE)).execute();
    customers = SPARK.read().parquet(features.outputs().customersPath());
  }

  @Test
  void everyLineIsCleanOrQuarantinedAndOnlyTheLinesWithoutACustomerAreQuarantined() {
    assertThat(ingest.inputRows()).isEqualTo(8_557);
    assertThat(ingest.rows().clean() + ingest.rows().quarantined()).isEqualTo(8_557);
    assertThat(ingest.rows().quarantined()).isEqualTo(66);
    assertThat(ingest.rows().quarantined(RejectReason.MISSING_CUSTOMER_ID)).isEqualTo(66);
  }

  @Test
  void the149CancellationLinesAreKeptAndFlagged() {
    assertThat(ingest.rows().flagged(SoftFlag.CANCELLATION)).isEqualTo(149);
    Dataset<Row> clean = SPARK.read().parquet(ingest.outputs().cleanPartition());
    assertThat(clean.filter(col("cancellation")).count()).isEqualTo(149);
    assertThat(clean.filter(col("cancellation").and(col("transaction_id").startsWith("C"))
        .and(col("quantity").lt(0))).count()).isEqualTo(149);
  }

  @Test
  void customersInvoicesAndMonetaryAreThoseOfThePurchases() {
    assertThat(customers.count()).isEqualTo(87);
    Row totals = customers.agg(sum("frequency"), sum("monetary")).first();
    assertThat(totals.getLong(0)).isEqualTo(389);                       // distinct invoices, not lines
    assertThat(totals.getDouble(1)).isCloseTo(209_024.05, within(0.005)); // sum of Quantity x UnitPrice
    assertThat(features.batch().transactions()).isEqualTo(389);
    assertThat(customers.filter(col("frequency").equalTo(1)).count()).isEqualTo(28);
    assertThat(customers.agg(org.apache.spark.sql.functions.max("frequency")).first().getInt(0)).isEqualTo(31);
    Dataset<Row> clean = SPARK.read().parquet(ingest.outputs().cleanPartition());
    assertThat(clean.filter("NOT cancellation").agg(countDistinct(col("transaction_id"))).first().getLong(0))
        .isEqualTo(389);
  }

  @Test
  void attributesTheSourceLacksAreAbsentNotImputed() {
    assertThat(customers.filter(col("age").isNotNull().or(col("balance").isNotNull())
        .or(col("gender").isNotNull()).or(col("location").isNotNull())).count()).isZero();
    assertThat(customers.filter(col("age_imputed").or(col("balance_imputed")).or(col("gender_imputed"))).count())
        .isZero();
  }

  @Test
  void everyCustomerHasScoresAndANamedRfmSegment() {
    assertThat(customers.filter(col("rfm_segment").isNull().or(col("r_score").isNull())).count()).isZero();
    assertThat(customers.select("rfm_segment").distinct().count()).isGreaterThan(1);
  }
}
