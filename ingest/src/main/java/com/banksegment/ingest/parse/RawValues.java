package com.banksegment.ingest.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Strict readers for the value formats of the bank's raw file. Each returns null when the text
 * is not a valid value, so the caller decides whether that is a hard or a soft problem.
 * Hand-rolled scanners rather than regular expressions or {@code DateTimeFormatter}s because
 * they run for every field of every row (millions) and must accept both date styles at once.
 */
public final class RawValues {
  private RawValues() {}

  /**
   * A transaction date: day, month and year separated by {@code /} or {@code -}, as in the
   * original file ({@code 2/8/16}) and the shared copy ({@code 02-08-2016}). A two-digit year is
   * 20yy: the data set's transactions are from 2016. Impossible dates (31/2/16) give null.
   */
  public static LocalDate transactionDate(String text) {
    int[] dmy = dayMonthYear(text);
    if (dmy == null) {
      return null;
    }
    int year = dmy[3] == 2 ? 2000 + dmy[2] : dmy[2];
    return date(year, dmy[1], dmy[0]);
  }

  /**
   * A date of birth in the same styles. Century rule for a two-digit birth year yy: it is 20yy
   * unless that is after the transaction's year, then 19yy (nobody is born after they bank),
   * so with a 2016 transaction 10/1/94 is 1994-01-10, 5/3/04 is 2004-03-05 and 19/1/21 is 1921.
   */
  public static LocalDate birthDate(String text, LocalDate transactionDate) {
    int[] dmy = dayMonthYear(text);
    if (dmy == null) {
      return null;
    }
    int year = dmy[2];
    if (dmy[3] == 2) {
      year = 2000 + year;
      if (year > transactionDate.getYear()) {
        year -= 100;
      }
    }
    return date(year, dmy[1], dmy[0]);
  }

  /**
   * TransactionTime: the integer HHMMSS written without leading zeros (400 is 00:04:00,
   * 143207 is 14:32:07), 1 to 6 digits; hours 0..23, minutes and seconds 0..59.
   */
  public static LocalTime time(String text) {
    int length = text.length();
    if (length == 0 || length > 6) {
      return null;
    }
    int value = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      value = value * 10 + (c - '0');
    }
    int hour = value / 10_000;
    int minute = value / 100 % 100;
    int second = value % 100;
    if (hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    return LocalTime.of(hour, minute, second);
  }

  /**
   * A plain decimal number as the bank writes amounts and balances ({@code 25}, {@code 1400.12},
   * {@code -3.5}); no exponent, no thousands separator, no {@code NaN}/{@code Infinity} (all of
   * which {@link Double#parseDouble} would accept). Null when the text is not such a number.
   */
  public static Double decimal(String text) {
    int length = text.length();
    int start = length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
    boolean digits = false;
    boolean point = false;
    for (int i = start; i < length; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = true;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return null;
      }
    }
    return digits ? Double.valueOf(Double.parseDouble(text)) : null;
  }

  /** {@code HH:mm:ss}, built by hand because it runs once a row. */
  public static String hhmmss(LocalTime time) {
    char[] out = {'0', '0', ':', '0', '0', ':', '0', '0'};
    twoDigits(out, 0, time.getHour());
    twoDigits(out, 3, time.getMinute());
    twoDigits(out, 6, time.getSecond());
    return new String(out);
  }

  private static void twoDigits(char[] out, int at, int value) {
    out[at] = (char) ('0' + value / 10);
    out[at + 1] = (char) ('0' + value % 10);
  }

  private static LocalDate date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Splits d/m/yy, dd-mm-yyyy and their mixes of one or two digit days and months into
   * {day, month, year, digits of the year}; the two separators must be the same character and
   * the year must have 2 or 4 digits. Null for any other shape.
   */
  private static int[] dayMonthYear(String text) {
    int[] out = new int[4];
    int field = 0;
    int digits = 0;
    char separator = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        out[field] = out[field] * 10 + (c - '0');
        digits++;
      } else if ((c == '/' || c == '-') && field < 2 && digits >= 1 && digits <= 2
          && (separator == 0 || separator == c)) {
        separator = c;
        field++;
        digits = 0;
      } else {
        return null;
      }
    }
    if (field != 2 || (digits != 2 && digits != 4)) {
      return null;
    }
    out[3] = digits;
    return out;
  }
}
