package com.banksegment.spark.stage;

import com.banksegment.spark.StageFailedException;
import java.util.Objects;

/**
 * A stage of the pipeline as a job: built with its {@link StageContext} (the Spark session,
 * settings, run date and progress sink: a job without a run date cannot be built), configured,
 * then {@link #execute()} runs it and returns an immutable result. Bad input ends in
 * {@link com.banksegment.config.BadInputException}, a failure of the job in
 * {@link StageFailedException}; either way the stage's outputs are left as they were.
 *
 * @param <R> the stage's result: small named records
 */
public abstract class StageJob<R> {
  private final String stage;
  protected final StageContext context;

  protected StageJob(String stage, StageContext context) {
    this.stage = stage;
    this.context = Objects.requireNonNull(context, "stage context");
  }

  /**
   * Runs the stage: its progress lines, its named Spark jobs and its staged outputs belong to one
   * {@link StageRun}, whose staging is dropped unless the job committed it.
   */
  public final R execute() {
    try (StageRun run = StageRun.start(context, stage)) {
      return run(run);
    }
  }

  /** The stage's work; outputs go through {@code run.outputs()} and are committed by the job. */
  protected abstract R run(StageRun run);
}
