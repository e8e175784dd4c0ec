package com.banksegment.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.it.yarn.LandingToParquet;
import com.banksegment.spark.ScriptRun;
import com.banksegment.spark.SparkTestSession;
import com.banksegment.spark.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.server.resourcemanager.rmapp.RMApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Spark application submitted to a real YARN (MiniYARNCluster: a ResourceManager and a
 * NodeManager in this JVM, with a MiniDFSCluster) in cluster mode, the DAG's mode: the driver runs
 * in the YARN application master container, with the cluster's deploy/conf/spark-defaults.conf,
 * Spark's jars from spark.yarn.jars, the client configuration from HADOOP_CONF_DIR, the queue.
 *
 * <p>Not Spark 4.1 and not one of the suite's stages: the reachable Maven Central has no
 * spark-yarn 4.x, so this runs Spark 3.5.6 (see README.md), and the stages' jar uses Spark 4
 * APIs (ingest: Observation.getRow) that 3.5 lacks. The application here reads the day's
 * landing folder from HDFS and writes Parquet, with APIs both versions share.
 */
class YarnSubmitIT {
  private static final String LANDING = "/bank/segmentation/lake/raw/transactions/run_date=2016-10-21";
  private static final String OUTPUT = "/bank/segmentation/lake/_yarn_check/transactions";

  @TempDir static Path tmp;
  private static MiniHadoop hadoop;
  private static ScriptRun submit;

  @BeforeAll
  static void submitToYarnInClusterMode() throws Exception {
    hadoop = MiniHadoop.hdfsAndYarn(tmp);
    FileSystem fs = hadoop.fileSystem();
    fs.mkdirs(new org.apache.hadoop.fs.Path(LANDING));
    fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(TestData.realHead20k().toString()),
        new org.apache.hadoop.fs.Path(LANDING + "/bank_transactions_head20k.csv"));

    Path appJar = tmp.resolve("landing-to-parquet.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(appJar))) {
      out.putNextEntry(new JarEntry("com/banksegment/it/yarn/LandingToParquet.class"));
      out.write(LandingToParquet.class.getResourceAsStream("LandingToParquet.class").readAllBytes());
      out.closeEntry();
    }
    Path sparkClassPath = Path.of(System.getProperty("yarn.spark.classpath.file"));
    // The containers take Spark's jars from this machine's disk (local:), as from spark.yarn.archive.
    String yarnJars = Arrays.stream(Files.readString(sparkClassPath).trim().split(":"))
        .map(jar -> "local:" + jar).collect(Collectors.joining(","));
    String javaHome = System.getProperty("java.home");
    List<String> args = List.of("--master", "yarn", "--deploy-mode", "cluster", "--queue", "default",
        "--properties-file", Scripts.DEPLOY.resolve("conf/spark-defaults.conf").toString(),
        "--name", "bank-segmentation-yarn-check",
        "--class", LandingToParquet.class.getName(),
        // What a two-core test machine can host, instead of the cluster sizing of the file.
        "--conf", "spark.yarn.jars=" + yarnJars,
        "--conf", "spark.yarn.appMasterEnv.JAVA_HOME=" + javaHome,
        "--conf", "spark.executorEnv.JAVA_HOME=" + javaHome,
        "--conf", "spark.driver.memory=1g", "--conf", "spark.driver.cores=1",
        "--conf", "spark.executor.memory=1g", "--conf", "spark.executor.cores=1",
        "--conf", "spark.executor.memoryOverhead=384m",
        "--conf", "spark.dynamicAllocation.minExecutors=1", "--conf", "spark.dynamicAllocation.initialExecutors=1",
        "--conf", "spark.dynamicAllocation.maxExecutors=1",
        "--conf", "spark.eventLog.enabled=false", "--conf", "spark.ui.enabled=false",
        appJar.toString(), hadoop.hdfsUri() + LANDING, hadoop.hdfsUri() + OUTPUT);
    Map<String, String> env = Map.of(
        "SPARK_CLASSPATH_FILE", sparkClassPath.toString(),
        "SPARK_JVM_FLAGS", System.getProperty("spark.jvm.flags"),
        "SPARK_SUBMIT_HEAP", "512m",
        "HADOOP_CONF_DIR", hadoop.confDir().toString());
    submit = ScriptRun.run(Scripts.DEPLOY.resolve("dev/spark-submit-classpath.sh"), env, tmp.resolve("submit.log"),
        Duration.ofMinutes(8), args.toArray(String[]::new));
    Files.copy(tmp.resolve("submit.log"), Path.of("target/yarn-submit.log"), StandardCopyOption.REPLACE_EXISTING);
  }

  @AfterAll
  static void stopCluster() {
    if (hadoop != null) {
      hadoop.close();
    }
  }

  @Test
  void yarnRanTheApplicationInClusterModeToSuccessInTheQueue() throws Exception {
    assertThat(submit.exitCode()).as("spark-submit exit code; log:%n%s", ScriptRun.tail(tmp.resolve("submit.log")))
        .isZero();
    Collection<RMApp> apps = hadoop.yarn().getResourceManager().getRMContext().getRMApps().values();
    assertThat(apps).hasSize(1);
    RMApp app = apps.iterator().next();
    assertThat(app.getName()).isEqualTo("bank-segmentation-yarn-check");
    assertThat(app.getQueue()).isEqualTo("root.default");
    assertThat(app.getFinalApplicationStatus()).isEqualTo(FinalApplicationStatus.SUCCEEDED);
  }

  @Test
  void theApplicationWroteEveryLandedRowToHdfs() {
    assertThat(submit.exitCode()).isZero();
    assertThat(SparkTestSession.get().read().parquet(hadoop.hdfsUri() + OUTPUT).count()).isEqualTo(20_000);
  }
}
