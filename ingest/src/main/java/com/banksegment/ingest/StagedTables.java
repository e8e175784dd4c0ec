package com.banksegment.ingest;

import com.banksegment.config.LakeLayout;
import com.banksegment.config.RunDate;
import com.banksegment.ingest.NumberedLines.SplitCounts;
import com.banksegment.spark.LakeFiles;
import com.banksegment.spark.PartitionWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The clean and quarantine partitions of one ingest, written to {@code _staging} and measured
 * there; {@link #commit()} moves both over their run date together, {@link #close()} removes whatever was
 * not committed, so a failed run leaves the published partitions as they were.
 */
final class StagedTables implements AutoCloseable {
  private final LakeLayout layout;
  private final RunDate runDate;
  private final PartitionWriter writer;
  private final LakeFiles lake;
  private final List<String> staged = new ArrayList<>();
  private StagedMeasures measures;

  private StagedTables(SparkSession spark, LakeLayout layout, RunDate runDate) {
    this.layout = layout;
    this.runDate = runDate;
    this.writer = new PartitionWriter(spark, layout.root() + "/_staging");
    this.lake = LakeFiles.of(spark);
  }

  /**
   * Parses the input once per table (re-parsing a million lines costs about a second, Spark's
   * in-memory cache of them several times that), dropping the lines that cannot end up in that
   * table before Spark converts them, and stages both tables with their metrics observed.
   */
  static StagedTables write(SparkSession spark, LakeLayout layout, RunDate runDate, NumberedLines lines,
      SplitCounts counts, DuplicateTransactions duplicates, double maxAmount) {
    Broadcast<Set<String>> repeated = duplicates.repeatedIdSet();
    Dataset<Row> cleanRows = duplicates.mark(spark.createDataFrame(lines.parse(counts, (parsed, file, line, raw) ->
        parsed instanceof CleanRecord ? TransactionTables.parsedRow(parsed, file, line, raw) : null),
        TransactionTables.PARSED));
    Dataset<Row> quarantineRows = duplicates.mark(spark.createDataFrame(lines.parse(counts, (parsed, file, line, raw) ->
        parsed instanceof Rejection || repeated.value().contains(((CleanRecord) parsed).transactionId())
            ? TransactionTables.parsedRow(parsed, file, line, raw) : null),
        TransactionTables.PARSED));

    StagedTables tables = new StagedTables(spark, layout, runDate);
    try {
      Observation cleanMetrics = new Observation("ingest clean");
      Observation quarantineMetrics = new Observation("ingest quarantine");
      String clean = tables.stage(observed(cleanRows.filter("reason IS NULL").select(TransactionTables.cleanColumns()),
          cleanMetrics, StagedMeasures.cleanMetrics(maxAmount)), "clean/transactions");
      String quarantine = tables.stage(observed(quarantineRows.filter("reason IS NOT NULL")
          .select(TransactionTables.quarantineColumns()), quarantineMetrics, StagedMeasures.quarantineMetrics()),
          "quarantine/transactions");
      tables.measures = StagedMeasures.of(cleanMetrics.getRow(), quarantineMetrics.getRow(),
          tables.writer.readStaged(clean).count(), tables.writer.readStaged(quarantine).count());
      return tables;
    } catch (RuntimeException e) {
      tables.close();
      throw e;
    }
  }

  StagedMeasures measures() {
    return measures;
  }

  /** Replaces clean/transactions/run_date=D and quarantine/transactions/run_date=D together. */
  void commit() {
    Map<String, String> tables = new LinkedHashMap<>();
    tables.put(staged.get(0), layout.cleanTransactions());
    tables.put(staged.get(1), layout.quarantineTransactions());
    writer.commitTogether(tables, runDate);
    staged.clear();
  }

  @Override
  public void close() {
    staged.forEach(lake::delete);
    staged.clear();
  }

  private String stage(Dataset<Row> rows, String table) {
    String path = writer.stage(rows, table, runDate);
    staged.add(path);
    return path;
  }

  private static Dataset<Row> observed(Dataset<Row> rows, Observation observation, Column[] metrics) {
    return rows.observe(observation, metrics[0], Arrays.copyOfRange(metrics, 1, metrics.length));
  }
}
