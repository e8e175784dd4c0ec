package com.banksegment.config.source;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * The date and time formats a source may declare: Java {@link DateTimeFormatter} patterns
 * ({@code dd-MM-yyyy HH:mm}, {@code M/d/yyyy H:mm}, {@code d/M/yy}), read strictly so an
 * impossible date such as 31/2 is an error rather than the 28th, plus {@value #INTEGER_HHMMSS}:
 * a time written as the integer HHMMSS without leading zeros (the bank's {@code 400} is 00:04:00).
 */
public final class ValueFormats {
  /** A time as the integer HHMMSS without leading zeros, 1 to 6 digits. */
  public static final String INTEGER_HHMMSS = "integer-hhmmss";

  private ValueFormats() {}

  /**
   * The strict formatter of a pattern. {@code y} (year of era) is read as {@code u} (proleptic
   * year): a strict formatter needs an era for {@code y}, and nobody writes one. Throws
   * {@link IllegalArgumentException} for a pattern Java does not accept.
   */
  public static DateTimeFormatter formatter(String pattern) {
    return DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  }

  /** Whether the pattern writes the year with two digits ({@code yy}), which then needs a century rule. */
  public static boolean twoDigitYear(String pattern) {
    String p = pattern.replace('u', 'y');
    return p.contains("yy") && !p.contains("yyy");
  }
}
