package com.banksegment.cli;

import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.modeling.PublishJob;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;

/** {@code segment publish}: validate a model run and point readers at it (an older date rolls back). */
@Command(name = "publish", mixinStandardHelpOptions = true,
    description = "Check a model run's bundle and tables, then point readers (UI, BI) at it."
        + " Naming an older run date rolls the model back.")
final class PublishCommand extends StageCommand {

  @Override
  String runStage(SparkSession spark, SuiteSettings settings, RunDate runDate) {
    return run(spark, settings, runDate);
  }

  static String run(SparkSession spark, SuiteSettings settings, RunDate runDate) {
    PublishJob.PublishResult r = new PublishJob(spark, settings).runDate(runDate).execute();
    return String.format(Locale.ROOT, "publish %s: readers now use this run (%,d customers, %d segments; was %s)%n"
        + "  pointer: %s", r.runDate(), r.customers(), r.segments(),
        r.previousPointer() == null ? "none" : r.previousPointer(), r.pointerPath());
  }
}
