package com.banksegment.spark.commit;

import com.banksegment.config.LakeLayout;
import com.banksegment.config.RunDate;
import com.banksegment.contract.Table;
import com.banksegment.spark.LakeFileSystem;
import com.banksegment.spark.SparkSchemas;
import com.banksegment.spark.StageFailedException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The one way a stage's outputs reach the lake, all or nothing. Every output of a run (Parquet
 * partitions, model folders, reports, the publish pointer) is first written under the run's own
 * staging folder, {@code _staging/<stage>/run_date=D-<host>-<pid>/<its path in the lake>}, and
 * checked there; {@link #commit()} then replaces every target together (old ones set aside,
 * new ones renamed in, undone if a rename is refused) and removes the staging folder. Closing
 * without a commit removes what was staged, so a failed run leaves the lake as it was.
 *
 * <p>Opening it sweeps the staging left by earlier runs of the same stage that can no longer
 * finish (see {@link StagingSweep}).
 *
 * <p>{@link #table}, {@link #folder} and {@link #file} may be called from several threads at once
 * for different targets (the model stage writes independent tables side by side);
 * {@link #commit()} and {@link #close()} come after all of them have returned.
 */
public final class StagedCommit implements AutoCloseable {
  private final SparkSession spark;
  private final LakeFileSystem files;
  private final LakeLayout layout;
  private final RunDate runDate;
  private final String stageFolder;
  private final String runFolder;
  private final List<String> swept;
  private final Map<String, String> stagedToTarget = Collections.synchronizedMap(new LinkedHashMap<>());
  private boolean committed;

  private StagedCommit(SparkSession spark, LakeLayout layout, String stage, RunDate runDate, List<String> swept) {
    this.spark = spark;
    this.files = LakeFileSystem.of(spark);
    this.layout = layout;
    this.runDate = runDate;
    this.stageFolder = layout.staging(stage);
    this.runFolder = stageFolder + "/" + StagingSweep.runFolder(runDate.partition());
    this.swept = swept;
  }

  /** Opens the staging of one run of {@code stage}, after sweeping the stage's stale staging. */
  public static StagedCommit open(SparkSession spark, LakeLayout layout, String stage, RunDate runDate,
      Duration staleAge) {
    List<String> swept = StagingSweep.sweep(LakeFileSystem.of(spark), layout.staging(stage), staleAge,
        System.currentTimeMillis());
    return new StagedCommit(spark, layout, stage, runDate, swept);
  }

  /** The stale staging folders of earlier runs that opening this one removed. */
  public List<String> swept() {
    return swept;
  }

  /**
   * Stages the run date's partition of a table: writes the rows as Parquet, reads them back,
   * checks the columns and types against the contract, then runs {@code validate} on what was
   * written. Returns the staged rows (as read back) for further checks.
   *
   * @throws StageFailedException when the written columns are not the contract's; whatever
   *     {@code validate} throws is passed on
   */
  public Dataset<Row> table(Table table, Dataset<Row> rows, Consumer<Dataset<Row>> validate) {
    String target = layout.partition(table, runDate);
    String staged = stagedPath(target);
    files.delete(staged);
    rows.write().mode(SaveMode.Overwrite).parquet(staged);
    Dataset<Row> written = spark.read().parquet(staged);
    String mismatch = SparkSchemas.mismatch(table, written.schema());
    if (mismatch != null) {
      throw new StageFailedException("staged table " + table.name() + " does not match the contract: " + mismatch
          + "; nothing was committed");
    }
    validate.accept(written);
    stagedToTarget.put(staged, target);
    return written;
  }

  public Dataset<Row> table(Table table, Dataset<Row> rows) {
    return table(table, rows, written -> { });
  }

  /**
   * A folder that replaces {@code target} (a model folder, a report folder) at the commit: the
   * caller writes into the returned staged path.
   */
  public String folder(String target) {
    String staged = stagedPath(target);
    files.delete(staged);
    stagedToTarget.put(staged, target);
    return staged;
  }

  /** A small text file that replaces {@code target} at the commit (the publish pointer). */
  public void file(String target, String text) {
    String staged = stagedPath(target);
    files.writeText(staged, text);
    stagedToTarget.put(staged, target);
  }

  /** Replaces every target with its staged output together, then removes the run's staging. */
  public void commit() {
    if (committed) {
      throw new IllegalStateException("already committed: " + stagedToTarget.values());
    }
    PartitionSwap.replaceTogether(files, stagedToTarget);
    committed = true;
    removeStaging();
  }

  /** Without a commit: drops what was staged. After one: nothing left to do. */
  @Override
  public void close() {
    if (!committed) {
      removeStaging();
    }
  }

  private void removeStaging() {
    files.delete(runFolder);
    files.deleteIfEmpty(stageFolder);
  }

  /** Where a target of the lake is staged: the same path below the run's staging folder. */
  private String stagedPath(String target) {
    String root = layout.root() + "/";
    if (!target.startsWith(root)) {
      throw new IllegalArgumentException("output " + target + " is outside the lake " + layout.root());
    }
    return runFolder + "/" + target.substring(root.length());
  }
}
