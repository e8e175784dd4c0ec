package com.banksegment.spark.stage;

import com.banksegment.spark.StageFailedException;

/**
 * A stage of the pipeline as a job: built with its {@link StageContext} (the Spark session,
 * settings, run date and progress sink; a job without a run date cannot be built), configured,
 * then {@link #execute()} does the work and returns an immutable result. Bad input ends in
 * {@link com.banksegment.config.BadInputException}, a failure of the job in
 * {@link StageFailedException}; either way the stage's outputs are left as they were.
 *
 * @param <R> the stage's result: small named records
 */
public interface StageJob<R> {
  R execute();
}
