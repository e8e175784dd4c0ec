package com.banksegment.modeling;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.banksegment.config.BadInputException;
import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.modeling.publish.PublishJob;
import com.banksegment.modeling.score.DecideJob;
import com.banksegment.modeling.score.Decision;
import com.banksegment.modeling.score.ScoreJob;
import com.banksegment.modeling.score.ScoreResult;
import com.banksegment.spark.SparkTestSession;
import com.banksegment.spark.stage.StageContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Score-only runs and the refit policy (issue 16), on the lake as the stages leave it: day 1 is
 * decided (refit: nothing served), modelled and published; day 2 (30 customers gone, 45 new, 40
 * savers turned dormant, everyone else unchanged) is decided (score-only: little drift, a young
 * model), scored with day 1's model and published. A third day whose spend is 20 times higher is
 * decided refit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScoreOnlyRunIT {
  static final RunDate DAY1 = RunDate.parse("2016-10-21");
  static final RunDate DAY2 = RunDate.parse("2016-10-22");
  static final RunDate DAY3 = RunDate.parse("2016-10-23");

  @TempDir
  static Path lake;
  SparkSession spark;
  SuiteSettings settings;
  Decision first;
  Decision second;
  ScoreResult scored;

  @BeforeAll
  void refitThenScore() {
    spark = SparkTestSession.get();
    settings = TestSettings.lake(lake);
    Dataset<Row> day1 = SyntheticCustomers.generate(spark, 200, 1);
    Dataset<Row> day2 = SyntheticCustomers.nextDay(spark, day1);
    day1.write().parquet(lake + "/clean/customers/" + DAY1.partition());
    day2.write().parquet(lake + "/clean/customers/" + DAY2.partition());
    day2.withColumn("monetary", col("monetary").multiply(20)).write()
        .parquet(lake + "/clean/customers/" + DAY3.partition());

    first = new DecideJob(context(DAY1)).execute();
    new ModelJob(context(DAY1)).execute();
    new PublishJob(context(DAY1)).execute();
    second = new DecideJob(context(DAY2)).execute();
    scored = new ScoreJob(context(DAY2)).execute();
    new PublishJob(context(DAY2)).execute();
  }

  private StageContext context(RunDate day) {
    return StageContext.of(spark, settings, day);
  }

  @Test
  void thePolicyRefitsWithNothingServedAndScoresAYoungModelWithLittleDrift() throws Exception {
    assertThat(first.stage()).isEqualTo("model");
    assertThat(first.reason()).contains("nothing is served");
    assertThat(second.stage()).as(second.line()).isEqualTo("score");
    assertThat(second.modelRunDate()).isEqualTo(DAY1.toString());
    assertThat(second.modelAgeDays()).isEqualTo(1L);
    assertThat(second.driftLevel()).isNotEqualTo("REFIT");
    assertThat(second.psi()).containsOnlyKeys("recency_days", "frequency", "monetary", "age", "balance", "gender");
    // What the DAG's branch reads.
    assertThat(Files.readString(lake.resolve("reports/decide/" + DAY2.partition() + "/decision.json")))
        .contains("\"stage\" : \"score\"").contains("\"modelRunDate\" : \"" + DAY1 + "\"");
  }

  @Test
  void spendTwentyTimesHigherIsDecidedRefitAgainstTheModelTheScoredRunUsed() {
    // _LATEST is the scored day 2: the policy follows it to day 1's model and its customers.
    Decision shifted = new DecideJob(context(DAY3)).execute();
    assertThat(shifted.stage()).isEqualTo("model");
    assertThat(shifted.reason()).startsWith("drift: PSI of monetary").contains("reaches the refit threshold 0.25");
    assertThat(shifted.servedRunDate()).isEqualTo(DAY2.toString());
    assertThat(shifted.modelRunDate()).isEqualTo(DAY1.toString());
    assertThat(shifted.psi().get("monetary")).isGreaterThan(0.25);
    // Forced paths, and the model's age.
    assertThat(new DecideJob(StageContext.of(spark, settings.with("segment.drift.mode", "score-only"), DAY3))
        .execute().stage()).isEqualTo("score");
    Decision old = new DecideJob(StageContext.of(spark, settings.with("segment.drift.max-model-age-days", 1), DAY2))
        .execute();
    assertThat(old.stage()).isEqualTo("model");
    assertThat(old.reason()).isEqualTo("the served model is 1 days old (max-model-age-days 1)");
  }

  @Test
  void theScoredRunReproducesTheServedAssignmentsOfEveryUnchangedCustomer() {
    Dataset<Row> before = segments(DAY1).select(col("customer_id"), col("cluster_id").as("before"),
        col("recency_days").as("r0"), col("frequency").as("f0"), col("monetary").as("m0"), col("age").as("a0"),
        col("balance").as("b0"), col("gender").as("g0"));
    Dataset<Row> both = segments(DAY2).join(before, "customer_id");
    Column sameInputs = col("recency_days").equalTo(col("r0")).and(col("frequency").equalTo(col("f0")))
        .and(col("monetary").equalTo(col("m0"))).and(col("age").equalTo(col("a0")))
        .and(col("balance").equalTo(col("b0"))).and(col("gender").equalTo(col("g0")));
    assertThat(both.count()).isEqualTo(570);
    Dataset<Row> unchanged = both.filter(sameInputs);
    assertThat(unchanged.count()).isEqualTo(530);
    assertThat(unchanged.filter(col("cluster_id").notEqual(col("before"))).count()).isZero();
    // The served segments' ids and names, and the run's own customers in their profiles.
    Map<Integer, String> names1 = names(DAY1);
    assertThat(names(DAY2)).isEqualTo(names1);
    assertThat(scored.customers()).isEqualTo(615);
    assertThat(scored.modelRunDate()).isEqualTo(DAY1);
    List<Row> profiles = profiles(DAY2).collectAsList();
    assertThat(profiles.stream().mapToLong(r -> r.getLong(r.fieldIndex("customers"))).sum()).isEqualTo(615);
    assertThat(profiles).allSatisfy(r -> {
      assertThat(r.getString(r.fieldIndex("previous_run_date"))).isEqualTo(DAY1.toString());
      assertThat(r.getString(r.fieldIndex("action"))).isNotBlank();
    });
  }

  @Test
  void theScoredRunSaysWhichModelItUsedAndKeepsThatModelsFigures() throws Exception {
    Path folder = lake.resolve("models/" + DAY2.partition());
    assertThat(Files.readString(folder.resolve("scored.properties"))).contains("model_run_date=" + DAY1)
        .contains("customers=615");
    assertThat(Files.readString(folder.resolve("bundle.json")))
        .isEqualTo(Files.readString(lake.resolve("models/" + DAY1.partition() + "/bundle.json")));
    assertThat(folder.resolve("segmentation")).doesNotExist();
    Map<String, Double> m1 = metrics(DAY1);
    Map<String, Double> m2 = metrics(DAY2);
    assertThat(m1.get("scored_run")).isZero();
    assertThat(m2.get("scored_run")).isEqualTo(1.0);
    assertThat(m2.get("model_run_date")).isEqualTo(20161021.0);
    assertThat(m2.get("model_age_days")).isEqualTo(1.0);
    assertThat(m2.get("customers")).isEqualTo(615.0);
    assertThat(m2.get("silhouette")).isEqualTo(m1.get("silhouette"));
    assertThat(m2.get("k")).isEqualTo(m1.get("k"));
    assertThat(m2).containsKeys("psi_monetary", "drift_level", "bgnbd_status");
    assertThat(spark.read().parquet(lake + "/published/model_selection/" + DAY2.partition()).collectAsList())
        .containsExactlyInAnyOrderElementsOf(
            spark.read().parquet(lake + "/published/model_selection/" + DAY1.partition()).collectAsList());
    assertThat(Files.readString(lake.resolve("published/_LATEST")).trim()).isEqualTo(DAY2.toString());
  }

  @Test
  void theMigrationFromTheRefitToTheScoredRunAddsUpAndOnlyChangedCustomersMove() {
    Map<String, Long> m = spark.read().parquet(lake + "/published/segment_migration/" + DAY2.partition())
        .groupBy("movement").sum("customers").collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1)));
    assertThat(m.get("new")).isEqualTo(45L);
    assertThat(m.get("gone")).isEqualTo(30L);
    assertThat(m.get("stayed") + m.get("moved")).isEqualTo(570L);
    List<Row> movers = spark.read().parquet(lake + "/published/segment_movers/" + DAY2.partition()).collectAsList();
    assertThat(movers).hasSize((int) (long) m.get("moved")).isNotEmpty().allSatisfy(r -> {
      int id = Integer.parseInt(r.getString(r.fieldIndex("customer_id")).substring(1));
      assertThat(id % 3).isEqualTo(1);
      assertThat(id).isBetween(31, 150);
    });
  }

  @Test
  void scoringNeedsAServedModelOfAnotherDate() {
    assertThatThrownBy(() -> new ScoreJob(StageContext.of(spark, settings.with("segment.lake.root",
        lake.resolve("empty").toString()), DAY2)).execute())
        .isInstanceOf(BadInputException.class).hasMessageContaining("no model is served");
    // Readers see day 2, whose model is day 1's: day 1 cannot be scored with its own model.
    assertThatThrownBy(() -> new ScoreJob(context(DAY1)).execute())
        .isInstanceOf(BadInputException.class).hasMessageContaining("it was fitted on " + DAY1 + " itself");
  }

  private Dataset<Row> segments(RunDate day) {
    return spark.read().parquet(lake + "/published/customer_segments/" + day.partition());
  }

  private Dataset<Row> profiles(RunDate day) {
    return spark.read().parquet(lake + "/published/segment_profiles/" + day.partition());
  }

  private Map<Integer, String> names(RunDate day) {
    return profiles(day).collectAsList().stream().collect(Collectors.toMap(
        r -> r.getInt(r.fieldIndex("cluster_id")), r -> r.getString(r.fieldIndex("segment_name"))));
  }

  private Map<String, Double> metrics(RunDate day) {
    return spark.read().parquet(lake + "/published/model_metrics/" + day.partition()).filter("cluster_id IS NULL")
        .collectAsList().stream().collect(Collectors.toMap(r -> r.getString(0), r -> r.getDouble(3)));
  }
}
