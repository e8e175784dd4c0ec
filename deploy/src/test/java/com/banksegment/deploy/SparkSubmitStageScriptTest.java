package com.banksegment.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.spark.ScriptRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wrapper's command line, read back with SEGMENT_DRY_RUN=1 (fast: no Spark). The real
 * submission of every stage is {@link SparkSubmitStageIT}.
 */
class SparkSubmitStageScriptTest {
  private static final Path SCRIPT = Path.of("bin/spark-submit-stage.sh");

  @TempDir Path tmp;
  private final Map<String, String> env = new HashMap<>();

  @BeforeEach
  void dryRunWithAJarInPlace() throws Exception {
    env.put("SEGMENT_DRY_RUN", "1");
    env.put("SPARK_SUBMIT", "true");
    env.put("SEGMENT_APP_JAR", Files.createFile(tmp.resolve("segment-app.jar")).toString());
  }

  @Test
  void defaultsToClusterModeOnYarnWithTheYarnProfileAndTheClusterProperties() throws Exception {
    ScriptRun run = run("model", "2016-10-21");

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output())
        .contains("--master yarn --deploy-mode cluster")
        .contains("--properties-file " + Path.of("conf/spark-defaults.conf").toAbsolutePath())
        .contains("--queue default")
        .contains("--class com.banksegment.cli.SegmentCli")
        .contains(env.get("SEGMENT_APP_JAR") + " model --run-date 2016-10-21 --profile yarn");
  }

  @Test
  void takesMasterQueueAndBothOverlaysFromTheEnvironment() throws Exception {
    env.put("SPARK_QUEUE", "risk");
    env.put("SPARK_DEPLOY_MODE", "client");
    env.put("SPARK_CONF", "spark.executor.memory=16g\nspark.dynamicAllocation.maxExecutors=120");
    env.put("SEGMENT_LAKE_ROOT", "hdfs:///bank/lake");
    env.put("SEGMENT_CONF", "segment.modeling.k-max=8 segment.modeling.force-k=5");

    ScriptRun run = run("ingest", "2016-10-21", "--input", "hdfs:///landing/tx.csv");

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output())
        .contains("--deploy-mode client")
        .contains("--queue risk")
        .contains("--conf spark.executor.memory=16g --conf spark.dynamicAllocation.maxExecutors=120")
        .contains("ingest --run-date 2016-10-21 --profile yarn --lake hdfs:///bank/lake"
            + " --conf segment.modeling.k-max=8 --conf segment.modeling.force-k=5"
            + " --input hdfs:///landing/tx.csv");
  }

  @Test
  void aLocalMasterIsAlwaysAClientRunWithoutAQueue() throws Exception {
    env.put("SPARK_MASTER", "local[2]");
    env.put("SEGMENT_PROFILE", "local");

    ScriptRun run = run("features", "2016-10-21");

    assertThat(run.output()).contains("--master local\\[2\\] --deploy-mode client")
        .doesNotContain("--queue")
        .contains("features --run-date 2016-10-21 --profile local");
  }

  @Test
  void rejectsARunDateThatIsNotIsoWithAOneLineMessage() throws Exception {
    ScriptRun run = run("ingest", "21/10/2016");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.output().strip()).isEqualTo(
        "spark-submit-stage: run date '21/10/2016': expected YYYY-MM-DD");
  }

  @Test
  void rejectsAMissingJarNamingThePath() throws Exception {
    env.put("SEGMENT_APP_JAR", tmp.resolve("nowhere.jar").toString());

    ScriptRun run = run("ingest", "2016-10-21");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.output()).contains("application jar not found: " + tmp.resolve("nowhere.jar"));
  }

  @Test
  void rejectsAnOverlayEntryWithoutEquals() throws Exception {
    env.put("SEGMENT_CONF", "segment.modeling.k-max");

    ScriptRun run = run("model", "2016-10-21");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.output()).contains("SEGMENT_CONF entry 'segment.modeling.k-max': expected key=value");
  }

  private ScriptRun run(String... args) throws Exception {
    return ScriptRun.run(SCRIPT, env, tmp.resolve("out.log"), Duration.ofSeconds(20), args);
  }
}
