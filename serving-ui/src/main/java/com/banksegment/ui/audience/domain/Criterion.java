package com.banksegment.ui.audience.domain;

import java.util.List;

/**
 * One way to narrow an audience: a column of {@code customer_segments} and how its values are
 * offered, either as they are (a segment, an RFM segment, a location) or grouped in bands of a
 * number (age, balance). {@link Criteria#ALL} lists them; a new column is one more line there.
 *
 * @param column the column of the published customer table
 * @param label what the page calls it
 * @param bands for a number, its bands in order; empty: the column's own values
 */
public record Criterion(String column, String label, List<Band> bands) {

  /** A number's band: {@code from} inclusive, {@code to} exclusive (infinite for the last). */
  public record Band(String label, double from, double to) {
    public boolean contains(double v) {
      return v >= from && v < to;
    }
  }

  public static Criterion values(String column, String label) {
    return new Criterion(column, label, List.of());
  }

  public static Criterion bands(String column, String label, List<Band> bands) {
    return new Criterion(column, label, List.copyOf(bands));
  }

  public boolean banded() {
    return !bands.isEmpty();
  }

  /** The band of a number, or null when it falls in none (or is missing). */
  public String bandOf(double v) {
    for (Band b : bands) {
      if (b.contains(v)) {
        return b.label();
      }
    }
    return null;
  }
}
