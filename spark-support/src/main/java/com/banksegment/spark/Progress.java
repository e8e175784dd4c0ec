package com.banksegment.spark;

import java.io.PrintStream;
import java.util.Locale;

/** Prints one line per step of a long job: stage, what happened, rows, elapsed seconds. */
public final class Progress {
  private final String stage;
  private final PrintStream out;
  private final long startNanos = System.nanoTime();

  public Progress(String stage) {
    this(stage, System.out);
  }

  public Progress(String stage, PrintStream out) {
    this.stage = stage;
    this.out = out;
  }

  public void step(String what) {
    out.printf(Locale.ROOT, "[%s] %-48s %8.1fs%n", stage, what, elapsedSeconds());
    out.flush();
  }

  public void step(String what, long rows) {
    out.printf(Locale.ROOT, "[%s] %-48s %,12d rows %8.1fs%n", stage, what, rows, elapsedSeconds());
    out.flush();
  }

  public double elapsedSeconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
