package com.banksegment.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.banksegment.config.BadInputException;
import com.banksegment.config.LakeLayout;
import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.contract.LakeTables;
import com.banksegment.features.eda.AttributeConflicts;
import com.banksegment.features.eda.EdaReportWriter;
import com.banksegment.features.eda.SegmentSummary;
import com.banksegment.spark.JobRecorder;
import com.banksegment.spark.SparkTestSession;
import com.banksegment.spark.stage.ProgressSink;
import com.banksegment.spark.stage.StageContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole stage on a nine-customer lake: the written table, the report and the errors. */
class FeaturesJobTest {
  private static final RunDate RUN_DATE = RunDate.parse("2016-10-21");
  private static final SparkSession SPARK = SparkTestSession.get();
  @TempDir
  static Path lake;
  private static SuiteSettings settings;
  private static LakeLayout layout;
  private static FeaturesResult result;
  private static String progress;
  private static List<JobRecorder.Job> jobs;

  @BeforeAll
  static void runOnce() {
    settings = SuiteSettings.load().with("segment.lake.root", lake.toString());
    layout = settings.lake().layout();
    new CleanTransactions()
        .add("CONFLICTED", "1990-01-01", "M", "MUMBAI", 1000.0, "2016-08-01", "10:00:00", 500)
        .add("CONFLICTED", "1991-02-02", "F", "DELHI", 3000.0, "2016-10-20", "19:00:00", 700)
        .add("NO_DOB", null, "F", "PUNE", 200.0, "2016-10-21", "09:00:00", 50)
        .add("PLACEHOLDER_GENDER", "1985-03-03", null, null, null, "2016-09-01", "14:00:00", 0)
        .add("BIG", "1970-07-07", "M", "MUMBAI", 900000.0, "2016-10-19", "11:00:00", 90000)
        .add("SMALL", "2000-01-01", "M", "<b>ODD</script>", 10.0, "2016-08-02", "02:00:00", 5)
        .add("MID1", "1980-01-01", "F", "THANE", 5000.0, "2016-09-15", "12:00:00", 300)
        .add("MID2", "1982-01-01", "M", "THANE", 7000.0, "2016-09-20", "13:00:00", 400)
        .add("MID3", "1984-01-01", "M", "NOIDA", 9000.0, "2016-10-01", "15:00:00", 600)
        .add("MID4", "1986-01-01", "F", "NOIDA", 11000.0, "2016-10-10", "16:00:00", 800)
        .writeTo(SPARK, layout, RUN_DATE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JobRecorder recorder = JobRecorder.listen(SPARK)) {
      result = new FeaturesJob(new StageContext(SPARK, settings, RUN_DATE,
          ProgressSink.to(new PrintStream(out, true, StandardCharsets.UTF_8)))).execute();
      jobs = recorder.jobs();
    }
    progress = out.toString(StandardCharsets.UTF_8);
  }

  private static Dataset<Row> customers() {
    return SPARK.read().parquet(result.outputs().customersPath());
  }

  private static Map<String, Row> byId() {
    Map<String, Row> m = new HashMap<>();
    customers().collectAsList().forEach(r -> m.put(r.getAs("customer_id"), r));
    return m;
  }

  @Test
  void writesOneRowPerCustomerWithTheContractColumns() {
    assertThat(result.outputs().customersPath()).isEqualTo(lake + "/clean/customers/run_date=2016-10-21");
    assertThat(customers().columns()).containsExactlyElementsOf(LakeTables.CUSTOMERS.columnNames());
    assertThat(customers().schema().apply("recency_days").dataType()).isEqualTo(DataTypes.IntegerType);
    assertThat(customers().schema().apply("frequency").dataType()).isEqualTo(DataTypes.IntegerType);
    assertThat(customers().schema().apply("age").dataType()).isEqualTo(DataTypes.DoubleType);
    assertThat(customers().schema().apply("first_txn_date").dataType()).isEqualTo(DataTypes.DateType);
    assertThat(customers().count()).isEqualTo(9);
    assertThat(result.batch().customers()).isEqualTo(9);
    assertThat(result.batch().transactions()).isEqualTo(10);
    assertThat(result.batch().snapshotDate()).isEqualTo(LocalDate.of(2016, 10, 22));
  }

  @Test
  void everySparkJobOfTheRunIsNamedAfterTheStageAndTheDate() {
    JobRecorder.assertEveryJobNamed(jobs, "features", "2016-10-21", "write the customer table (staged)",
        "write EDA table histograms");
  }

