package com.banksegment.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The business date of a batch (YYYY-MM-DD); every lake dataset is partitioned by it. */
public record RunDate(LocalDate date) implements Comparable<RunDate> {

  public static RunDate parse(String text) {
    if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new IllegalArgumentException("run date \"" + text + "\": expected YYYY-MM-DD, e.g. 2016-10-21");
    }
    try {
      return new RunDate(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("run date \"" + text + "\": not a calendar date");
    }
  }

  /** The partition folder name, {@code run_date=YYYY-MM-DD}. */
  public String partition() {
    return "run_date=" + this;
  }

  @Override
  public String toString() {
    return date.toString();
  }

  @Override
  public int compareTo(RunDate other) {
    return date.compareTo(other.date);
  }
}
