package com.banksegment.contract;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The mark of a score-only run (docs/data-contract.md, "Score-only runs"): {@code segment score}
 * assigns a run date's customers with the served model instead of fitting one, and writes in
 * {@code models/run_date=D/} a copy of that model's {@code bundle.json} and this small file naming
 * the model run. A folder with it holds no Spark models of its own: the model run's folder has them.
 * Publish accepts the copied bundle (trained for another date) when this file names that date, and
 * the web app reads it the same way. A plain properties text, so every module reads it without a
 * JSON library.
 *
 * @param runDate the scored run date (the folder's)
 * @param modelRunDate the run whose model assigned the customers (a refit run, never a scored one)
 * @param customers the customers scored: the rows of the run's customer_segments
 */
public record ScoredRun(String runDate, String modelRunDate, long customers) {
  public static final String FILE_NAME = "scored.properties";

  public ScoredRun {
    if (runDate.equals(modelRunDate)) {
      throw new IllegalArgumentException("a scored run cannot use a model of its own date " + runDate);
    }
  }

  public String toText() {
    return "# A score-only run: the customers of " + runDate + " assigned by the model of " + modelRunDate
        + " (docs/data-contract.md)\n"
        + "run_date=" + runDate + "\nmodel_run_date=" + modelRunDate + "\ncustomers=" + customers + "\n";
  }

  /** Reads the file's text; a missing or bad field is a one-line error naming the file and the field. */
  public static ScoredRun parse(String text, String location) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String runDate = field(p, "run_date", location);
    String model = field(p, "model_run_date", location);
    String customers = field(p, "customers", location);
    try {
      return new ScoredRun(runDate, model, Long.parseLong(customers));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(location + ": customers \"" + customers + "\" is not a whole number");
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(location + ": " + e.getMessage());
    }
  }

  private static String field(Properties p, String name, String location) {
    String v = p.getProperty(name);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException(location + ": no " + name + " (expected run_date, model_run_date, customers)");
    }
    return v.trim();
  }
}
