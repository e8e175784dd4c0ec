package com.banksegment.ingest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The ingest report, written as one flat JSON object (snake_case keys, docs/data-contract.md) to
 * {@code reports/ingest/run_date=D/ingest-report.json}; here in sections. The counts are observed
 * on the rows as they are written and checked against the written files before the commit.
 */
public record IngestReport(
    String stage,
    String runDate,
    @JsonUnwrapped Source source,
    @JsonUnwrapped Rows rows,
    @JsonUnwrapped Quality quality,
    @JsonUnwrapped Period period,
    @JsonUnwrapped Tables tables,
    double elapsedSeconds) {

  /** What was read: the input as given and every raw file of it. */
  public record Source(String input, List<SourceFile> sourceFiles) {}

  /** A raw file and its data rows (non-blank lines after the header). */
  public record SourceFile(String name, String path, long bytes, long rows) {}

  /** input rows = clean rows + quarantined rows; the quarantined ones by reason code. */
  public record Rows(long inputRows, long cleanRows, long quarantinedRows, Map<String, Long> quarantinedByReason) {}

  /** The clean rows' soft flags and nulls per column; repeated ids; amounts above the configured maximum. */
  public record Quality(Map<String, Long> softFlags, Map<String, Long> nullsPerColumn, long repeatedTransactionIds,
      long amountsAboveMax, double maxAmount) {}

  /** The first and last transaction date among the clean rows. */
  public record Period(String firstTransactionDate, String lastTransactionDate) {}

  /** The committed partitions. */
  public record Tables(String cleanTable, String quarantineTable) {}

  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public String toJson() {
    try {
      return JSON.writeValueAsString(this) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write the ingest report as JSON", e);
    }
  }

  /** Reads a report back; each section takes its keys from the one flat object. */
  public static IngestReport fromJson(String json) {
    try {
      JsonNode flat = JSON.readTree(json);
      return new IngestReport(flat.path("stage").asText(), flat.path("run_date").asText(),
          JSON.treeToValue(flat, Source.class), JSON.treeToValue(flat, Rows.class),
          JSON.treeToValue(flat, Quality.class), JSON.treeToValue(flat, Period.class),
          JSON.treeToValue(flat, Tables.class), flat.path("elapsed_seconds").asDouble());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("not an ingest report: " + e.getOriginalMessage(), e);
    }
  }
}
