package com.banksegment.contract;

import java.util.Objects;

/**
 * One column of a lake table. {@code nullable} says whether the contract allows a null (Parquet
 * files written by Spark mark every column optional whatever this says).
 */
public record Column(String name, ColumnType type, boolean nullable, String meaning) {
  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    meaning = meaning == null ? "" : meaning;
  }
}
