package com.banksegment.contract;

import java.util.Objects;

/**
 * One column of a lake table: its name, its type and whether the contract allows a null (Parquet
 * files written by Spark mark every column optional whatever this says). What a column means is
 * written once, in docs/data-contract.md.
 */
public record Column(String name, ColumnType type, boolean nullable) {
  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
