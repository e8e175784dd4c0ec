package com.banksegment.ingest.tables;

import com.banksegment.contract.LakeTables;
import com.banksegment.ingest.parse.CleanRecord;
import com.banksegment.ingest.parse.Rejection;
import com.banksegment.ingest.read.NumberedLines;
import com.banksegment.ingest.read.NumberedLines.SplitCounts;
import com.banksegment.spark.commit.StagedCommit;
import com.banksegment.spark.stage.JobGroup;
import java.util.Arrays;
import java.util.Set;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Stages the clean and quarantine partitions of one ingest through the run's {@link StagedCommit}
 * (committed later with the report) and measures them as they are written.
 */
public final class IngestTables {
  private IngestTables() {}

  /**
   * Parses the input once per table (re-parsing a million lines costs about a second, Spark's
   * in-memory cache of them several times that), dropping the lines that cannot end up in that
   * table before Spark converts them, and stages both tables with their metrics observed.
   */
  public static Observed stage(SparkSession spark, StagedCommit outputs, JobGroup jobs, NumberedLines lines,
      SplitCounts counts, DuplicateTransactions duplicates, double maxAmount) {
    Broadcast<Set<String>> repeated = duplicates.repeatedIdSet();
    Dataset<Row> cleanRows = duplicates.mark(spark.createDataFrame(lines.parse(counts, (parsed, file, line, raw) ->
        parsed instanceof CleanRecord ? ParsedRows.of(parsed, file, line, raw) : null), ParsedRows.SCHEMA));
    // Only the splits with a rejected line or a repeated id's hash are read again: none, usually.
    Dataset<Row> quarantineRows = duplicates.mark(spark.createDataFrame(lines.parse(counts, (parsed, file, line, raw) ->
        parsed instanceof Rejection || repeated.value().contains(((CleanRecord) parsed).transactionId())
            ? ParsedRows.of(parsed, file, line, raw) : null, counts.splitsToQuarantine(duplicates.repeatedIdHashes())),
        ParsedRows.SCHEMA));

    Observation cleanMetrics = new Observation("ingest clean");
    Observation quarantineMetrics = new Observation("ingest quarantine");
    Dataset<Row> clean = jobs.run("write clean transactions (staged)", () -> outputs.table(
        LakeTables.CLEAN_TRANSACTIONS, observed(cleanRows.filter("reason IS NULL").select(ParsedRows.cleanColumns()),
            cleanMetrics, Observed.cleanMetrics(maxAmount))));
    Dataset<Row> quarantine = jobs.run("write quarantined rows (staged)", () -> outputs.table(
        LakeTables.QUARANTINE_TRANSACTIONS, observed(quarantineRows.filter("reason IS NOT NULL")
            .select(ParsedRows.quarantineColumns()), quarantineMetrics, Observed.quarantineMetrics())));
    return jobs.run("count the staged rows", () -> Observed.of(cleanMetrics.getRow(), quarantineMetrics.getRow(),
        clean.count(), quarantine.count()));
  }

  private static Dataset<Row> observed(Dataset<Row> rows, Observation observation, Column[] metrics) {
    return rows.observe(observation, metrics[0], Arrays.copyOfRange(metrics, 1, metrics.length));
  }
}
