package com.banksegment.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The ingest report, written as JSON (snake_case keys) to
 * {@code reports/ingest/run_date=D/ingest-report.json}. The counts are observed on the rows as
 * they are written, and the row counts are checked against the written files before the commit.
 */
public record IngestReport(
    String stage,
    String runDate,
    String input,
    List<SourceFile> sourceFiles,
    long inputRows,
    long cleanRows,
    long quarantinedRows,
    Map<String, Long> quarantinedByReason,
    Map<String, Long> softFlags,
    Map<String, Long> nullsPerColumn,
    long repeatedTransactionIds,
    long amountsAboveMax,
    double maxAmount,
    String firstTransactionDate,
    String lastTransactionDate,
    String cleanTable,
    String quarantineTable,
    double elapsedSeconds) {

  /** A raw file and its data rows (non-blank lines after the header). */
  public record SourceFile(String name, String path, long bytes, long rows) {}

  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT);

  public String toJson() {
    try {
      return JSON.writeValueAsString(this) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write the ingest report as JSON", e);
    }
  }

  public static IngestReport fromJson(String json) {
    try {
      return JSON.readValue(json, IngestReport.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("not an ingest report: " + e.getOriginalMessage(), e);
    }
  }
}
