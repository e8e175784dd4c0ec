package com.banksegment.cli;

import com.banksegment.features.FeaturesJob;
import com.banksegment.ingest.IngestJob;
import com.banksegment.modeling.ModelJob;
import com.banksegment.modeling.publish.PublishJob;
import com.banksegment.modeling.score.DecideJob;
import com.banksegment.modeling.score.Decision;
import com.banksegment.modeling.score.ScoreJob;
import com.banksegment.spark.stage.StageContext;
import com.banksegment.spark.stage.StageJob;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The stages of a run, in order, each bound to its command name, its job and the summary the
 * console shows: the one source of truth for the stage commands, {@code segment run}, the
 * spark-submit wrapper and the Airflow DAG (which checks itself against {@code segment stages}).
 * {@link #DECIDE} chooses which one of {@link #MODEL} (refit) and {@link #SCORE} (score-only) a
 * run takes ({@code RefitPolicy}); the DAG branches on its decision the same way.
 */
public enum SuiteStage {
  INGEST(IngestJob.STAGE, "raw CSV to clean Parquet + quarantine + ingest report",
      bind((context, input) -> input == null ? new IngestJob(context) : new IngestJob(context).input(input),
          StageSummaries::ingest)),
  FEATURES(FeaturesJob.STAGE, "customer table, RFM scores and segments, EDA report",
      bind((context, input) -> new FeaturesJob(context), StageSummaries::features)),
  DECIDE(DecideJob.STAGE, "drift against the served model and the refit policy: model (refit) or score next",
      bind((context, input) -> new DecideJob(context), StageSummaries::decide)),
  MODEL(ModelJob.STAGE, "refit: scaling, PCA, k sweep, K-means, Naive Bayes, bundle, segment tables",
      bind((context, input) -> new ModelJob(context), StageSummaries::model)),
  SCORE(ScoreJob.STAGE, "score-only: assign the customers with the served model, segment tables",
      bind((context, input) -> new ScoreJob(context), StageSummaries::score)),
  PUBLISH(PublishJob.STAGE, "validate the run's tables and bundle, then point readers at it",
      bind((context, input) -> new PublishJob(context), StageSummaries::publish));

  /** Runs a stage's job in a context and returns its summary and result. */
  @FunctionalInterface
  private interface Runner {
    Ran run(StageContext context, String input);
  }

  /** A stage's summary for the console and its job's result (a {@link Decision} for decide). */
  record Ran(String summary, Object result) {}

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

  /** Whether the stage is one of the two that {@link #DECIDE} chooses between: refit or score-only. */
  public boolean chosenByDecide() {
    return this == MODEL || this == SCORE;
  }

  /** Whether a run that decided {@code decision} runs this stage. */
  public boolean runsAfter(Decision decision) {
    return !chosenByDecide() || command.equals(decision.stage());
  }

  /**
   * Runs the stage's job and returns its summary for the console and its result.
   *
   * @param input the raw input for ingest (null: the lake's landing folder); other stages ignore it
   */
  public Ran run(StageContext context, String input) {
    return runner.run(context, input);
  }

  private static <R> Runner bind(BiFunction<StageContext, String, StageJob<R>> job, Function<R, String> summary) {
    return (context, input) -> {
      R result = job.apply(context, input).execute();
      return new Ran(summary.apply(result), result);
    };
  }
}
