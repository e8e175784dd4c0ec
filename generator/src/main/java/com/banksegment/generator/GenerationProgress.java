package com.banksegment.generator;

import java.time.Duration;

/** Told every so many rows (and once at the end) how far the writing has come. */
@FunctionalInterface
public interface GenerationProgress {
  void rowsWritten(long rowsWritten, long totalRows, Duration elapsed);
}
