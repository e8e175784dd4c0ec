package com.banksegment.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.spark.SparkTestSession;
import com.banksegment.spark.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.server.resourcemanager.rmapp.RMApp;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest stage submitted to a real YARN (MiniYARNCluster: a ResourceManager and a
 * NodeManager in this JVM, with a MiniDFSCluster for the lake) through the operators' wrapper,
 * bin/spark-submit-stage.sh, in its production default: cluster mode (the driver runs in the
 * YARN application master container), the cluster's spark-defaults.conf, the yarn profile, the
 * day's file read from the landing folder on HDFS.
 *
 * <p>The Spark that submits and runs in the containers is 3.5.6, not the suite's 4.1: the
 * reachable Maven Central has no spark-yarn 4.x, and spark-yarn 3.5.6 does not link against
 * spark-core 4.1 (see spark-yarn-runtime/pom.xml). The application jar (compiled against
 * Spark 4.1) runs on it with one compatibility setting, spark.sql.datetime.java8API.enabled
 * (Spark 4 takes java.time values in Rows without it). What this proves: the YARN side of the
 * deployment (wrapper, HADOOP_CONF_DIR, queue, capacity scheduler, cluster mode, the jar shipped
 * to containers, the lake on HDFS). What it does not: Spark 4.1 itself on YARN.
 */
class YarnSubmitIT {
  private static final String RUN_DATE = "2016-10-21";
  private static final String LAKE = "/bank/segmentation/lake";

  @TempDir static Path tmp;
  private static MiniHadoop hadoop;
  private static Scripts.Result submit;

  @BeforeAll
  static void submitIngestToYarn() throws Exception {
    hadoop = MiniHadoop.hdfsAndYarn(tmp);
    FileSystem fs = hadoop.fileSystem();
    org.apache.hadoop.fs.Path landing = new org.apache.hadoop.fs.Path(LAKE + "/raw/transactions/run_date=" + RUN_DATE);
    fs.mkdirs(landing);
    fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(TestData.realHead20k().toString()),
        new org.apache.hadoop.fs.Path(landing, "bank_transactions_head20k.csv"));
    fs.create(new org.apache.hadoop.fs.Path(landing, "_SUCCESS")).close();

    Path sparkClassPath = Path.of(System.getProperty("yarn.spark.classpath.file"));
    // The containers take Spark's jars from this machine's disk (local:), as from spark.yarn.archive.
    String yarnJars = Arrays.stream(Files.readString(sparkClassPath).trim().split(":"))
        .map(jar -> "local:" + jar).collect(Collectors.joining(","));
    String javaHome = System.getProperty("java.home");
    Map<String, String> env = new HashMap<>();
    env.put("SPARK_SUBMIT", Scripts.DEPLOY.resolve("dev/spark-submit-classpath.sh").toString());
    env.put("SPARK_CLASSPATH_FILE", sparkClassPath.toString());
    env.put("SPARK_JVM_FLAGS", System.getProperty("spark.jvm.flags"));
    env.put("SPARK_SUBMIT_HEAP", "512m");
    env.put("HADOOP_CONF_DIR", hadoop.confDir().toString());
    env.put("SEGMENT_APP_JAR", System.getProperty("app.jar"));
    env.put("SEGMENT_LAKE_ROOT", hadoop.hdfsUri() + LAKE);
    env.put("SPARK_QUEUE", "default");
    // cluster (the wrapper's and the DAG's default); -Dyarn.deploy.mode=client to compare.
    env.put("SPARK_DEPLOY_MODE", System.getProperty("yarn.deploy.mode", "cluster"));
    // What a two-core test machine can host, instead of the cluster sizing of spark-defaults.conf.
    env.put("SPARK_CONF", String.join(" ",
        "spark.yarn.jars=" + yarnJars,
        "spark.yarn.appMasterEnv.JAVA_HOME=" + javaHome,
        "spark.executorEnv.JAVA_HOME=" + javaHome,
        "spark.driver.memory=1g", "spark.driver.cores=1",
        "spark.executor.memory=1g", "spark.executor.cores=1", "spark.executor.memoryOverhead=384m",
        "spark.dynamicAllocation.minExecutors=1", "spark.dynamicAllocation.initialExecutors=1",
        "spark.dynamicAllocation.maxExecutors=1",
        "spark.sql.shuffle.partitions=4", "spark.eventLog.enabled=false", "spark.ui.enabled=false",
        "spark.sql.datetime.java8API.enabled=true"));
    submit = Scripts.run(Scripts.DEPLOY.resolve("bin/spark-submit-stage.sh"), env,
        tmp.resolve("submit.log"), Duration.ofMinutes(8), "ingest", RUN_DATE);
    Files.copy(tmp.resolve("submit.log"), Path.of("target/yarn-submit.log"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @AfterAll
  static void stopCluster() {
    if (hadoop != null) {
      hadoop.close();
    }
  }

  @Test
  void yarnRanTheStageAsOneSuccessfulApplicationInTheQueue() throws Exception {
    assertThat(submit.exitCode()).as("spark-submit exit code; log:%n%s", Scripts.tail(tmp.resolve("submit.log")))
        .isZero();
    Collection<RMApp> apps = hadoop.yarn().getResourceManager().getRMContext().getRMApps().values();
    assertThat(apps).hasSize(1);
    RMApp app = apps.iterator().next();
    assertThat(app.getName()).isEqualTo("bank-segmentation-ingest-" + RUN_DATE);
    assertThat(app.getQueue()).isEqualTo("root.default");
    assertThat(app.getFinalApplicationStatus()).isEqualTo(FinalApplicationStatus.SUCCEEDED);
  }

  @Test
  void theStageWroteEveryInputRowToTheLakeOnHdfs() {
    assertThat(submit.exitCode()).isZero();
    String lake = hadoop.hdfsUri() + LAKE;
    SparkSession spark = SparkTestSession.get();
    long clean = spark.read().parquet(lake + "/clean/transactions/run_date=" + RUN_DATE).count();
    long quarantined = spark.read().parquet(lake + "/quarantine/transactions/run_date=" + RUN_DATE).count();

    assertThat(clean + quarantined).isEqualTo(20_000);
    assertThat(clean).isGreaterThan(19_000);
  }
}
