package com.banksegment.contract;

/** The types a lake column may have, named as docs/data-contract.md names them. */
public enum ColumnType {
  STRING("string"),
  INT("int"),
  LONG("long"),
  DOUBLE("double"),
  BOOLEAN("boolean"),
  DATE("date"),
  TIMESTAMP("timestamp"),
  DOUBLE_ARRAY("array<double>");

  private final String docName;

  ColumnType(String docName) {
    this.docName = docName;
  }

  /** The type as the data contract writes it ({@code string}, {@code long}, {@code array<double>}). */
  public String docName() {
    return docName;
  }

  public static ColumnType ofDocName(String name) {
    for (ColumnType t : values()) {
      if (t.docName.equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException("column type \"" + name + "\": expected one of string, int, long, double,"
        + " boolean, date, timestamp, array<double>");
  }
}
