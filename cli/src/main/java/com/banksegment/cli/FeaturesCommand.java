package com.banksegment.cli;

import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.features.FeaturesJob;
import com.banksegment.features.FeaturesResult;
import com.banksegment.features.eda.SegmentSummary;
import com.banksegment.spark.stage.StageContext;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;

/** {@code segment features}: the customer table, RFM scores and segments, the EDA report. */
@Command(name = "features", mixinStandardHelpOptions = true,
    description = "One row per customer (RFM, age, balance, gender, location), RFM segments, EDA report.")
final class FeaturesCommand extends StageCommand {

  @Override
  String runStage(SparkSession spark, SuiteSettings settings, RunDate runDate) {
    return run(spark, settings, runDate);
  }

  static String run(SparkSession spark, SuiteSettings settings, RunDate runDate) {
    FeaturesResult r = new FeaturesJob(StageContext.of(spark, settings, runDate)).execute();
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
        "features %s: %,d transactions -> %,d customers, snapshot %s (%.1fs)%n"
            + "  customers with conflicting attributes %,d; imputed age %,d, balance %,d, gender %,d",
        r.runDate(), r.batch().transactions(), r.batch().customers(), r.batch().snapshotDate(), r.elapsedSeconds(),
        r.conflicts().anyAttribute(), r.imputations().age(), r.imputations().balance(),
        r.imputations().gender()));
    for (SegmentSummary seg : r.segments()) {
      s.append(String.format(Locale.ROOT, "%n  %-20s %,10d customers %5.1f%%", seg.segment(), seg.customers(),
          100 * seg.share()));
    }
    s.append("\n  customers: ").append(r.outputs().customersPath()).append("\n  report:    ")
        .append(r.outputs().htmlReport());
    return s.toString();
  }
}
