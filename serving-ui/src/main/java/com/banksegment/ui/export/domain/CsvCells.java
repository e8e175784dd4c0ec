package com.banksegment.ui.export.domain;

import java.util.regex.Pattern;

/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a text cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is run as a formula when the file is
 * opened in a spreadsheet. Such a cell gets a leading {@code '}, which spreadsheets show as text.
 * A cell that is a plain number ({@code -12}, {@code +3.5}, {@code -1e3}) is left alone: it is
 * harmless and must stay a number (a negative balance). Every CSV the app writes goes through here.
 */
public final class CsvCells {
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private CsvCells() {}

  public static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    if (!risky || NUMBER.matcher(cell).matches()) {
      return cell;
    }
    return "'" + cell;
  }
}
