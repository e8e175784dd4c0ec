package com.banksegment.contract;

import java.util.List;

/**
 * A raw file layout: the columns its header names, in order. Ingest finds each field by its
 * column's position in the layout and the generator writes the same header, so a layout is one
 * value (a list of named columns) that a future source can declare beside the bank's.
 */
public record RawLayout(String name, List<String> columns) {

  /** The bank's transaction file (the public "bank customer segmentation" data set). */
  public static final RawLayout BANK = new RawLayout("bank", List.of(
      "TransactionID", "CustomerID", "CustomerDOB", "CustGender", "CustLocation",
      "CustAccountBalance", "TransactionDate", "TransactionTime", "TransactionAmount (INR)"));

  public RawLayout {
    columns = List.copyOf(columns);
  }

  /** The header line as the layout's files start with it. */
  public String header() {
    return String.join(",", columns);
  }

  public int size() {
    return columns.size();
  }

  /** The position of a column in every row; a name the layout lacks is a programming error. */
  public int indexOf(String column) {
    int i = columns.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("raw layout " + name + " has no column " + column + ": expected one of "
          + columns);
    }
    return i;
  }

  /** True when the line is this layout's header (names compared trimmed, ignoring case and a BOM). */
  public boolean isHeader(String line) {
    String text = line.startsWith("\uFEFF") ? line.substring(1) : line;
    String[] names = text.split(",", -1);
    if (names.length != columns.size()) {
      return false;
    }
    for (int i = 0; i < names.length; i++) {
      if (!names[i].trim().equalsIgnoreCase(columns.get(i))) {
        return false;
      }
    }
    return true;
  }
}
