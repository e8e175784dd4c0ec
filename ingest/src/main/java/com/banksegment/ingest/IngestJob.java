package com.banksegment.ingest;

import com.banksegment.config.BadInputException;
import com.banksegment.config.LakeLayout;
import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.ingest.InputFiles.InputFile;
import com.banksegment.ingest.NumberedLines.SplitCounts;
import com.banksegment.spark.LakeFiles;
import com.banksegment.spark.Progress;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Ingest of one run date: the bank's raw CSV (one file or a folder, local or hdfs://) becomes
 * clean/transactions and quarantine/transactions Parquet partitions and an ingest report, as
 * laid down in docs/data-contract.md.
 *
 * <pre>{@code
 * IngestResult result = new IngestJob(spark, settings)
 *     .runDate(RunDate.parse("2016-10-21"))
 *     .input("/data/bank_transactions.csv")   // optional: default raw/transactions/run_date=D
 *     .execute();
 * }</pre>
 *
 * <p>Problems of the whole input (missing path, empty file, unrecognised header, no rows)
 * throw {@link BadInputException} before anything is written. Both partitions are staged, their
 * counts checked (input rows = clean + quarantined, else {@link IllegalStateException}) and only
 * then committed, replacing that run date and no other; a failure before the commit leaves the
 * previous output as it was.
 */
public final class IngestJob {
  private final SparkSession spark;
  private final SuiteSettings settings;
  private final LakeLayout layout;
  private String input;
  private RunDate runDate;

  public IngestJob(SparkSession spark, SuiteSettings settings) {
    this.spark = Objects.requireNonNull(spark, "spark");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.layout = settings.lake().layout();
  }

  /** A raw CSV file or a folder of them; default: the lake's raw/transactions/run_date=D. */
  public IngestJob input(String pathOrFolder) {
    if (pathOrFolder == null || pathOrFolder.isBlank()) {
      throw new IllegalArgumentException("input \"" + pathOrFolder + "\": expected a file or folder path");
    }
    this.input = pathOrFolder;
    return this;
  }

  public IngestJob runDate(RunDate runDate) {
    this.runDate = Objects.requireNonNull(runDate, "runDate");
    return this;
  }

  public IngestResult execute() {
    if (runDate == null) {
      throw new IllegalStateException("ingest: no run date set; call runDate(RunDate) first");
    }
    Progress progress = new Progress("ingest " + runDate);
    String source = input != null ? input : layout.rawTransactions(runDate);
    Configuration hadoopConf = spark.sparkContext().hadoopConfiguration();
    List<InputFile> files = InputFiles.resolve(source, hadoopConf);
    InputFiles.checkHeadersAndRows(files, hadoopConf);

    NumberedLines lines = new NumberedLines(JavaSparkContext.fromSparkContext(spark.sparkContext()), files);
    SplitCounts counts = lines.countSplits();
    long inputRows = counts.inputRows();
    if (inputRows == 0) {
      throw new BadInputException(source + ": no transaction rows after the header (only blank lines)");
    }
    progress.step("read " + files.size() + " file(s), counted rows", inputRows);

    DuplicateTransactions duplicates = DuplicateTransactions.find(spark, lines, counts, files);
    progress.step("parsed, " + duplicates.repeatedIds() + " repeated TransactionID(s)", inputRows);

    StagedMeasures measures;
    try (StagedTables tables = StagedTables.write(spark, layout, runDate, lines, counts, duplicates,
        settings.ingest().maxAmount())) {
      measures = tables.measures();
      progress.step("written clean rows (staged)", measures.cleanRows());
      progress.step("written quarantined rows (staged)", measures.quarantinedRows());
      checkNoRowLost(inputRows, measures.cleanRows(), measures.quarantinedRows());
      tables.commit();
    }
    String reportPath = layout.report("ingest", runDate) + "/ingest-report.json";
    LakeFiles.of(spark).writeTextAtomically(reportPath,
        report(source, files, counts, measures, duplicates.repeatedIds(), progress.elapsedSeconds()).toJson());
    progress.step("committed run_date=" + runDate + ", report written", inputRows);
    return new IngestResult(runDate, files.stream().map(InputFile::path).toList(), inputRows,
        measures.cleanRows(), measures.quarantinedRows(), measures.quarantinedByReason(),
        measures.softFlags(), LakeLayout.partitionOf(layout.cleanTransactions(), runDate),
        LakeLayout.partitionOf(layout.quarantineTransactions(), runDate), reportPath,
        progress.elapsedSeconds());
  }

  /** The job's own bookkeeping check: every input row is either clean or quarantined. */
  static void checkNoRowLost(long inputRows, long cleanRows, long quarantinedRows) {
    if (inputRows != cleanRows + quarantinedRows) {
      throw new IllegalStateException("ingest lost or invented rows: " + inputRows + " input rows but "
          + cleanRows + " clean + " + quarantinedRows + " quarantined = " + (cleanRows + quarantinedRows)
          + "; nothing was committed");
    }
  }

  private IngestReport report(String source, List<InputFile> files, SplitCounts counts,
      StagedMeasures measures, long repeatedIds, double elapsedSeconds) {
    Map<String, Long> rowsPerFile = counts.rowsPerFile();
    List<IngestReport.SourceFile> sources = files.stream()
        .map(f -> new IngestReport.SourceFile(f.name(), f.path(), f.bytes(), rowsPerFile.getOrDefault(f.path(), 0L)))
        .toList();
    return new IngestReport("ingest", runDate.toString(), source, sources, counts.inputRows(),
        measures.cleanRows(), measures.quarantinedRows(), StagedMeasures.byName(measures.quarantinedByReason()),
        StagedMeasures.byName(measures.softFlags()), measures.nullsPerColumn(), repeatedIds,
        measures.amountsAboveMax(), settings.ingest().maxAmount(), measures.firstTransactionDate(),
        measures.lastTransactionDate(), LakeLayout.partitionOf(layout.cleanTransactions(), runDate),
        LakeLayout.partitionOf(layout.quarantineTransactions(), runDate), elapsedSeconds);
  }
}
