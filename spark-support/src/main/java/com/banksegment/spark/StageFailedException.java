package com.banksegment.spark;

/**
 * The stage failed for a reason that is not bad input: its own checks on what it wrote did not
 * hold (rows lost, a staged table that fails validation, a model that left a cluster empty), so
 * nothing was committed. The CLI exits with 1; retrying may help, the message says what failed.
 * An {@link IllegalStateException}: the run's state is not what the stage promised.
 */
public class StageFailedException extends IllegalStateException {
  public StageFailedException(String message) {
    super(message);
  }

  public StageFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
