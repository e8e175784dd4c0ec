package com.banksegment.ingest;

import java.util.List;

/** The bank's raw transaction layout: the header every input file must start with. */
public final class RawLayout {
  private RawLayout() {}

  public static final List<String> COLUMNS = List.of(
      "TransactionID", "CustomerID", "CustomerDOB", "CustGender", "CustLocation",
      "CustAccountBalance", "TransactionDate", "TransactionTime", "TransactionAmount (INR)");

  public static final String HEADER = String.join(",", COLUMNS);

  static final int TRANSACTION_ID = 0;
  static final int CUSTOMER_ID = 1;
  static final int CUSTOMER_DOB = 2;
  static final int GENDER = 3;
  static final int LOCATION = 4;
  static final int BALANCE = 5;
  static final int TRANSACTION_DATE = 6;
  static final int TRANSACTION_TIME = 7;
  static final int AMOUNT = 8;

  /** True when the line is the expected header (names compared trimmed, ignoring case and a BOM). */
  public static boolean isHeader(String line) {
    String text = line.startsWith("\uFEFF") ? line.substring(1) : line;
    String[] names = text.split(",", -1);
    if (names.length != COLUMNS.size()) {
      return false;
    }
    for (int i = 0; i < names.length; i++) {
      if (!names[i].trim().equalsIgnoreCase(COLUMNS.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A line with nothing but spaces, tabs or a carriage return separates nothing and is not an
   * input row (a trailing empty line, say). Control characters other than those are junk, not blank.
   */
  public static boolean isBlank(CharSequence line) {
    for (int i = 0; i < line.length(); i++) {
      if (!isSpace(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** As {@link #isBlank(CharSequence)}, on UTF-8 bytes (ASCII whitespace is single bytes). */
  public static boolean isBlank(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (!isSpace((char) bytes[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B;
  }

  /** A raw value made safe for a one-line message: quoted, control characters escaped, cut at 60 chars. */
  public static String show(String value) {
    return show(value, 60);
  }

  /** As {@link #show(String)}, cut at {@code max} characters. */
  public static String show(String value, int max) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), max) + 5).append('"');
    for (int i = 0; i < value.length() && i < max; i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\uFFFD') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append(value.length() > max ? "...\"" : "\"").toString();
  }
}
