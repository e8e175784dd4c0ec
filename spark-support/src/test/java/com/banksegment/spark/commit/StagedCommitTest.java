package com.banksegment.spark.commit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.banksegment.config.LakeLayout;
import com.banksegment.config.RunDate;
import com.banksegment.contract.LakeTables;
import com.banksegment.contract.Table;
import com.banksegment.spark.SparkTestSession;
import com.banksegment.spark.StageFailedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one commit path: staged, checked, replaced together, and no staging left behind. */
class StagedCommitTest {
  static final RunDate DAY = RunDate.parse("2016-10-21");
  static final Duration DAY_LONG = Duration.ofHours(24);

  @TempDir
  Path lake;
  final SparkSession spark = SparkTestSession.get();

  LakeLayout layout() {
    return new LakeLayout(lake.toString());
  }

  Dataset<Row> metrics(int rows) {
    return spark.range(rows).selectExpr("CAST(id AS STRING) AS metric", "CAST(NULL AS INT) AS cluster_id",
        "CAST(NULL AS INT) AS predicted_cluster_id", "CAST(id AS DOUBLE) AS value");
  }

  @Test
  void aTableAFolderAndAFileAreCommittedTogetherAndNoStagingIsLeft() throws IOException {
    try (StagedCommit outputs = StagedCommit.open(spark, layout(), "model", DAY, DAY_LONG)) {
      outputs.table(LakeTables.MODEL_METRICS, metrics(3));
      String report = outputs.folder(layout().report("modeling", DAY));
      Files.createDirectories(Path.of(report));
      Files.writeString(Path.of(report, "report.json"), "{}");
      outputs.file(layout().latestPointer(), DAY + "\n");
      assertThat(lake.resolve("published/model_metrics")).doesNotExist();
      outputs.commit();
    }

    assertThat(spark.read().parquet(layout().partition(LakeTables.MODEL_METRICS, DAY)).count()).isEqualTo(3);
    assertThat(lake.resolve("reports/modeling/run_date=2016-10-21/report.json")).hasContent("{}");
    assertThat(lake.resolve("published/_LATEST")).hasContent(DAY + "\n");
    assertThat(lake.resolve("_staging/model")).doesNotExist();
    assertThat(everythingUnder(lake.resolve("_staging"))).isEmpty();
  }

  @Test
  void aRerunReplacesTheOldPartitionAndKeepsNoOldCopy() throws IOException {
    for (int rows : new int[] {3, 5}) {
      try (StagedCommit outputs = StagedCommit.open(spark, layout(), "model", DAY, DAY_LONG)) {
        outputs.table(LakeTables.MODEL_METRICS, metrics(rows));
        outputs.commit();
      }
    }
    assertThat(spark.read().parquet(layout().partition(LakeTables.MODEL_METRICS, DAY)).count()).isEqualTo(5);
    try (Stream<Path> left = Files.list(lake.resolve("published/model_metrics"))) {
      assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly("run_date=2016-10-21");
    }
  }

  @Test
  void closingWithoutACommitDropsTheStagedOutputsAndLeavesTheLakeAsItWas() throws IOException {
    try (StagedCommit outputs = StagedCommit.open(spark, layout(), "model", DAY, DAY_LONG)) {
      outputs.table(LakeTables.MODEL_METRICS, metrics(3));
      outputs.file(layout().latestPointer(), DAY + "\n");
    }
    assertThat(lake.resolve("published")).doesNotExist();
    assertThat(everythingUnder(lake.resolve("_staging"))).isEmpty();
  }

  @Test
  void aTableThatIsNotTheContractsIsRefused() {
    Table selection = LakeTables.MODEL_SELECTION;
    try (StagedCommit outputs = StagedCommit.open(spark, layout(), "model", DAY, DAY_LONG)) {
      assertThatThrownBy(() -> outputs.table(selection, metrics(2)))
          .isInstanceOf(StageFailedException.class)
          .hasMessageContaining("staged table model_selection does not match the contract")
          .hasMessageContaining("algorithm:string");
    }
    assertThat(lake.resolve("published")).doesNotExist();
  }

