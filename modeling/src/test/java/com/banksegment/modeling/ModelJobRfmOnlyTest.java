package com.banksegment.modeling;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.banksegment.config.BadInputException;
import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.modeling.segments.Segment;
import com.banksegment.scorer.CustomerInput;
import com.banksegment.scorer.ModelBundle;
import com.banksegment.scorer.ProspectScorer;
import com.banksegment.scorer.ScoreResult;
import com.banksegment.scorer.Scorer;
import com.banksegment.spark.SparkTestSession;
import com.banksegment.spark.stage.StageContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model stage on a customer table of a source without customer attributes (invoice lines:
 * age, balance and gender null in every row, as the features stage writes them): a model of the
 * three RFM inputs, end to end to the published tables and the bundle.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelJobRfmOnlyTest {
  static final RunDate DAY = RunDate.parse("2011-12-10");

  @TempDir
  static Path lake;
  SparkSession spark;
  SuiteSettings settings;
  ModelResult result;
  ModelBundle bundle;
  final StringBuilder log = new StringBuilder();

  @BeforeAll
  void runOnce() {
    spark = SparkTestSession.get();
    settings = TestSettings.lake(lake);
    withoutAttributes(SyntheticCustomers.generate(spark, 150, 3)).write()
        .parquet(lake + "/clean/customers/run_date=" + DAY);
    result = new ModelJob(StageContext.of(spark, settings, DAY).withProgress(line -> log.append(line).append('\n')))
        .execute();
    bundle = ModelBundle.read(Path.of(result.outputs().modelDir(), ModelBundle.FILE_NAME));
    assertThat(log).contains("model inputs: recency_days, frequency, monetary");
  }

  static Dataset<Row> withoutAttributes(Dataset<Row> customers) {
    return customers.withColumn("age", lit(null).cast("double")).withColumn("balance", lit(null).cast("double"))
        .withColumn("gender", lit(null).cast("string"));
  }

  @Test
  void theBundleRecordsTheThreeInputsAndNoGenderEncoding() {
    assertThat(bundle.features()).containsExactly("recency_days", "frequency", "monetary");
    assertThat(bundle.logFeatures()).containsExactly("frequency", "monetary");
    assertThat(bundle.genderEncoding()).isNull();
    assertThat(bundle.scaler().mean()).hasSize(3);
    assertThat(bundle.pcaDimension()).isBetween(1, 3);
    assertThat(bundle.clusters()).allSatisfy(c -> assertThat(c.typicalCustomer().features())
        .containsExactly("recency_days", "frequency", "monetary"));
  }

  @Test
  void theScorerAgreesWithSparkOnEveryCustomer() {
    Scorer scorer = new Scorer(bundle);
    List<Row> rows = spark.read().parquet(lake + "/published/customer_segments/run_date=" + DAY).collectAsList();

    assertThat(rows).hasSize(450);
    for (Row r : rows) {
      ScoreResult s = scorer.score(CustomerInput.rfm(r.<Integer>getAs("recency_days"), r.<Integer>getAs("frequency"),
          r.getAs("monetary")));
      assertThat(s.clusterId()).as("customer %s", r.<String>getAs("customer_id")).isEqualTo(r.<Integer>getAs("cluster_id"));
      assertThat(s.classifierClusterId()).isEqualTo(r.<Integer>getAs("nb_cluster_id"));
      assertThat(s.features().pca()[0]).isCloseTo(r.<Double>getAs("pca_1"), within(1e-9));
    }
  }

  @Test
  void namesAndActionsUseOnlyTheInputsThereAre() {
    assertThat(result.k()).isGreaterThanOrEqualTo(2);
    assertThat(result.segments()).extracting(Segment::name).allSatisfy(n -> assertThat(n)
        .doesNotContain("Senior", "Young", "young", "seniors", "balance", "savers", "(men)", "(women)"));
    assertThat(result.segments()).extracting(Segment::action)
        .doesNotContain("Offer premium wealth-management and investment products",
            "Digital onboarding, savings goals and first credit card",
            "Pension, fixed deposits and in-branch relationship manager");
  }

  @Test
  void noProspectsClassifierWithoutAnAttributeKnownAtAccountOpeningAndTheBundleAndReportSayWhy() throws Exception {
    assertThat(bundle.prospects()).isNotNull();
    assertThat(bundle.prospects().available()).isFalse();
    assertThat(bundle.prospects().logisticRegression()).isNull();
    assertThat(bundle.prospects().note()).contains("no customer attribute known at account opening",
        "[recency_days, frequency, monetary]");
    assertThat(ProspectScorer.available(bundle)).isFalse();
    assertThat(Path.of(result.outputs().modelDir(), "prospects")).doesNotExist();
    assertThat(log).contains("no prospects classifier");
    Row available = spark.read().parquet(lake + "/published/model_metrics/run_date=" + DAY)
        .where("metric = 'prospect_available'").first();
    assertThat(available.<Double>getAs("value")).isZero();
    assertThat(Files.readString(Path.of(result.outputs().reportDir(), "report.html")))
        .contains("No prospects classifier: " + bundle.prospects().note());
    // The served classifier is still the best of the three, on the three inputs.
    assertThat(bundle.classifier().candidates()).hasSize(3);
    assertThat(bundle.servedClassifier()).isEqualTo(result.served().name());
  }

  @Test
  void thePublishedTablesHaveTheAttributesNullNotMadeUp() {
    Row segments = spark.read().parquet(lake + "/published/customer_segments/run_date=" + DAY)
        .selectExpr("count(*)", "count(age)", "count(balance)", "count(gender)", "count(monetary)").first();
    assertThat(List.of(segments.getLong(0), segments.getLong(1), segments.getLong(2), segments.getLong(3),
        segments.getLong(4))).containsExactly(450L, 0L, 0L, 0L, 450L);
    Row profiles = spark.read().parquet(lake + "/published/segment_profiles/run_date=" + DAY)
        .selectExpr("count(*)", "count(median_age)", "count(mean_balance)", "count(share_male)",
            "count(share_unknown_gender)", "count(median_monetary)", "sum(customers)").first();
    assertThat(List.of(profiles.getLong(1), profiles.getLong(2), profiles.getLong(3), profiles.getLong(4)))
        .containsOnly(0L);
    assertThat(profiles.getLong(5)).isEqualTo(profiles.getLong(0));
    assertThat(profiles.getLong(6)).isEqualTo(450);
  }

  @Test
  void theReportShowsDashesForTheAbsentAttributes() throws Exception {
    String html = Files.readString(Path.of(result.outputs().reportDir(), "report.html"));
    assertThat(html).contains("PCA keeps " + bundle.pcaDimension() + " of 3 components").contains("<td>–</td>");
    assertThat(Files.readString(Path.of(result.outputs().reportDir(), "report.json"))).doesNotContain("NaN")
        .doesNotContain("\"age\"");
  }

  @Test
  void anAttributeInSomeRowsOnlyIsRefusedNamingTheColumn(@TempDir Path other) {
    RunDate day = RunDate.parse("2011-12-11");
    Dataset<Row> half = SyntheticCustomers.generate(spark, 20, 5);
    half.withColumn("age", when(half.col("recency_days").lt(30), lit(null).cast("double")).otherwise(half.col("age")))
        .write().parquet(other + "/clean/customers/run_date=" + day);
    long nulls = half.filter("recency_days < 30").count();

    assertThatThrownBy(() -> new ModelJob(StageContext.of(spark, TestSettings.lake(other), day)
        .withProgress(line -> { })).execute())
        .isInstanceOf(BadInputException.class)
        .hasMessageEndingWith(": " + nulls + " of 60 rows with a null age: expected a value in every row (the features"
            + " stage imputes a missing one) or in none (a source without age)");
  }
}
