package com.banksegment.features;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.banksegment.config.BadInputException;
import com.banksegment.config.LakeLayout;
import com.banksegment.config.RfmSegmentRule;
import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.features.FeaturesResult.Imputations;
import com.banksegment.spark.LakeFiles;
import com.banksegment.spark.PartitionWriter;
import com.banksegment.spark.Progress;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The features stage: reads the clean transactions of a run date, writes the customer table
 * (clean/customers/run_date=D: features, imputation flags, RFM scores and segments) and the EDA
 * report (reports/eda/run_date=D). Both are published atomically.
 *
 * <pre>{@code
 * FeaturesResult result = new FeaturesJob(spark, settings).runDate(RunDate.parse("2016-10-21")).execute();
 * }</pre>
 */
public final class FeaturesJob {
  private final SparkSession spark;
  private final SuiteSettings settings;
  private RunDate runDate;
  private PrintStream progressOut = System.out;

  public FeaturesJob(SparkSession spark, SuiteSettings settings) {
    this.spark = Objects.requireNonNull(spark, "spark session");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** The run date whose clean/transactions partition is read (required). */
  public FeaturesJob runDate(RunDate runDate) {
    this.runDate = Objects.requireNonNull(runDate, "run date");
    return this;
  }

  /** Where the progress lines go (standard output by default). */
  public FeaturesJob progressTo(PrintStream out) {
    this.progressOut = Objects.requireNonNull(out, "progress stream");
    return this;
  }

  public FeaturesResult execute() {
    if (runDate == null) {
      throw new IllegalStateException("features: no run date given; call runDate(...) before execute()");
    }
    Progress progress = new Progress("features", progressOut);
    LakeLayout layout = settings.lake().layout();
    String source = LakeLayout.partitionOf(layout.cleanTransactions(), runDate);
    List<RfmSegmentRule> rules = settings.features().rfmSegments();
    RfmSegments segments = new RfmSegments(rules);

    Dataset<Row> transactions = TransactionsInput.read(spark, layout, runDate);
    TransactionOverview tx = TransactionOverview.compute(transactions);
    if (tx.transactions() == 0) {
      throw new BadInputException(source + ": no transactions in the partition; nothing to build customers from");
    }
    LocalDate snapshot = tx.lastDate().plusDays(1);
    progress.step("transactions profiled", tx.transactions());

    Dataset<Row> aggregate = CustomerAggregation.aggregate(transactions, tx, snapshot)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      CustomerRanks ranks = CustomerRanks.compute(aggregate);
      long customers = ranks.customers();
      progress.step("customers aggregated, quintiles and medians", customers);

      // Not cached: deriving scores and segments from the cached aggregate costs less per pass
      // than building a second cache.
      Dataset<Row> wide = CustomerTable.build(aggregate, ranks, segments);
      String customersPath = LakeLayout.partitionOf(layout.customers(), runDate);
      PartitionWriter writer = new PartitionWriter(spark, layout.root() + "/_staging");
      String stagedCustomers = writer.stageValidated(
          wide.select(CustomerTable.COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new)),
          layout.customers(), runDate, staged -> validate(staged, customers, customersPath));
      progress.step("customer table written (staged)", customers);

      String reportDir = layout.report("eda", runDate);
      String stagedReport = layout.staging("eda-report", runDate);
      CustomerOverview overview;
      try {
        overview = CustomerOverview.compute(wide, ranks,
            rules.stream().map(RfmSegmentRule::name).toList());
        EdaReport report = EdaReport.of(runDate, snapshot, source, tx, overview, customers);
        EdaReportWriter.stage(spark, report, HtmlReport.render(report, rules), stagedReport);
        // The table and its report change together: a failed report leaves both as they were.
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put(stagedCustomers, customersPath);
        outputs.put(stagedReport, reportDir);
        LakeFiles.of(spark).replaceTogether(outputs);
      } catch (RuntimeException e) {
        LakeFiles.of(spark).delete(stagedCustomers);
        LakeFiles.of(spark).delete(stagedReport);
        throw e;
      }
      progress.step("customer table and EDA report committed", customers);

      return new FeaturesResult(runDate, snapshot, tx.transactions(), customers, overview.conflicts(),
          new Imputations(overview.imputed().get("age"), overview.imputed().get("balance"),
              overview.imputed().get("gender"), finite(ranks.medianAge()), finite(ranks.medianBalance())),
          overview.segments(), customersPath, reportDir, reportDir + "/" + EdaReportWriter.HTML,
          progress.elapsedSeconds());
    } finally {
      aggregate.unpersist();
    }
  }

  /** Checks the staged table as written: one row per customer, scores in 1..5, a segment for everyone. */
  private static void validate(Dataset<Row> staged, long customers, String target) {
    Row check = staged.agg(count(lit(1)), sum(when(col("customer_id").isNull().or(col("rfm_segment").isNull()), 1L)
        .otherwise(0L)), min(col("r_score")), max(col("r_score")), min(col("f_score")), max(col("f_score")),
        min(col("m_score")), max(col("m_score"))).first();
    if (check.getLong(0) != customers || check.getLong(1) != 0) {
      throw new IllegalStateException("customer table for " + target + " failed validation: " + check.getLong(0)
          + " rows staged for " + customers + " customers, " + check.getLong(1) + " without id or segment");
    }
    for (int i = 2; i < 8; i++) {
      int score = check.getInt(i);
      if (score < 1 || score > 5) {
        throw new IllegalStateException("customer table for " + target + " failed validation: score " + score
            + " outside 1..5");
      }
    }
  }

  private static Double finite(double v) {
    return Double.isNaN(v) ? null : v;
  }
}