  @Test
  void imputesFromTheBatchMediansAndFlagsEveryImputedValue() {
    Map<String, Row> c = byId();
    // Observed ages at 2016-10-22: 25 (CONFLICTED, its 1991 DOB wins), 31, 46, 16, 36, 34, 32, 30 -> median 31.5
    assertThat(result.imputations().medianAge()).isEqualTo(31.5);
    assertThat((double) c.get("NO_DOB").getAs("age")).isEqualTo(31.5);
    assertThat((boolean) c.get("NO_DOB").getAs("age_imputed")).isTrue();
    assertThat((boolean) c.get("SMALL").getAs("age_imputed")).isFalse();
    // Observed balances: 3000, 200, 900000, 10, 5000, 7000, 9000, 11000 -> median (5000 + 7000) / 2
    assertThat((double) c.get("PLACEHOLDER_GENDER").getAs("balance")).isEqualTo(6000.0);
    assertThat((boolean) c.get("PLACEHOLDER_GENDER").getAs("balance_imputed")).isTrue();
    assertThat((String) c.get("PLACEHOLDER_GENDER").getAs("gender")).isEqualTo("U");
    assertThat((boolean) c.get("PLACEHOLDER_GENDER").getAs("gender_imputed")).isTrue();
    assertThat((Object) c.get("PLACEHOLDER_GENDER").getAs("location")).as("location is not imputed").isNull();
    assertThat(result.imputations()).isEqualTo(new FeaturesResult.Imputations(1, 1, 1, 31.5, 6000.0));
  }

  @Test
  void countsConflictsPerCustomerAndInTotal() {
    assertThat((int) byId().get("CONFLICTED").getAs("attribute_conflicts")).isEqualTo(4);
    assertThat((int) byId().get("MID1").getAs("attribute_conflicts")).isZero();
    assertThat(result.conflicts()).isEqualTo(new AttributeConflicts(1, 1, 1, 1, 1));
  }

  @Test
  void scoresAndSegmentsEveryCustomer() {
    Map<String, Row> c = byId();
    assertThat((int) c.get("CONFLICTED").getAs("f_score")).as("the only repeat customer").isEqualTo(5);
    assertThat((int) c.get("MID1").getAs("f_score")).as("eight tied one-off customers").isEqualTo(1);
    assertThat((int) c.get("NO_DOB").getAs("r_score")).as("transacted on the last day").isEqualTo(5);
    assertThat((int) c.get("SMALL").getAs("r_score")).as("the oldest last transaction").isEqualTo(1);
    assertThat((int) c.get("BIG").getAs("m_score")).isEqualTo(5);
    assertThat((int) c.get("PLACEHOLDER_GENDER").getAs("m_score")).as("zero amount").isEqualTo(1);
    Row conflicted = c.get("CONFLICTED");
    assertThat((String) conflicted.getAs("rfm_score")).isEqualTo(
        "" + conflicted.getAs("r_score") + conflicted.getAs("f_score") + conflicted.getAs("m_score"));
    assertThat((String) c.get("SMALL").getAs("rfm_segment")).isEqualTo("Lost");
    assertThat(customers().where("rfm_segment = 'Others'").count()).isZero();
    assertThat(result.segments().stream().mapToLong(SegmentSummary::customers).sum()).isEqualTo(9);
    assertThat(result.segments().stream().map(SegmentSummary::segment).distinct().count())
        .as("one summary row per configured name").isEqualTo(11);
  }

