package com.banksegment.ingest;

import com.banksegment.config.RunDate;
import com.banksegment.ingest.tables.RowCounts;
import java.util.List;

/**
 * What an ingest run produced. {@code inputRows == rows.clean() + rows.quarantined()} always holds
 * (the job checks it before committing).
 *
 * @param sourceFiles the raw files read, in name order
 * @param outputs where the committed tables and the report are
 */
public record IngestResult(RunDate runDate, List<String> sourceFiles, long inputRows, RowCounts rows,
    Outputs outputs, double elapsedSeconds) {

  public IngestResult {
    sourceFiles = List.copyOf(sourceFiles);
  }

  /** The committed partitions and the report file. */
  public record Outputs(String cleanPartition, String quarantinePartition, String reportPath) {}
}
