package com.banksegment.contract;

import java.util.Locale;

/** The types a lake column may have, named as docs/data-contract.md names them. */
public enum ColumnType {
  STRING, INT, LONG, DOUBLE, BOOLEAN, DATE, TIMESTAMP, DOUBLE_ARRAY;

  /** The type as the data contract writes it ({@code string}, {@code long}, {@code array<double>}). */
  public String docName() {
    return this == DOUBLE_ARRAY ? "array<double>" : name().toLowerCase(Locale.ROOT);
  }

  public static ColumnType ofDocName(String name) {
    for (ColumnType t : values()) {
      if (t.docName().equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException("column type \"" + name + "\": expected one of string, int, long, double,"
        + " boolean, date, timestamp, array<double>");
  }
}
