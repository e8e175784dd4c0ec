package com.banksegment.ingest;

import com.banksegment.config.BadInputException;
import com.banksegment.config.LakeLayout;
import com.banksegment.config.RunDate;
import com.banksegment.contract.LakeTables;
import com.banksegment.contract.SoftFlag;
import com.banksegment.ingest.IngestReport.Period;
import com.banksegment.ingest.IngestReport.Quality;
import com.banksegment.ingest.IngestReport.Rows;
import com.banksegment.ingest.IngestReport.Source;
import com.banksegment.ingest.IngestReport.SourceFile;
import com.banksegment.ingest.IngestReport.Tables;
import com.banksegment.ingest.read.InputFiles;
import com.banksegment.ingest.read.InputFiles.InputFile;
import com.banksegment.ingest.read.NumberedLines;
import com.banksegment.ingest.read.NumberedLines.SplitCounts;
import com.banksegment.ingest.tables.DuplicateTransactions;
import com.banksegment.ingest.tables.IngestTables;
import com.banksegment.ingest.tables.Observed;
import com.banksegment.ingest.tables.RowCounts;
import com.banksegment.spark.StageFailedException;
import com.banksegment.spark.stage.JobGroup;
import com.banksegment.spark.stage.Progress;
import com.banksegment.spark.stage.StageContext;
import com.banksegment.spark.stage.StageJob;
import com.banksegment.spark.stage.StageRun;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * The ingest stage: the bank's raw CSV of a run date (one file or a folder, local or hdfs://)
 * becomes the clean/transactions and quarantine/transactions partitions and the ingest report,
 * as laid down in docs/data-contract.md.
 *
 * <pre>{@code
 * IngestResult result = new IngestJob(StageContext.of(spark, settings, RunDate.parse("2016-10-21")))
 *     .input("/data/bank_transactions.csv")   // optional: default raw/transactions/run_date=D
 *     .execute();
 * }</pre>
 *
 * <p>Problems of the whole input (missing path, empty file, unrecognised header, no rows) throw
 * {@link BadInputException} before anything is written. Both partitions and the report are
 * staged, the counts checked (input rows = clean + quarantined, else
 * {@link StageFailedException}) and only then committed together, replacing that run date and no
 * other; a failure before the commit leaves the previous output as it was.
 */
public final class IngestJob extends StageJob<IngestResult> {
  public static final String STAGE = "ingest";
  static final String REPORT_FILE = "ingest-report.json";

  private String input;

  public IngestJob(StageContext context) {
    super(STAGE, context);
  }

  /** A raw CSV file or a folder of them; default: the lake's raw/transactions/run_date=D. */
  public IngestJob input(String pathOrFolder) {
    if (pathOrFolder == null || pathOrFolder.isBlank()) {
      throw new BadInputException("input \"" + pathOrFolder + "\": expected a file or folder path");
    }
    this.input = pathOrFolder;
    return this;
  }

  @Override
  protected IngestResult run(StageRun run) {
    SparkSession spark = run.spark();
    LakeLayout layout = run.layout();
    RunDate runDate = run.runDate();
    Progress progress = run.progress();
    JobGroup jobs = run.jobs();
    String source = input != null ? input : layout.rawTransactions(runDate);
    Configuration hadoopConf = spark.sparkContext().hadoopConfiguration();
    List<InputFile> files = InputFiles.resolve(source, hadoopConf);
    InputFiles.checkHeadersAndRows(files, hadoopConf);

    NumberedLines lines = new NumberedLines(JavaSparkContext.fromSparkContext(spark.sparkContext()), files);
    SplitCounts counts = jobs.run("count the lines of " + files.size() + " file(s)", lines::countSplits);
    long inputRows = counts.inputRows();
    if (inputRows == 0) {
      throw new BadInputException(source + ": no transaction rows after the header (only blank lines)");
    }
    progress.step("read " + files.size() + " file(s), counted rows", inputRows);

    DuplicateTransactions duplicates = jobs.run("find repeated TransactionIDs",
        () -> DuplicateTransactions.find(spark, lines, counts, files));
    progress.step("parsed, " + duplicates.repeatedIds() + " repeated TransactionID(s)", inputRows);

    Observed observed = IngestTables.stage(spark, run.outputs(), jobs, lines, counts, duplicates,
        context.settings().ingest().maxAmount());
    RowCounts rows = observed.rows();
    progress.step("written clean rows (staged)", rows.clean());
    progress.step("written quarantined rows (staged)", rows.quarantined());
    checkNoRowLost(inputRows, rows.clean(), rows.quarantined());

    IngestResult.Outputs outputs = new IngestResult.Outputs(layout.partition(LakeTables.CLEAN_TRANSACTIONS, runDate),
        layout.partition(LakeTables.QUARANTINE_TRANSACTIONS, runDate),
        layout.report(STAGE, runDate) + "/" + REPORT_FILE);
    IngestReport report = report(source, files, counts, observed, duplicates.repeatedIds(), outputs,
        progress.elapsedSeconds());
    run.outputs().file(outputs.reportPath(), report.toJson());
    run.outputs().commit();
    progress.step("committed run_date=" + runDate + " with its report", inputRows);
    return new IngestResult(runDate, files.stream().map(InputFile::path).toList(), inputRows, rows, outputs,
        progress.elapsedSeconds());
  }

  /** The job's own bookkeeping check: every input row is either clean or quarantined. */
  static void checkNoRowLost(long inputRows, long cleanRows, long quarantinedRows) {
    if (inputRows != cleanRows + quarantinedRows) {
      throw new StageFailedException("ingest lost or invented rows: " + inputRows + " input rows but "
          + cleanRows + " clean + " + quarantinedRows + " quarantined = " + (cleanRows + quarantinedRows)
          + "; nothing was committed");
    }
  }

  private IngestReport report(String source, List<InputFile> files, SplitCounts counts, Observed observed,
      long repeatedIds, IngestResult.Outputs outputs, double elapsedSeconds) {
    Map<String, Long> rowsPerFile = counts.rowsPerFile();
    List<SourceFile> sources = files.stream()
        .map(f -> new SourceFile(f.name(), f.path(), f.bytes(), rowsPerFile.getOrDefault(f.path(), 0L)))
        .toList();
    RowCounts rows = observed.rows();
    Observed.CleanValues values = observed.values();
    return new IngestReport(STAGE, context.runDate().toString(), new Source(source, sources),
        new Rows(counts.inputRows(), rows.clean(), rows.quarantined(), byName(rows.quarantinedByReason())),
        new Quality(byName(rows.softFlags()), values.nullsPerColumn(), repeatedIds, values.amountsAboveMax(),
            context.settings().ingest().maxAmount()),
        new Period(values.firstTransactionDate(), values.lastTransactionDate()),
        new Tables(outputs.cleanPartition(), outputs.quarantinePartition()), elapsedSeconds);
  }

  /** Reason codes by their name, soft flags by their column: the report's keys. */
  private static <K extends Enum<K>> Map<String, Long> byName(Map<K, Long> counts) {
    Map<String, Long> named = new LinkedHashMap<>();
    counts.forEach((key, value) -> named.put(key instanceof SoftFlag f ? f.column() : key.name(), value));
    return named;
  }
}
