package com.banksegment.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.banksegment.charts.ChartJs;
import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.modeling.classifier.ClassificationMetrics;
import com.banksegment.modeling.publish.PublishJob;
import com.banksegment.modeling.publish.PublishResult;
import com.banksegment.modeling.segments.Segment;
import com.banksegment.modeling.selection.SweepPoint;
import com.banksegment.scorer.ClassifierParams;
import com.banksegment.scorer.CustomerInput;
import com.banksegment.scorer.Gender;
import com.banksegment.scorer.ModelBundle;
import com.banksegment.scorer.ProspectScorer;
import com.banksegment.scorer.Scorer;
import com.banksegment.spark.JobRecorder;
import com.banksegment.spark.SparkTestSession;
import com.banksegment.spark.stage.ProgressSink;
import com.banksegment.spark.stage.StageContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** One model run on 600 synthetic customers in a temporary lake, checked from the outside. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModelJobTest {
  static final RunDate DAY = RunDate.parse("2016-10-21");

  @TempDir
  static Path lake;
  SparkSession spark;
  SuiteSettings settings;
  ModelResult result;
  String log;
  List<JobRecorder.Job> jobs;

  @BeforeAll
  void runOnce() {
    spark = SparkTestSession.get();
    settings = TestSettings.lake(lake);
    SyntheticCustomers.generate(spark, 200, 1).write().parquet(lake + "/clean/customers/run_date=" + DAY);
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    try (JobRecorder recorder = JobRecorder.listen(spark)) {
      result = new ModelJob(new StageContext(spark, settings, DAY, ProgressSink.to(new PrintStream(progress, true))))
          .execute();
      jobs = recorder.jobs();
    }
    log = progress.toString();
    System.out.print(log);
  }

  @Test
  void findsThePlantedGroupsAndRecordsTheSweep() {
    assertThat(result.clustering().customers()).isEqualTo(600);
    assertThat(result.clustering().selection()).extracting(SweepPoint::algorithm)
        .containsExactly("kmeans", "kmeans", "kmeans", "bisecting-kmeans", "gaussian-mixture", "kmeans");
    // The last row is the final fit at k: the best of the sweep's fit and final-starts more starts.
    assertThat(log).contains("best of the sweep's fit and 40 starts");
    assertThat(result.k()).isBetween(3, 4);
    assertThat(result.clustering().silhouette()).isGreaterThan(0.4);
    assertThat(log).contains("[model]").contains("kmeans k=2 in ").contains("published customer_segments");
  }

  @Test
  void publishesTheBundleThatTheScorerReadsAndItAgreesWithSpark() throws Exception {
    Path bundleFile = Path.of(result.outputs().modelDir(), ModelBundle.FILE_NAME);
    Scorer scorer = Scorer.load(bundleFile);
    List<Row> rows = spark.read().parquet(lake + "/published/customer_segments/run_date=" + DAY).collectAsList();

    assertThat(rows).hasSize(600);
    Map<Integer, String> names = new HashMap<>();
    for (Row r : rows) {
      CustomerInput c = new CustomerInput(r.<Integer>getAs("recency_days"), r.<Integer>getAs("frequency"),
          r.getAs("monetary"), r.getAs("age"), r.getAs("balance"), Gender.parse(r.getAs("gender")));
      var score = scorer.score(c);
      assertThat(score.clusterId()).as("customer %s", r.<String>getAs("customer_id"))
          .isEqualTo(r.<Integer>getAs("cluster_id"));
      assertThat(score.classifierClusterId()).isEqualTo(r.<Integer>getAs("nb_cluster_id"));
      assertThat(score.probabilityOf(score.classifierClusterId()))
          .isCloseTo(r.<Double>getAs("nb_probability"), within(1e-9));
      assertThat(score.features().pca()[0]).isCloseTo(r.<Double>getAs("pca_1"), within(1e-9));
      names.put(r.getAs("cluster_id"), r.getAs("segment_name"));
    }
    assertThat(names).hasSize(result.k());
    assertThat(Files.readString(Path.of(result.outputs().modelDir(), "metrics.json"))).contains("\"weightedF1\"");
    assertThat(Files.isDirectory(Path.of(result.outputs().modelDir(), "segmentation", "stages"))).isTrue();
    assertThat(Files.isDirectory(Path.of(result.outputs().modelDir(), "naive_bayes", "stages"))).isTrue();
    assertThat(Files.isDirectory(Path.of(result.outputs().modelDir(), "classifier", "stages"))).isTrue();
  }

  @Test
  void servesTheClassifierWithTheBestHeldOutWeightedF1AndRecordsEveryCandidate() {
    ModelBundle bundle = ModelBundle.read(Path.of(result.outputs().modelDir(), ModelBundle.FILE_NAME));
    var candidates = bundle.classifier().candidates();
    double best = candidates.stream().mapToDouble(ClassifierParams.Candidate::weightedF1).max().orElseThrow();

    assertThat(candidates).extracting(ClassifierParams.Candidate::name).containsExactly(
        ClassifierParams.NAIVE_BAYES, ClassifierParams.DECISION_TREE, ClassifierParams.LOGISTIC_REGRESSION);
    assertThat(bundle.classifier().servedFigures().weightedF1()).isEqualTo(best);
    assertThat(bundle.servedClassifier()).isEqualTo(result.served().name());
    assertThat(result.served().heldOut().weightedF1()).isEqualTo(best);
    assertThat(candidates.get(0).weightedF1()).isEqualTo(result.naiveBayes().heldOut().weightedF1());
    assertThat(candidates).allSatisfy(c -> assertThat(c.testCustomers()).isBetween(80L, 160L));
    assertThat(candidates.get(2).parameters()).containsEntry("family", "multinomial");
    assertThat(log).contains("served classifier: ");
  }

  @Test
  void trainsAProspectsClassifierOnTheAttributesKnownAtAccountOpeningOnly() throws Exception {
    ModelBundle bundle = ModelBundle.read(Path.of(result.outputs().modelDir(), ModelBundle.FILE_NAME));
    ProspectScorer prospects = new ProspectScorer(bundle);
    double served = bundle.classifier().servedFigures().weightedF1();

    assertThat(bundle.prospects().features()).containsExactly("age", "balance", "gender");
    assertThat(bundle.prospects().figures().testCustomers()).isBetween(80L, 160L);
    assertThat(bundle.prospects().figures().weightedF1()).isBetween(0.0, served);
    assertThat(Files.isDirectory(Path.of(result.outputs().modelDir(), "prospects", "stages"))).isTrue();
    assertThat(Files.readString(Path.of(result.outputs().modelDir(), "metrics.json"))).contains("\"prospects\"");
    ProspectScorer.ProspectResult r = prospects.score(new double[] {40, 50_000, 1});
    assertThat(r.probabilities()).hasSize(result.k());
    assertThat(log).contains("prospects classifier on [age, balance, gender]");
  }

  @Test
  void naiveBayesLearnsTheSegmentsAndIsEvaluatedOnAStratifiedHoldout() {
    ClassificationMetrics nb = result.naiveBayes().heldOut();

    assertThat(nb.weightedF1()).isGreaterThan(0.9);
    assertThat(nb.evaluated()).isBetween(80L, 160L); // about 20 % of 600
    assertThat(result.naiveBayes().centroidAgreement()).isGreaterThan(0.9);
  }

  @Test
  void namesEverySegmentAndGivesItAnAction() {
    assertThat(result.segments()).extracting(Segment::name).doesNotHaveDuplicates().allSatisfy(n -> assertThat(n).isNotBlank());
    assertThat(result.segments()).extracting(Segment::action).allSatisfy(a -> assertThat(a).isNotBlank());
    assertThat(result.segments()).extracting(Segment::id).containsExactlyElementsOf(
        java.util.stream.IntStream.range(0, result.k()).boxed().toList());
    assertThat(result.segments().stream().mapToLong(s -> s.profile().size()).sum()).isEqualTo(600);
  }

  @Test
  void biToolsCanReadThePublishedTablesWithDuckDb() throws Exception {
    String published = lake.resolve("published").toString();
    try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        java.sql.Statement sql = db.createStatement()) {
      java.sql.ResultSet r = sql.executeQuery("SELECT s.run_date, count(*) AS customers, count(DISTINCT s.cluster_id),"
          + " sum(CASE WHEN s.segment_name = p.segment_name THEN 1 ELSE 0 END)"
          + " FROM read_parquet('" + published + "/customer_segments/*/*.parquet', hive_partitioning = true) s"
          + " JOIN read_parquet('" + published + "/segment_profiles/*/*.parquet', hive_partitioning = true) p"
          + " ON s.run_date = p.run_date AND s.cluster_id = p.cluster_id"
          + " GROUP BY s.run_date ORDER BY s.run_date");
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).isEqualTo(DAY.toString());
      assertThat(r.getLong(2)).isEqualTo(600);
      assertThat(r.getLong(3)).isEqualTo(result.k());
      assertThat(r.getLong(4)).isEqualTo(600);
      assertThat(r.next()).isFalse();

      r = sql.executeQuery("SELECT count(*), sum(CASE WHEN chosen THEN 1 ELSE 0 END) FROM read_parquet('"
          + published + "/model_selection/run_date=" + DAY + "/*.parquet')");
      r.next();
      assertThat(r.getLong(1)).isEqualTo(result.clustering().selection().size());
      assertThat(r.getLong(2)).isEqualTo(1);
      r = sql.executeQuery("SELECT value FROM read_parquet('" + published + "/model_metrics/run_date=" + DAY
          + "/*.parquet') WHERE metric = 'nb_weighted_f1' AND cluster_id IS NULL");
      r.next();
      assertThat(r.getDouble(1)).isEqualTo(result.naiveBayes().heldOut().weightedF1());

      // #15: the compared classifiers and the segments' stability, per segment where it applies.
      r = sql.executeQuery("SELECT metric, count(*), min(value), max(value) FROM read_parquet('" + published
          + "/model_metrics/run_date=" + DAY + "/*.parquet') WHERE metric IN ('dt_weighted_f1', 'lr_weighted_f1',"
          + " 'stability_adjusted_rand', 'stability_jaccard', 'dt_confusion') GROUP BY metric ORDER BY metric");
      java.util.Map<String, double[]> figures = new java.util.HashMap<>();
      while (r.next()) {
        figures.put(r.getString(1), new double[] {r.getLong(2), r.getDouble(3), r.getDouble(4)});
      }
      long k = result.k();
      assertThat(figures.get("dt_weighted_f1")[0]).isEqualTo(1);
      assertThat(figures.get("dt_weighted_f1")[1]).as("planted groups: a tree learns them").isGreaterThan(0.9);
      assertThat(figures.get("lr_weighted_f1")[2]).isGreaterThan(0.9);
      assertThat(figures.get("dt_confusion")[0]).isEqualTo(k * k);
      assertThat(figures.get("stability_jaccard")[0]).isEqualTo(k);
      assertThat(figures.get("stability_adjusted_rand")[1]).isBetween(-1.0, 1.0);
    }
  }

  @Test
  void writesTheReportWithItsChartsDrawnByTheSharedChartSpecs() throws Exception {
    String html = Files.readString(Path.of(result.outputs().reportDir(), "report.html"));
    assertThat(html).contains("<canvas id=\"elbow\">").contains("<canvas id=\"scatter\">")
        .contains("Chart.js v" + ChartJs.VERSION).contains("Elbow").contains("Silhouette")
        .contains("Explained variance").contains("actual \\ predicted").doesNotContain("<svg");
    assertThat(Files.readString(Path.of(result.outputs().reportDir(), "report.json"))).contains("\"scatterSample\"");
  }

  /** Issue 16: 3 % repeat customers, as thin as the bank's file: no lifetime numbers, the reason instead. */
  @Test
  void bankLikeDataGetNoLifetimeFiguresButTheirReason() throws Exception {
    Dataset<Row> segments = spark.read().parquet(lake + "/published/customer_segments/run_date=" + DAY);
    assertThat(segments.select("lifetime_status").distinct().collectAsList()).extracting(r -> r.getString(0))
        .containsExactly("NOT_IDENTIFIABLE");
    assertThat(segments.filter("p_alive IS NOT NULL OR expected_transactions IS NOT NULL OR clv IS NOT NULL"
        + " OR expected_spend IS NOT NULL").count()).isZero();
    assertThat(spark.read().parquet(lake + "/published/segment_profiles/run_date=" + DAY)
        .filter("mean_p_alive IS NOT NULL OR sum_clv IS NOT NULL").count()).isZero();
    Map<String, Double> metrics = new HashMap<>();
    spark.read().parquet(lake + "/published/model_metrics/run_date=" + DAY).filter("metric LIKE 'bgnbd%'"
        + " OR metric LIKE 'gamma_gamma%' OR metric LIKE 'lifetime%'").collectAsList()
        .forEach(r -> metrics.put(r.getString(0), r.getDouble(3)));
    assertThat(metrics).containsOnlyKeys("bgnbd_status", "gamma_gamma_status", "lifetime_horizon_days",
        "lifetime_discount_per_day", "lifetime_repeat_customers");
    assertThat(metrics.get("bgnbd_status")).isEqualTo(1.0); // FitStatus.NOT_IDENTIFIABLE
    assertThat(metrics.get("lifetime_repeat_customers")).isBetween(5.0, 40.0);
    String html = Files.readString(Path.of(result.outputs().reportDir(), "report.html"));
    assertThat(html).contains("Customer lifetime value").contains("NOT_IDENTIFIABLE")
        .contains("bought more than once, below the 5.00 %").doesNotContain("<canvas id=\"clv\">");
  }

  @Test
  void everySparkJobOfTheRunIsNamedAfterTheStageAndTheDate() {
    JobRecorder.assertEveryJobNamed(jobs, "model", "2016-10-21", "collect the customers' PCA coordinates to the driver",
        "write customer_segments (staged)");
  }

  @Test
  @Order(1)
  void theModelStageLeavesReadersWhereTheyWereAndLeavesNoStaging() throws Exception {
    assertThat(lake.resolve("published/_LATEST")).as("only publish moves readers").doesNotExist();
    try (var staging = Files.walk(lake.resolve("_staging"))) {
      assertThat(staging.filter(Files::isRegularFile)).isEmpty();
    }
    assertThat(lake.resolve("_staging/model")).doesNotExist();
  }

  @Test
  @Order(2)
  void publishPointsReadersAtTheRunAfterCheckingItsTablesAndBundle() throws Exception {
    PublishResult published = new PublishJob(StageContext.of(spark, settings, DAY).withProgress(line -> { }))
        .execute();

    assertThat(Files.readString(lake.resolve("published/_LATEST")).trim()).isEqualTo(DAY.toString());
    assertThat(published.previousPointer()).isNull();
    assertThat(published.customers()).isEqualTo(600);
    assertThat(published.segments()).isEqualTo(result.k());
  }
}
