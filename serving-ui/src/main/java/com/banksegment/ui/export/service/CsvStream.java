package com.banksegment.ui.export.service;

import com.banksegment.ui.export.domain.CsvCells;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV row by row to a stream (nothing is held): comma-separated, quoted only where needed,
 * every cell through {@link CsvCells#safe} so that no exported value runs as a formula.
 */
public final class CsvStream implements Closeable {
  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();

  private final SequenceWriter writer;

  public CsvStream(Writer out) throws IOException {
    this.writer = CSV.writerFor(String[].class).with(CsvSchema.emptySchema()).writeValues(out);
  }

  public void row(List<String> cells) throws IOException {
    row(cells.toArray(String[]::new));
  }

  public void row(String[] cells) throws IOException {
    String[] safe = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      safe[i] = cells[i] == null ? "" : CsvCells.safe(cells[i]);
    }
    writer.write(safe);
  }

  public void flush() throws IOException {
    writer.flush();
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