  @Test
  void writesTheReportTablesAndASelfContainedPage() throws Exception {
    assertThat(result.outputs().reportDir()).isEqualTo(lake + "/reports/eda/run_date=2016-10-21");
    for (String table : List.of("column_profile", "histograms", "gender_split", "preferred_hour_bands",
        "top_locations", "daily_volume", "hourly_volume", "correlations", "rfm_segments", "data_quality")) {
      Path dir = Path.of(result.outputs().reportDir(), table);
      try (var files = Files.list(dir)) {
        assertThat(files.filter(f -> f.toString().endsWith(".parquet")).count()).as(table + " as one file").isEqualTo(1);
      }
    }
    Dataset<Row> daily = SPARK.read().parquet(result.outputs().reportDir() + "/daily_volume");
    assertThat(daily.count()).as("every day from 08-01 to 10-21").isEqualTo(82);
    Row thane = SPARK.read().parquet(result.outputs().reportDir() + "/top_locations").where("location = 'THANE'").first();
    assertThat(thane.<Long>getAs("customers")).isEqualTo(2);
    Row amount = SPARK.read().parquet(result.outputs().reportDir() + "/column_profile").where("column = 'amount'").first();
    assertThat(amount.<Long>getAs("count")).isEqualTo(10);
    assertThat(amount.<Double>getAs("max")).isEqualTo(90000.0);
    assertThat(amount.<Double>getAs("p50")).isEqualTo(400.0);

    String html = Files.readString(Path.of(result.outputs().htmlReport()));
    assertThat(html).doesNotContain("{{").contains("Chart.defaults").contains("<canvas id=\"segments\">")
        .contains("Can't Lose Them").doesNotContain("sourceMappingURL");
    assertThat(html).contains("88.9% of customers (8 of 9) made a single transaction");
    assertThat(html).as("data from the batch cannot break out of the page")
        .doesNotContain("ODD</script>").contains("ODD<\\/script>").contains("&lt;b&gt;ODD&lt;/script&gt;");
    String summary = Files.readString(Path.of(result.outputs().reportDir(), "summary.json"));
    assertThat(EdaReportWriter.JSON.readTree(summary).get("customers").asLong()).isEqualTo(9);
    assertThat(progress).contains("[features] customer table written (staged)")
        .contains("[features] customer table and EDA report committed");
  }

  @Test
  void aRerunReplacesThePartition() {
    long before = customers().count();
    FeaturesResult again = new FeaturesJob(StageContext.of(SPARK, settings, RUN_DATE).withProgress(line -> { }))
        .execute();
    assertThat(SPARK.read().parquet(again.outputs().customersPath()).count()).isEqualTo(before);
  }

  /**
   * The order statistics taken in two Spark passes (driver path off) give the same table, and the
   * same column profile but for the distinct counts, which the passes estimate.
   */
  @Test
  void theSparkPassesGiveTheTableOfTheDriversOrderStatistics() {
    List<Row> byDriver = customers().orderBy("customer_id").collectAsList();
    List<Row> profileByDriver = columnProfile();
    FeaturesResult bySpark = new FeaturesJob(StageContext.of(SPARK,
        settings.with("segment.features.driver-statistics-max-customers", 0), RUN_DATE).withProgress(line -> { }))
        .execute();

    assertThat(SPARK.read().parquet(bySpark.outputs().customersPath()).orderBy("customer_id").collectAsList())
        .containsExactlyElementsOf(byDriver);
    assertThat(columnProfile()).containsExactlyElementsOf(profileByDriver);
  }

  private static List<Row> columnProfile() {
    return SPARK.read().parquet(result.outputs().reportDir() + "/column_profile").drop("distinct")
        .orderBy("table", "column").collectAsList();
  }

  @Test
  void aMissingPartitionIsABadInputNamingThePath() {
    assertThatThrownBy(() -> new FeaturesJob(StageContext.of(SPARK, settings, RunDate.parse("2020-01-01")))
        .execute())
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("clean/transactions/run_date=2020-01-01").hasMessageContaining("run the ingest");
  }

  @Test
  void aPartitionWithoutAContractColumnIsABadInputNamingTheColumn() {
    RunDate odd = RunDate.parse("2016-01-01");
    new CleanTransactions().add("C", null, "M", "X", 1.0, "2016-01-01", "10:00:00", 1).toDataset(SPARK)
        .drop("source_line").write().mode(SaveMode.Overwrite)
        .parquet(layout.partition(LakeTables.CLEAN_TRANSACTIONS, odd));
    assertThatThrownBy(() -> new FeaturesJob(StageContext.of(SPARK, settings, odd)).execute())
        .isInstanceOf(BadInputException.class).hasMessageContaining("column source_line is missing");
  }

  @Test
  void anEmptyPartitionIsABadInput() {
    RunDate empty = RunDate.parse("2016-01-02");
    SPARK.createDataFrame(List.of(), CleanTransactions.SCHEMA).write().mode(SaveMode.Overwrite)
        .parquet(layout.partition(LakeTables.CLEAN_TRANSACTIONS, empty));
    assertThatThrownBy(() -> new FeaturesJob(StageContext.of(SPARK, settings, empty)).execute())
        .isInstanceOf(BadInputException.class).hasMessageContaining("no transactions");
  }

  @Test
  void refusesToRunWithoutARunDate() {
    // A job is built with its run date: without one there is no job to run.
    assertThatThrownBy(() -> new StageContext(SPARK, settings, null, ProgressSink.STANDARD_OUT))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("run date");
  }
}
