package com.banksegment.ingest.parse;

import com.banksegment.config.source.ValueFormats;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads dates, times and timestamps in a source's declared formats, first matching format wins
 * ({@code dd-MM-yyyy HH:mm} and {@code M/d/yyyy H:mm} cannot both match one text). Null when no
 * format reads the text, so the caller decides how bad that is.
 */
final class DeclaredTimestamps {
  private final List<String> patterns;
  private final List<DateTimeFormatter> formatters;
  private final boolean integerHhmmss;

  DeclaredTimestamps(List<String> formats) {
    this.patterns = formats.stream().filter(f -> !f.equals(ValueFormats.INTEGER_HHMMSS)).toList();
    this.formatters = patterns.stream().map(ValueFormats::formatter).toList();
    this.integerHhmmss = formats.contains(ValueFormats.INTEGER_HHMMSS);
  }

  /** The formats as the source declares them, for a rejection's detail. */
  String described() {
    return String.join(" or ", integerHhmmss ? concat(patterns, ValueFormats.INTEGER_HHMMSS) : patterns);
  }

  LocalDateTime dateTime(String text) {
    for (DateTimeFormatter f : formatters) {
      try {
        return LocalDateTime.parse(text, f);
      } catch (DateTimeParseException e) {
        // the next format may read it
      }
    }
    return null;
  }

  LocalDate date(String text) {
    DatedText dated = datedWithPattern(text);
    return dated == null ? null : dated.date();
  }

  /** A date and whether the format that read it writes the year with two digits (a century rule then applies). */
  record DatedText(LocalDate date, boolean twoDigitYear) {}

  DatedText datedWithPattern(String text) {
    for (int i = 0; i < formatters.size(); i++) {
      try {
        return new DatedText(LocalDate.parse(text, formatters.get(i)), ValueFormats.twoDigitYear(patterns.get(i)));
      } catch (DateTimeParseException e) {
        // the next format may read it
      }
    }
    return null;
  }

  LocalTime time(String text) {
    for (DateTimeFormatter f : formatters) {
      try {
        return LocalTime.parse(text, f);
      } catch (DateTimeParseException e) {
        // the next format may read it
      }
    }
    return integerHhmmss ? RawValues.time(text) : null;
  }

  private static List<String> concat(List<String> list, String last) {
    return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(last)).toList();
  }
}
