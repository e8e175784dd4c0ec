package com.banksegment.spark;

import com.banksegment.config.RunDate;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes one run date's partition of a Parquet table atomically: the rows go to a staging
 * folder, the caller's check runs on what was written, and only then does the partition
 * {@code <table>/run_date=D} get replaced. Other run dates are never touched.
 */
public final class PartitionWriter {
  private final SparkSession spark;
  private final LakeFiles files;
  private final String stagingRoot;

  public PartitionWriter(SparkSession spark, String stagingRoot) {
    this.spark = spark;
    this.files = LakeFiles.of(spark);
    this.stagingRoot = stagingRoot;
  }

  /** Stages the rows (which must not carry a run_date column); returns the staging path. */
  public String stage(Dataset<Row> rows, String tableName, RunDate runDate) {
    String staging = stagingRoot + "/" + tableName.replace('/', '_') + "/" + runDate.partition()
        + "-" + ProcessHandle.current().pid();
    files.delete(staging);
    rows.write().mode(SaveMode.Overwrite).parquet(staging);
    return staging;
  }

  /** Re-reads a staged table so validation looks at what is on disk, not at the plan. */
  public Dataset<Row> readStaged(String staging) {
    return spark.read().parquet(staging);
  }

  /** Replaces {@code table/run_date=D} with the staged folder. */
  public void commit(String staging, String tableRoot, RunDate runDate) {
    files.replace(staging, tableRoot + "/" + runDate.partition());
  }

  /**
   * Replaces several tables' {@code run_date=D} partitions together (see
   * {@link LakeFiles#replaceTogether}): staged folder to table root, in commit order.
   */
  public void commitTogether(java.util.Map<String, String> stagingToTableRoot, RunDate runDate) {
    java.util.Map<String, String> moves = new java.util.LinkedHashMap<>();
    stagingToTableRoot.forEach((staging, tableRoot) -> moves.put(staging, tableRoot + "/" + runDate.partition()));
    files.replaceTogether(moves);
  }

  /** Stage, validate, commit in one call. */
  public void write(Dataset<Row> rows, String tableRoot, RunDate runDate, Consumer<Dataset<Row>> validate) {
    commit(stageValidated(rows, tableRoot, runDate, validate), tableRoot, runDate);
  }

  /**
   * Stages the rows and validates what was written; returns the staging path for a later
   * commit (e.g. {@link #commitTogether} with other outputs of the run). A failed check
   * removes the staged rows and rethrows.
   */
  public String stageValidated(Dataset<Row> rows, String tableRoot, RunDate runDate,
      Consumer<Dataset<Row>> validate) {
    String staging = stage(rows, tableRoot.substring(tableRoot.lastIndexOf('/') + 1), runDate);
    try {
      validate.accept(readStaged(staging));
    } catch (RuntimeException e) {
      files.delete(staging);
      throw e;
    }
    return staging;
  }
}
