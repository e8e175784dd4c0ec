package com.banksegment.modeling;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.banksegment.config.BadInputException;
import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.modeling.publish.PublishJob;
import com.banksegment.spark.SparkTestSession;
import com.banksegment.spark.stage.StageContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three consecutive published runs (issue 16): day 2 loses 30 of day 1's 600 customers, gains 45
 * and turns 40 recently active savers dormant; day 3 has day 2's customers unchanged. The
 * migration's counts must add up to both runs' customers, and a failed publish must leave the
 * last published migration and pointer as they were. Drift against the served model is measured
 * on the same days, and on a fifth day (modelled, not published) whose spend is 20 times higher.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SegmentMigrationIT {
  static final RunDate DAY1 = RunDate.parse("2016-10-21");
  static final RunDate DAY2 = RunDate.parse("2016-10-22");
  static final RunDate DAY3 = RunDate.parse("2016-10-23");
  static final RunDate DAY5 = RunDate.parse("2016-10-25");

  @TempDir
  static Path lake;
  SparkSession spark;
  SuiteSettings settings;

  @BeforeAll
  void publishThreeDays() {
    spark = SparkTestSession.get();
    settings = TestSettings.lake(lake);
    Dataset<Row> day1 = SyntheticCustomers.generate(spark, 200, 1);
    Dataset<Row> day2 = SyntheticCustomers.nextDay(spark, day1);
    day1.write().parquet(lake + "/clean/customers/" + DAY1.partition());
    day2.write().parquet(lake + "/clean/customers/" + DAY2.partition());
    day2.write().parquet(lake + "/clean/customers/" + DAY3.partition());
    for (RunDate day : List.of(DAY1, DAY2, DAY3)) {
      new ModelJob(StageContext.of(spark, settings, day)).execute();
      new PublishJob(StageContext.of(spark, settings, day)).execute();
    }
    // Day 5, modelled but not published: everyone spends 20 times as much.
    day2.withColumn("monetary", col("monetary").multiply(20))
        .write().parquet(lake + "/clean/customers/" + DAY5.partition());
    new ModelJob(StageContext.of(spark, settings, DAY5)).execute();
  }

  /** Drift (issue 16) is measured against the served model: none on day 1, none on unchanged customers. */
  @Test
  void driftIsZeroOnTheServedModelsOwnCustomersAndRefitsWhenSpendShifts() throws Exception {
    assertThat(metrics(DAY1)).doesNotContainKeys("psi_monetary", "drift_level");
    Map<String, Double> same = metrics(DAY3);
    for (String input : List.of("recency_days", "frequency", "monetary", "age", "balance", "gender")) {
      assertThat(same.get("psi_" + input)).as(input).isZero();
    }
    assertThat(same.get("drift_level")).isZero();
    // The served run's own customers: by construction about 1 % lie beyond its 99th percentile (7 of 615).
    assertThat(same.get("far_from_centroid_share")).isCloseTo(0.01, within(0.005));
    Map<String, Double> shifted = metrics(DAY5);
    assertThat(shifted.get("psi_monetary")).isGreaterThan(0.25);
    assertThat(shifted.get("psi_age")).isZero();
    assertThat(shifted.get("drift_level")).isEqualTo(2.0);
    // Measured 2.4 %: spend x 20 moves customers along the monetary axis, mostly still within the
    // served fit's 99th-percentile distance (the planted groups are far apart); PSI is the sharp signal.
    assertThat(shifted.get("far_from_centroid_share")).isGreaterThan(2 * shifted.get("far_from_centroid_expected_share"));
    assertThat(Files.readString(lake.resolve("reports/modeling/" + DAY5.partition() + "/report.html")))
        .contains("Drift against the served model").contains("run of " + DAY3).contains("level <b>REFIT</b>");
  }

  private Map<String, Double> metrics(RunDate day) {
    return spark.read().parquet(lake + "/published/model_metrics/" + day.partition()).filter("cluster_id IS NULL")
        .collectAsList().stream().collect(Collectors.toMap(r -> r.getString(0), r -> r.getDouble(3)));
  }

  @Test
  void theFirstPublishHasNoPreviousRunAndEveryCustomerIsNew() {
    Map<String, Long> m = byMovement(DAY1);
    assertThat(m).containsExactly(Map.entry("new", 600L));
    assertThat(migration(DAY1).filter(col("previous_run_date").isNotNull()).count()).isZero();
    assertThat(movers(DAY1).count()).isZero();
  }

  @Test
  void theSecondDaysCountsAddUpToBothRuns() {
    Map<String, Long> m = byMovement(DAY2);
    assertThat(m.get("new")).isEqualTo(45L);
    assertThat(m.get("gone")).isEqualTo(30L);
    assertThat(m.get("stayed") + m.get("moved")).isEqualTo(570L);
    assertThat(m.get("stayed") + m.get("moved") + m.get("new")).isEqualTo(615L);
    assertThat(migration(DAY2).select("previous_run_date").distinct().collectAsList())
        .extracting(r -> r.getString(0)).containsExactly(DAY1.toString());
    // The 40 savers made dormant are the ones who move, and only they.
    assertThat(m.get("moved")).isEqualTo(40L);
    List<Row> movers = movers(DAY2).collectAsList();
    assertThat(movers).hasSize(40).allSatisfy(r -> {
      assertThat(r.getInt(r.fieldIndex("from_cluster_id"))).isNotEqualTo(r.getInt(r.fieldIndex("to_cluster_id")));
      int id = Integer.parseInt(r.getString(r.fieldIndex("customer_id")).substring(1));
      assertThat(id % 3).isEqualTo(1);
      assertThat(id).isBetween(31, 150);
    });
    assertThat(movers).extracting(r -> r.getString(r.fieldIndex("to_segment_name"))).allMatch(n -> n.contains("Dormant"));
    // Each pair's count is the number of movers of that pair.
    Map<String, Long> pairs = movers.stream().collect(Collectors.groupingBy(
        r -> r.get(r.fieldIndex("from_cluster_id")) + ">" + r.get(r.fieldIndex("to_cluster_id")), Collectors.counting()));
    for (Row r : migration(DAY2).filter(col("movement").equalTo("moved")).collectAsList()) {
      assertThat(pairs.get(r.get(r.fieldIndex("from_cluster_id")) + ">" + r.get(r.fieldIndex("to_cluster_id"))))
          .isEqualTo(r.getLong(r.fieldIndex("customers")));
    }
  }

  @Test
  void theThirdDayOnTheSameCustomersMovesNobody() {
    Map<String, Long> m = byMovement(DAY3);
    assertThat(m).containsOnlyKeys("stayed").containsEntry("stayed", 615L);
    assertThat(movers(DAY3).count()).isZero();
  }

  @Test
  void aRepublishKeepsItsPreviousRunAndAFailedPublishLeavesTheLastPublishedTables() throws Exception {
    List<Row> before = migration(DAY3).orderBy("movement", "to_cluster_id").collectAsList();
    new PublishJob(StageContext.of(spark, settings, DAY3)).execute();
    assertThat(migration(DAY3).select("previous_run_date").distinct().collectAsList())
        .extracting(r -> r.getString(0)).containsExactly(DAY2.toString());

    RunDate day4 = RunDate.parse("2016-10-24");
    assertThatThrownBy(() -> new PublishJob(StageContext.of(spark, settings, day4)).execute())
        .isInstanceOf(BadInputException.class).hasMessageContaining("model bundle");
    assertThat(Files.readString(lake.resolve("published/_LATEST")).trim()).isEqualTo(DAY3.toString());
    assertThat(Files.exists(lake.resolve("published/segment_migration/" + day4.partition()))).isFalse();
    assertThat(migration(DAY3).orderBy("movement", "to_cluster_id").collectAsList()).isEqualTo(before);
  }

  private Dataset<Row> migration(RunDate day) {
    return spark.read().parquet(lake + "/published/segment_migration/" + day.partition());
  }

  private Dataset<Row> movers(RunDate day) {
    return spark.read().parquet(lake + "/published/segment_movers/" + day.partition());
  }

  private Map<String, Long> byMovement(RunDate day) {
    return migration(day).groupBy("movement").sum("customers").collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1)));
  }
}
