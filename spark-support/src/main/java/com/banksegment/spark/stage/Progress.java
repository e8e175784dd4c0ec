package com.banksegment.spark.stage;

import java.util.Locale;

/** One line per step of a stage run: the stage, what happened, rows, seconds since the run began. */
public final class Progress {
  private final String stage;
  private final ProgressSink sink;
  private final long startNanos = System.nanoTime();

  public Progress(String stage, ProgressSink sink) {
    this.stage = stage;
    this.sink = sink;
  }

  public void step(String what) {
    sink.line(String.format(Locale.ROOT, "[%s] %-48s %8.1fs", stage, what, elapsedSeconds()));
  }

  public void step(String what, long rows) {
    sink.line(String.format(Locale.ROOT, "[%s] %-48s %,12d rows %8.1fs", stage, what, rows, elapsedSeconds()));
  }

  public double elapsedSeconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
