package com.banksegment.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.cli.SuiteStage;
import com.banksegment.contract.ScoredRun;
import com.banksegment.modeling.score.Decision;
import com.banksegment.spark.ScriptRun;
import com.banksegment.spark.SparkTestSession;
import com.banksegment.spark.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.apache.hadoop.yarn.server.resourcemanager.rmapp.RMApp;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suite's own application jar on a real YARN with the lake on a real HDFS (MiniYARNCluster
 * and MiniDFSCluster in this JVM: a ResourceManager, a NodeManager, a NameNode, a DataNode).
 *
 * <p>As on a cluster: the bootstrap script lays the lake out, the day's real file lands in raw/
 * with its {@code _SUCCESS} marker, and every stage in {@link SuiteStage} order is submitted by
 * the operators' wrapper (deploy/bin/spark-submit-stage.sh) in cluster mode, the driver in the
 * YARN ApplicationMaster, with the cluster's spark-defaults.conf and the yarn profile. The
 * submitting "edge node" has only HADOOP_CONF_DIR; spark-submit is Spark's own SparkSubmit on a
 * Spark 4.2 distribution's jars (deploy/dev/spark-submit-classpath.sh), and the containers take
 * the same jars from this machine's disk (spark.yarn.jars=local:...).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineOnYarnIT {
  private static final String RUN_DATE = "2016-10-21";
  private static final String BAD_DATE = "2016-10-22";
  /** A later day with the same customers: the served model is two days old and nothing drifted. */
  private static final String SCORED_DATE = "2016-10-23";
  private static final String LAKE = "/bank/segmentation/lake";

  @TempDir static Path tmp;
  private static MiniHadoop hadoop;
  private static FileSystem fs;

  @BeforeAll
  static void startHdfsAndYarn() throws Exception {
    hadoop = MiniHadoop.hdfsAndYarn(tmp);
    fs = hadoop.fileSystem();
  }

  @AfterAll
  static void stopClusters() {
    if (hadoop != null) {
      hadoop.close();
    }
  }

  @Test
  @Order(1)
  void bootstrapScriptLaysOutTheLakeWithOwnersAndPermissionsAndCanRunAgain() throws Exception {
    // `hdfs dfs` is Hadoop's FsShell with the client configuration (HADOOP_CONF_DIR) first on
    // the class path; here that configuration points at the mini cluster.
    Map<String, String> env = Map.of("HDFS_CMD", "java -XX:TieredStopAtLevel=1 -cp " + hadoop.confDir() + ":"
        + Scripts.hadoopClientClassPath() + " org.apache.hadoop.fs.FsShell");
    for (int run = 1; run <= 2; run++) {
      ScriptRun result = ScriptRun.run(Scripts.DEPLOY.resolve("bin/hdfs-bootstrap.sh"), env,
          tmp.resolve("bootstrap-" + run + ".log"), Duration.ofMinutes(3), LAKE);
      assertThat(result.exitCode()).as("run %d:%n%s", run, result.output()).isZero();
    }

    assertFolder(LAKE, "segment", "segment", "rwxr-xr-x");
    assertFolder(LAKE + "/raw/transactions", "segment", "bank-landing", "rwxrwx---");
    assertFolder(LAKE + "/clean/customers", "segment", "segment", "rwxr-x---");
    assertFolder(LAKE + "/quarantine", "segment", "segment", "rwx------");
    assertFolder(LAKE + "/published", "segment", "bank-bi", "rwxr-x---");
    assertFolder(LAKE + "/reports/modeling", "segment", "bank-bi", "rwxr-x---");
    assertFolder(LAKE + "/models", "segment", "bank-bi", "rwxr-x---");
    assertFolder(LAKE + "/_staging", "segment", "segment", "rwx------");
    assertFolder("/bank/segmentation/app", "segment", "segment", "rwxr-xr-x");
    assertFolder("/spark-history", fs.getFileStatus(new org.apache.hadoop.fs.Path("/")).getOwner(),
        null, "rwxrwxrwt");
  }

  @Test
  @Order(2)
  void everyStageRunsOnYarnInClusterModeAndPublishesOnHdfs() throws Exception {
    land(RUN_DATE, TestData.realHead20k());
    // On a fresh lake nothing is served, so decide chooses the refit (model), as the DAG would.
    List<String> stages = submitEveryStageAsTheDagWould(RUN_DATE, "model");

    List<RMApp> apps = applications();
    assertThat(apps).extracting(RMApp::getName)
        .containsExactly(stages.stream().map(stage -> name(stage, RUN_DATE)).toArray(String[]::new));
    for (RMApp app : apps) {
      assertThat(app.createApplicationState()).as(app.getName()).isEqualTo(YarnApplicationState.FINISHED);
      assertThat(app.getFinalApplicationStatus()).as(app.getName()).isEqualTo(FinalApplicationStatus.SUCCEEDED);
      assertThat(app.getQueue()).as(app.getName()).isEqualTo("root.default");
      assertThat(app.getApplicationType()).as(app.getName()).isEqualTo("SPARK");
    }

    String lake = hadoop.hdfsUri() + LAKE;
    SparkSession spark = SparkTestSession.get();
    long clean = spark.read().parquet(lake + "/clean/transactions/run_date=" + RUN_DATE).count();
    long quarantined = spark.read().parquet(lake + "/quarantine/transactions/run_date=" + RUN_DATE).count();
    assertThat(clean + quarantined).isEqualTo(20_000);
    long customers = spark.read().parquet(lake + "/clean/customers/run_date=" + RUN_DATE).count();
    assertThat(customers).isEqualTo(19_937);
    assertThat(spark.read().parquet(lake + "/published/customer_segments/run_date=" + RUN_DATE)
        .select("customer_id").distinct().count()).isEqualTo(customers);
    assertThat(spark.read().parquet(lake + "/published/customer_segments/run_date=" + RUN_DATE).count())
        .isEqualTo(customers);
    for (String table : List.of("segment_profiles", "model_selection", "model_metrics")) {
      assertThat(spark.read().parquet(lake + "/published/" + table + "/run_date=" + RUN_DATE).count())
          .as(table).isPositive();
    }
    assertThat(readText(LAKE + "/models/run_date=" + RUN_DATE + "/bundle.json")).contains("\"" + RUN_DATE + "\"");
    assertThat(readText(LAKE + "/published/_LATEST").trim()).isEqualTo(RUN_DATE);
    assertThat(fs.listFiles(hdfs(LAKE + "/_staging"), true).hasNext()).as("no file left in _staging").isFalse();
    assertThat(fs.listStatus(hdfs(LAKE + "/_staging"))).as("no stage folder left in _staging").isEmpty();
  }

  @Test
  @Order(3)
  void aStageAlsoRunsInClientModeWithTheDriverOnTheSubmittingMachine() throws Exception {
    int before = applications().size();
    ScriptRun run = submit("publish", RUN_DATE, "client");

    assertThat(run.exitCode()).as("wrapper exit code; log:%n%s", tail(run)).isZero();
    // In client mode the driver's own output reaches the submitting console.
    assertThat(run.output()).contains("published/_LATEST");
    List<RMApp> apps = applications();
    assertThat(apps).hasSize(before + 1);
    RMApp app = apps.get(apps.size() - 1);
    assertThat(app.getName()).isEqualTo(name("publish", RUN_DATE));
    assertThat(app.getFinalApplicationStatus()).isEqualTo(FinalApplicationStatus.SUCCEEDED);
    assertThat(readText(LAKE + "/published/_LATEST").trim()).isEqualTo(RUN_DATE);
  }

  @Test
  @Order(4)
  void aStageWithBadInputFailsItsApplicationAndLeavesThePublishedRunAlone() throws Exception {
    Path badFile = tmp.resolve("wrong-header.csv");
    Files.writeString(badFile, "TxnId,Customer,When\nT1,C1,21/10/16\n", StandardCharsets.UTF_8);
    land(BAD_DATE, badFile);
    int before = applications().size();

    ScriptRun run = submit("ingest", BAD_DATE, "cluster");

    assertThat(run.exitCode()).as("wrapper exit code; log:%n%s", tail(run)).isNotZero();
    List<RMApp> apps = applications();
    assertThat(apps).hasSize(before + 1);
    RMApp app = apps.get(apps.size() - 1);
    assertThat(app.getName()).isEqualTo(name("ingest", BAD_DATE));
    assertThat(app.getFinalApplicationStatus()).isEqualTo(FinalApplicationStatus.FAILED);
    // The driver ran in the ApplicationMaster's container: its log holds the one-line reason.
    String driverLog = driverStderr(app);
    assertThat(driverLog).containsPattern("segment ingest: error: .*wrong-header\\.csv.*header");
    // YARN's own diagnostics carry it too (what `yarn application -status` shows an operator).
    assertThat(app.getDiagnostics().toString()).contains("segment ingest: error:");

    assertThat(readText(LAKE + "/published/_LATEST").trim()).isEqualTo(RUN_DATE);
    assertThat(fs.exists(hdfs(LAKE + "/clean/transactions/run_date=" + BAD_DATE))).isFalse();
    String lake = hadoop.hdfsUri() + LAKE;
    assertThat(SparkTestSession.get().read().parquet(lake + "/published/customer_segments/run_date=" + RUN_DATE)
        .count()).isEqualTo(19_937);
  }

  @Test
  @Order(5)
  void aLaterDayWithNothingDriftedIsScoredOnYarnWithTheServedModelAndPublished() throws Exception {
    land(SCORED_DATE, TestData.realHead20k());
    int before = applications().size();

    List<String> stages = submitEveryStageAsTheDagWould(SCORED_DATE, "score");

    List<RMApp> apps = applications();
    assertThat(apps.subList(before, apps.size())).extracting(RMApp::getName)
        .containsExactly(stages.stream().map(stage -> name(stage, SCORED_DATE)).toArray(String[]::new));
    assertThat(apps.subList(before, apps.size())).allSatisfy(app ->
        assertThat(app.getFinalApplicationStatus()).as(app.getName()).isEqualTo(FinalApplicationStatus.SUCCEEDED));
    assertThat(readText(LAKE + "/published/_LATEST").trim()).isEqualTo(SCORED_DATE);
    assertThat(readText(LAKE + "/models/run_date=" + SCORED_DATE + "/" + ScoredRun.FILE_NAME))
        .contains("model_run_date=" + RUN_DATE).contains("customers=19937");
    // The same customers through the same served model land in the same segments, customer by customer.
    String lake = hadoop.hdfsUri() + LAKE;
    SparkSession spark = SparkTestSession.get();
    Dataset<Row> modelled = spark.read().parquet(lake + "/published/customer_segments/run_date=" + RUN_DATE)
        .select("customer_id", "cluster_id");
    Dataset<Row> scored = spark.read().parquet(lake + "/published/customer_segments/run_date=" + SCORED_DATE)
        .select("customer_id", "cluster_id");
    assertThat(scored.count()).isEqualTo(19_937);
    assertThat(scored.except(modelled).count()).as("customers scored into another segment").isZero();
  }

  /**
   * Submits ingest, features and decide, then the stage decide chose (read from its decision file,
   * as the DAG's branch does over WebHDFS), then publish; returns the stages in submission order.
   */
  private static List<String> submitEveryStageAsTheDagWould(String runDate, String expectedDecision)
      throws Exception {
    List<String> submitted = new ArrayList<>();
    List<String> timings = new ArrayList<>();
    for (SuiteStage stage : SuiteStage.values()) {
      if (stage.chosenByDecide()) {
        String decision = readText(LAKE + "/reports/decide/run_date=" + runDate + "/" + Decision.FILE_NAME);
        assertThat(decision).as("decision of " + runDate)
            .containsPattern("\"stage\"\\s*:\\s*\"" + expectedDecision + "\"");
        if (!stage.command().equals(expectedDecision)) {
          continue;
        }
      }
      long start = System.nanoTime();
      ScriptRun run = submit(stage.command(), runDate, "cluster");
      timings.add(stage.command() + " " + (System.nanoTime() - start) / 1_000_000 + " ms");
      submitted.add(stage.command());
      assertThat(run.exitCode()).as("%s: wrapper exit code; log:%n%s", stage.command(), tail(run)).isZero();
      if (stage.chosenByDecide()) {
        // Only publish moves readers: after the model or score stage _LATEST is not this day yet.
        assertThat(fs.exists(hdfs(LAKE + "/published/_LATEST"))
            && readText(LAKE + "/published/_LATEST").trim().equals(runDate))
            .as("_LATEST names %s before publish", runDate).isFalse();
      }
    }
    System.out.println("spark-submit-stage.sh on MiniYARNCluster, cluster mode, " + runDate + ": " + timings);
    return submitted;
  }

  /** Lands a file in the day's raw folder, then the marker the upstream transfer writes last. */
  private static void land(String runDate, Path file) throws IOException {
    org.apache.hadoop.fs.Path landing = hdfs(LAKE + "/raw/transactions/run_date=" + runDate);
    fs.mkdirs(landing);
    fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(file.toString()),
        new org.apache.hadoop.fs.Path(landing, file.getFileName().toString()));
    fs.create(new org.apache.hadoop.fs.Path(landing, "_SUCCESS")).close();
  }

  /** One stage through the operators' wrapper, against the mini YARN, in the given deploy mode. */
  private static ScriptRun submit(String stage, String runDate, String deployMode) throws Exception {
    String javaHome = System.getProperty("java.home");
    Map<String, String> env = new HashMap<>();
    env.put("SPARK_SUBMIT", Scripts.DEPLOY.resolve("dev/spark-submit-classpath.sh").toString());
    env.put("SPARK_CLASSPATH_FILE", Scripts.sparkClassPathFile().toString());
    env.put("SPARK_JVM_FLAGS", System.getProperty("spark.jvm.flags"));
    env.put("SPARK_SUBMIT_HEAP", "1g");
    env.put("HADOOP_CONF_DIR", hadoop.confDir().toString());
    env.put("SEGMENT_APP_JAR", System.getProperty("app.jar"));
    env.put("SEGMENT_LAKE_ROOT", hadoop.hdfsUri() + LAKE);
    env.put("SPARK_MASTER", "yarn");
    env.put("SPARK_DEPLOY_MODE", deployMode);
    // What a two-core test machine can host instead of the file's cluster sizing: a 1 GB driver
    // and one 1 GB executor with 2 cores; Spark's jars from this disk, as from spark.yarn.archive.
    env.put("SPARK_CONF", String.join(" ",
        "spark.yarn.jars=" + Scripts.sparkJarsForContainers(),
        "spark.yarn.appMasterEnv.JAVA_HOME=" + javaHome,
        "spark.executorEnv.JAVA_HOME=" + javaHome,
        "spark.driver.memory=1g", "spark.driver.cores=1",
        "spark.executor.memory=1g", "spark.executor.cores=2", "spark.executor.memoryOverhead=384m",
        "spark.yarn.am.memory=512m",
        "spark.dynamicAllocation.minExecutors=1", "spark.dynamicAllocation.initialExecutors=1",
        "spark.dynamicAllocation.maxExecutors=1",
        "spark.sql.shuffle.partitions=4", "spark.eventLog.enabled=false", "spark.ui.enabled=false",
        "spark.yarn.report.interval=2s"));
    // A shorter k sweep keeps CI's time down; the sweep itself is tested in the modeling module.
    env.put("SEGMENT_CONF", "segment.modeling.k-max=6");
    Path log = tmp.resolve(stage + "-" + runDate + "-" + deployMode + ".log");
    return ScriptRun.run(Scripts.DEPLOY.resolve("bin/spark-submit-stage.sh"), env, log, Duration.ofMinutes(8),
        stage, runDate);
  }

  /** Every application the ResourceManager knows, in submission order. */
  private static List<RMApp> applications() {
    return hadoop.yarn().getResourceManager().getRMContext().getRMApps().values().stream()
        .sorted(Comparator.comparing(RMApp::getApplicationId)).toList();
  }

  /** The stderr of the application's first container: the ApplicationMaster, with the driver. */
  private static String driverStderr(RMApp app) throws IOException {
    String id = app.getApplicationId().toString();
    for (Path dir : hadoop.containerLogDirs()) {
      Path appDir = dir.resolve(id);
      if (Files.isDirectory(appDir)) {
        try (Stream<Path> containers = Files.list(appDir)) {
          Path first = containers.filter(c -> c.getFileName().toString().endsWith("_000001")).findFirst()
              .orElseThrow(() -> new AssertionError("no ApplicationMaster container log in " + appDir));
          return Files.readString(first.resolve("stderr"), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no container logs of " + id + " under " + hadoop.containerLogDirs());
  }

  private static String name(String stage, String runDate) {
    return "bank-segmentation-" + stage + "-" + runDate;
  }

  private static String tail(ScriptRun run) {
    String out = run.output();
    return out.length() > 8_000 ? out.substring(out.length() - 8_000) : out;
  }

  private static org.apache.hadoop.fs.Path hdfs(String path) {
    return new org.apache.hadoop.fs.Path(path);
  }

  private static String readText(String path) throws IOException {
    try (FSDataInputStream in = fs.open(hdfs(path))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void assertFolder(String path, String owner, String group, String permission) throws Exception {
    FileStatus status = fs.getFileStatus(hdfs(path));
    assertThat(status.isDirectory()).as(path).isTrue();
    assertThat(status.getOwner()).as(path).isEqualTo(owner);
    if (group != null) {
      assertThat(status.getGroup()).as(path).isEqualTo(group);
    }
    assertThat(status.getPermission().toString()).as(path).isEqualTo(permission);
  }
}
