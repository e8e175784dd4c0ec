package com.banksegment.spark.stage;

import com.banksegment.config.LakeLayout;
import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import java.util.Objects;
import org.apache.spark.sql.SparkSession;

/**
 * What every stage job is built with: the Spark session it runs in (the CLI's, or a test's),
 * the settings, the run date it works on and where its progress lines go.
 */
public record StageContext(SparkSession spark, SuiteSettings settings, RunDate runDate, ProgressSink progress) {

  public StageContext {
    Objects.requireNonNull(spark, "spark session");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(runDate, "run date: a stage always works on one run date");
    Objects.requireNonNull(progress, "progress sink");
  }

  /** A context whose progress lines go to standard output. */
  public static StageContext of(SparkSession spark, SuiteSettings settings, RunDate runDate) {
    return new StageContext(spark, settings, runDate, ProgressSink.STANDARD_OUT);
  }

  public StageContext withProgress(ProgressSink sink) {
    return new StageContext(spark, settings, runDate, sink);
  }

  public LakeLayout layout() {
    return settings.lake().layout();
  }

  /**
   * Starts one run of a stage outside a {@link StageJob} (tests of the job contract do): the
   * run's progress clock, its Spark job group and its staging area. Close it when done.
   */
  public StageRun start(String stage) {
    return StageRun.start(this, stage);
  }
}
