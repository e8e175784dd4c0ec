package com.banksegment.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.cli.PipelineStage;
import com.banksegment.spark.ScriptRun;
import com.banksegment.spark.SparkTestSession;
import com.banksegment.spark.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lake on a real HDFS (MiniDFSCluster: a NameNode and a DataNode in this JVM): the bootstrap
 * script lays it out, the day's real file lands in raw/ as the landing transfer would put it,
 * and every stage, in {@link PipelineStage} order, is submitted by the operators' wrapper
 * (deploy/bin/spark-submit-stage.sh with the cluster's spark-defaults.conf and the yarn
 * profile) with only the master changed to local[2], from an "edge node" whose HADOOP_CONF_DIR
 * points at this HDFS. Ingest reads the landing folder, as under the DAG. spark-submit is
 * deploy/dev/spark-submit-classpath.sh: Spark's own SparkSubmit on a Spark distribution's jars
 * (none is installed here), so the application jar must bring all that Spark does not.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineOnHdfsIT {
  private static final String RUN_DATE = "2016-10-21";
  private static final String LAKE = "/bank/segmentation/lake";

  @TempDir static Path tmp;
  private static MiniHadoop hadoop;
  private static FileSystem fs;

  @BeforeAll
  static void startHdfs() throws Exception {
    hadoop = MiniHadoop.hdfs(tmp);
    fs = hadoop.fileSystem();
  }

  @AfterAll
  static void stopHdfs() {
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
  void everyStageRunsThroughTheWrapperWithTheLakeOnHdfsAndPublishesThere() throws Exception {
    String lake = hadoop.hdfsUri() + LAKE;
    org.apache.hadoop.fs.Path landing = new org.apache.hadoop.fs.Path(LAKE + "/raw/transactions/run_date=" + RUN_DATE);
    fs.mkdirs(landing);
    fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(TestData.realHead20k().toString()),
        new org.apache.hadoop.fs.Path(landing, "bank_transactions_head20k.csv"));
    fs.create(new org.apache.hadoop.fs.Path(landing, "_SUCCESS")).close();

    Map<String, String> env = new HashMap<>();
    env.put("SPARK_SUBMIT", Scripts.DEPLOY.resolve("dev/spark-submit-classpath.sh").toString());
    env.put("SPARK_CLASSPATH_FILE", Scripts.sparkClassPathFile().toString());
    env.put("SPARK_JVM_FLAGS", System.getProperty("spark.jvm.flags"));
    env.put("SPARK_SUBMIT_HEAP", "2g");
    env.put("HADOOP_CONF_DIR", hadoop.confDir().toString());
    env.put("SEGMENT_APP_JAR", System.getProperty("app.jar"));
    env.put("SEGMENT_LAKE_ROOT", lake);
    env.put("SPARK_MASTER", "local[2]");
    // Cluster-only settings of spark-defaults.conf that one machine cannot honour.
    env.put("SPARK_CONF", "spark.eventLog.enabled=false spark.ui.enabled=false spark.sql.shuffle.partitions=4");
    // A shorter k sweep keeps CI's time down; the sweep itself is tested in the modeling module.
    env.put("SEGMENT_CONF", "segment.modeling.k-max=6");
    List<String> timings = new ArrayList<>();
    for (PipelineStage stage : PipelineStage.values()) {
      long start = System.nanoTime();
      Path log = tmp.resolve(stage.command() + ".log");
      ScriptRun run = ScriptRun.run(Scripts.DEPLOY.resolve("bin/spark-submit-stage.sh"), env, log,
          Duration.ofMinutes(6), stage.command(), RUN_DATE);
      timings.add(stage.command() + " " + (System.nanoTime() - start) / 1_000_000 + " ms");
      assertThat(run.exitCode()).as("%s exit code; log:%n%s", stage.command(), ScriptRun.tail(log)).isZero();
    }
    System.out.println("spark-submit-stage.sh, local[2], lake on MiniDFSCluster: " + timings);

    SparkSession spark = SparkTestSession.get();
    long clean = spark.read().parquet(lake + "/clean/transactions/run_date=" + RUN_DATE).count();
    long quarantined = spark.read().parquet(lake + "/quarantine/transactions/run_date=" + RUN_DATE).count();
    assertThat(clean + quarantined).isEqualTo(20_000);

    long customers = spark.read().parquet(lake + "/clean/customers/run_date=" + RUN_DATE).count();
    assertThat(spark.read().parquet(lake + "/published/customer_segments/run_date=" + RUN_DATE).count())
        .isEqualTo(customers).isGreaterThan(19_000);
    for (String table : List.of("segment_profiles", "model_selection", "model_metrics")) {
      assertThat(spark.read().parquet(lake + "/published/" + table + "/run_date=" + RUN_DATE).count())
          .as(table).isPositive();
    }
    try (FSDataInputStream in = fs.open(new org.apache.hadoop.fs.Path(LAKE + "/published/_LATEST"))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains(RUN_DATE);
    }
    assertThat(fs.listFiles(new org.apache.hadoop.fs.Path(LAKE + "/_staging"), true).hasNext())
        .as("no file left in _staging").isFalse();
  }

  private static void assertFolder(String path, String owner, String group, String permission) throws Exception {
    FileStatus status = fs.getFileStatus(new org.apache.hadoop.fs.Path(path));
    assertThat(status.isDirectory()).as(path).isTrue();
    assertThat(status.getOwner()).as(path).isEqualTo(owner);
    if (group != null) {
      assertThat(status.getGroup()).as(path).isEqualTo(group);
    }
    assertThat(status.getPermission().toString()).as(path).isEqualTo(permission);
  }
}