  @Test
  void theStagingOfAKilledRunIsSweptByTheNextRunOfTheStage() throws Exception {
    Path killed = staged("run_date=2016-10-21-" + StagingSweep.host() + "-" + deadPid());
    Path otherDate = staged("run_date=2016-10-20-" + StagingSweep.host() + "-" + deadPid());
    Path running = staged("run_date=2016-10-21-" + StagingSweep.host() + "-" + ProcessHandle.current().parent()
        .orElseThrow().pid());
    Path otherHostRecent = staged("run_date=2016-10-21-worker-7.cluster-4242");
    Path otherHostOld = staged("run_date=2016-10-21-worker-8.cluster-4242");
    Files.setLastModifiedTime(otherHostOld, FileTime.from(Instant.now().minus(Duration.ofHours(25))));
    Path otherStage = Files.createDirectories(lake.resolve("_staging/ingest/run_date=2016-10-21-"
        + StagingSweep.host() + "-" + deadPid()));

    try (StagedCommit outputs = StagedCommit.open(spark, layout(), "model", DAY, DAY_LONG)) {
      assertThat(outputs.swept()).hasSize(3);
      outputs.table(LakeTables.MODEL_METRICS, metrics(1));
      outputs.commit();
    }

    assertThat(killed).doesNotExist();
    assertThat(otherDate).doesNotExist();
    assertThat(otherHostOld).doesNotExist();
    assertThat(running).exists();
    assertThat(otherHostRecent).exists();
    assertThat(otherStage).exists();
  }

  @Test
  void onlyFoldersOfThisHostWithADeadProcessAreStaleAtOnce() {
    long now = System.currentTimeMillis();
    String host = StagingSweep.host();
    assertThat(StagingSweep.isStale("run_date=2016-10-21-" + host + "-" + deadPid(), now, DAY_LONG, now)).isTrue();
    assertThat(StagingSweep.isStale("run_date=2016-10-21-" + host + "-" + ProcessHandle.current().pid(), 0, DAY_LONG,
        now)).isFalse();
    long live = ProcessHandle.current().parent().orElseThrow().pid();
    assertThat(StagingSweep.isStale("run_date=2016-10-21-" + host + "-" + live, now - 1000, DAY_LONG, now)).isFalse();
    assertThat(StagingSweep.isStale("run_date=2016-10-21-" + host + "-" + live, now - DAY_LONG.toMillis() - 1,
        DAY_LONG, now)).as("a process id taken by a later process").isTrue();
    assertThat(StagingSweep.isStale("run_date=2016-10-21-elsewhere-1", now - 1000, DAY_LONG, now)).isFalse();
    assertThat(StagingSweep.isStale("run_date=2016-10-21-elsewhere-1", now - DAY_LONG.toMillis() - 1, DAY_LONG, now))
        .isTrue();
    assertThat(StagingSweep.runFolder("run_date=2016-10-21"))
        .isEqualTo("run_date=2016-10-21-" + host + "-" + ProcessHandle.current().pid());
  }

  /** A staged table of a run, as a killed run leaves it. */
  private Path staged(String runFolder) throws IOException {
    Path table = Files.createDirectories(lake.resolve("_staging/model/" + runFolder + "/published/customer_segments"));
    Files.writeString(table.resolve("part-00000.parquet"), "half written");
    return lake.resolve("_staging/model/" + runFolder);
  }

  /** The id of a process that has ended: what a run killed with kill -9 leaves in its folder name. */
  private static long deadPid() {
    try {
      Process p = new ProcessBuilder("true").start();
      p.waitFor();
      return p.pid();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> everythingUnder(Path root) throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(p -> !p.equals(root)).toList();
    }
  }
}
