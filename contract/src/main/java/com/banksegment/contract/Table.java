package com.banksegment.contract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table of the lake: its name, its folder relative to the lake root (a run date's rows are in
 * {@code <path>/run_date=D}) and its columns in the order they are written.
 */
public record Table(String name, String path, List<Column> columns) {

  public Table {
    columns = List.copyOf(columns);
    Set<String> seen = new HashSet<>();
    for (Column c : columns) {
      if (!seen.add(c.name())) {
        throw new IllegalArgumentException("table " + name + ": column " + c.name() + " appears twice");
      }
    }
  }

  /**
   * A table whose folder is {@code path} (its name is the folder's last part), with its columns
   * written as the data contract lists them: {@code "name type"} pairs separated by commas, in
   * order; a {@code ?} after the type allows nulls ({@code "customer_dob date?"}).
   */
  public static Table of(String path, String columns) {
    List<Column> parsed = new ArrayList<>();
    for (String declaration : columns.split(",")) {
      String[] nameAndType = declaration.trim().split("\\s+");
      if (nameAndType.length != 2) {
        throw new IllegalArgumentException("table " + path + ": column \"" + declaration.trim()
            + "\": expected a name and a type, e.g. \"customer_id string\"");
      }
      String type = nameAndType[1];
      boolean nullable = type.endsWith("?");
      parsed.add(new Column(nameAndType[0], ColumnType.ofDocName(nullable ? type.substring(0, type.length() - 1)
          : type), nullable));
    }
    return new Table(path.substring(path.lastIndexOf('/') + 1), path, parsed);
  }

  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  public boolean has(String column) {
    return columns.stream().anyMatch(c -> c.name().equals(column));
  }

  /** The named column; a name the contract does not know is a programming error, caught by the first test that runs it. */
  public Column column(String column) {
    return columns.stream().filter(c -> c.name().equals(column)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("table " + name + " has no column " + column
            + " (docs/data-contract.md lists " + columnNames() + ")"));
  }

  /**
   * The name of a column of this table, checked against the contract: readers look columns up
   * with it, so a column the contract does not have fails the first test that reads it.
   */
  public String col(String column) {
    return column(column).name();
  }

  /** The same table reduced to some of its columns, in the given order: what a reader needs of it. */
  public Table select(String... names) {
    List<Column> selected = new ArrayList<>();
    for (String n : names) {
      selected.add(column(n));
    }
    return new Table(name, path, selected);
  }
}
