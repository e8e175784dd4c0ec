package com.banksegment.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test helper: generates into memory and splits CSV text into fields (quotes honoured). */
final class CsvText {
  private CsvText() {}

  record Generated(String text, GenerationResult result) {
    /** Data rows as fields, header dropped. */
    List<List<String>> rows() {
      return dataRows(text);
    }
  }

  static Generated generate(long rows, long seed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      GenerationResult result = new TransactionGenerator(new GeneratorSettings(rows, seed)).writeTo(out);
      return new Generated(out.toString(StandardCharsets.US_ASCII), result);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of a CRLF text, without their terminators. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\r\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  static List<List<String>> dataRows(String text) {
    List<String> lines = lines(text);
    List<List<String>> rows = new ArrayList<>(lines.size());
    for (String line : lines.subList(1, lines.size())) {
      rows.add(fields(line));
    }
    return rows;
  }

  /** Splits one CSV line; a quoted field may contain commas (no escaped quotes in this data). */
  static List<String> fields(String line) {
    List<String> fields = new ArrayList<>(9);
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
