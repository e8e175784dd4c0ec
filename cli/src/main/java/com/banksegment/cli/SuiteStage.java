package com.banksegment.cli;

import com.banksegment.features.FeaturesJob;
import com.banksegment.ingest.IngestJob;
import com.banksegment.modeling.ModelJob;
import com.banksegment.modeling.publish.PublishJob;
import com.banksegment.spark.stage.StageContext;
import com.banksegment.spark.stage.StageJob;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The stages of a run, in order, each bound to its command name, its job and the summary the
 * console shows: the one source of truth for the stage commands, {@code segment run}, the
 * spark-submit wrapper and the Airflow DAG (which checks itself against {@code segment stages}).
 */
public enum SuiteStage {
  INGEST(IngestJob.STAGE, "raw CSV to clean Parquet + quarantine + ingest report",
      bind((context, input) -> input == null ? new IngestJob(context) : new IngestJob(context).input(input),
          StageSummaries::ingest)),
  FEATURES(FeaturesJob.STAGE, "customer table, RFM scores and segments, EDA report",
      bind((context, input) -> new FeaturesJob(context), StageSummaries::features)),
  MODEL(ModelJob.STAGE, "scaling, PCA, k sweep, K-means, Naive Bayes, bundle, segment tables",
      bind((context, input) -> new ModelJob(context), StageSummaries::model)),
  PUBLISH(PublishJob.STAGE, "validate the run's tables and bundle, then point readers at it",
      bind((context, input) -> new PublishJob(context), StageSummaries::publish));

  /** Runs a stage's job in a context and returns its summary. */
  @FunctionalInterface
  private interface Runner {
    String run(StageContext context, String input);
  }

  private final String command;
  private final String summary;
  private final Runner runner;

  SuiteStage(String command, String summary, Runner runner) {
    this.command = command;
    this.summary = summary;
    this.runner = runner;
  }

  public String command() {
    return command;
  }

  public String summary() {
    return summary;
  }

  /** Whether the stage reads an input given on the command line ({@code --input}). */
  public boolean takesInput() {
    return this == INGEST;
  }

  /**
   * Runs the stage's job and returns its summary for the console.
   *
   * @param input the raw input for ingest (null: the lake's landing folder); other stages ignore it
   */
  public String run(StageContext context, String input) {
    return runner.run(context, input);
  }

  private static <R> Runner bind(BiFunction<StageContext, String, StageJob<R>> job, Function<R, String> summary) {
    return (context, input) -> summary.apply(job.apply(context, input).execute());
  }
}
