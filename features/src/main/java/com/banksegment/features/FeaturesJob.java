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
import com.banksegment.contract.LakeTables;
import com.banksegment.features.FeaturesResult.Imputations;
import com.banksegment.features.customers.CustomerAggregation;
import com.banksegment.features.customers.CustomerRanks;
import com.banksegment.features.customers.CustomerTableBuilder;
import com.banksegment.features.eda.CustomerOverview;
import com.banksegment.features.eda.EdaPage;
import com.banksegment.features.eda.EdaReport;
import com.banksegment.features.eda.EdaReportWriter;
import com.banksegment.features.rfm.RfmSegments;
import com.banksegment.features.transactions.TransactionOverview;
import com.banksegment.features.transactions.PurchaseTransactions;
import com.banksegment.spark.SparkSchemas;
import com.banksegment.spark.StageFailedException;
import com.banksegment.spark.stage.JobGroup;
import com.banksegment.spark.stage.StageContext;
import com.banksegment.spark.stage.StageJob;
import com.banksegment.spark.stage.StageRun;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The features stage: reads the clean transactions of a run date, writes the customer table
 * (clean/customers/run_date=D: features, imputation flags, RFM scores and segments) and the EDA
 * report (reports/eda/run_date=D), committed together.
 *
 * <pre>{@code
 * FeaturesResult result = new FeaturesJob(StageContext.of(spark, settings, RunDate.parse("2016-10-21"))).execute();
 * }</pre>
 */
public final class FeaturesJob extends StageJob<FeaturesResult> {
  public static final String STAGE = "features";
  private static final String REPORT = "eda";

  public FeaturesJob(StageContext context) {
    super(STAGE, context);
  }

  @Override
  protected FeaturesResult run(StageRun run) {
    LakeLayout layout = run.layout();
    RunDate runDate = run.runDate();
    String source = layout.partition(LakeTables.CLEAN_TRANSACTIONS, runDate);
    List<RfmSegmentRule> rules = context.settings().features().rfmSegments();

    Dataset<Row> transactions = PurchaseTransactions.read(run.spark(), layout, runDate);
    TransactionOverview tx = run.jobs().run("profile the transactions",
        () -> TransactionOverview.compute(transactions));
    if (tx.transactions() == 0) {
      throw new BadInputException(source + ": no transactions in the partition; nothing to build customers from");
    }
    LocalDate snapshot = tx.lastDate().plusDays(1);
    run.progress().step("transactions profiled", tx.transactions());

    Dataset<Row> aggregate = CustomerAggregation.aggregate(transactions, tx, snapshot)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      CustomerRanks ranks = run.jobs().run("aggregate the customers, quintiles and medians",
          () -> CustomerRanks.compute(aggregate, context.settings().features().driverStatisticsMaxCustomers()));
      long customers = ranks.customers();
      run.progress().step("customers aggregated, quintiles and medians", customers);

      // Not cached: deriving scores and segments from the cached aggregate costs less per pass
      // than building a second cache.
      Dataset<Row> wide = CustomerTableBuilder.build(aggregate, ranks, new RfmSegments(rules),
          PurchaseTransactions.observed(transactions, "gender"));
      String customersPath = layout.partition(LakeTables.CUSTOMERS, runDate);
      // The report's profile of the customers and the table's write read the cached aggregate and
      // nothing of each other: side by side, each one's planning and last tasks leave a core to the other.
      CompletableFuture<CustomerOverview> profiling = run.jobs().start("profile the customers for the EDA report",
          () -> CustomerOverview.compute(wide, ranks, rules.stream().map(RfmSegmentRule::name).toList()));
      JobGroup.meanwhile(profiling, () -> {
        run.jobs().run("write the customer table (staged)", () -> run.outputs().table(LakeTables.CUSTOMERS,
            wide.select(SparkSchemas.columns(LakeTables.CUSTOMERS)),
            staged -> validate(staged, customers, customersPath)));
        run.progress().step("customer table written (staged)", customers);
        return null;
      });
      CustomerOverview overview = profiling.join();
      EdaReport report = EdaReport.of(runDate, snapshot, source, tx, overview, customers);
      String reportDir = layout.report(REPORT, runDate);
      // The table and its report change together: a failed report leaves both as they were.
      EdaReportWriter.write(run.spark(), run.jobs(), report, EdaPage.render(report, rules),
          run.outputs().folder(reportDir));
      run.outputs().commit();
      run.progress().step("customer table and EDA report committed", customers);

      return new FeaturesResult(runDate, new FeaturesResult.Batch(snapshot, tx.transactions(), customers),
          overview.conflicts(),
          new Imputations(overview.imputed().get("age"), overview.imputed().get("balance"),
              overview.imputed().get("gender"), finite(ranks.medianAge()), finite(ranks.medianBalance())),
          overview.segments(),
          new FeaturesResult.Outputs(customersPath, reportDir, reportDir + "/" + EdaReportWriter.HTML),
          run.progress().elapsedSeconds());
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
      throw new StageFailedException("customer table for " + target + " failed validation: " + check.getLong(0)
          + " rows staged for " + customers + " customers, " + check.getLong(1) + " without id or segment");
    }
    for (int i = 2; i < 8; i++) {
      int score = check.getInt(i);
      if (score < 1 || score > 5) {
        throw new StageFailedException("customer table for " + target + " failed validation: score " + score
            + " outside 1..5");
      }
    }
  }

  private static Double finite(double v) {
    return Double.isNaN(v) ? null : v;
  }
}
