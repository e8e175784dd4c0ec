package com.banksegment.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Writes synthetic bank transactions in the layout and with the quirks of the original
 * bank_transactions.csv (d/m/yy dates, CRLF, quoted comma locations, 1/1/1800 and nan DOBs,
 * missing genders, locations and balances, skewed amounts and balances, repeat customers whose
 * attributes conflict), calibrated to the published profile of the full file.
 *
 * <p>The output depends only on the settings: the same rows and seed give the same bytes. Rows are
 * computed one at a time and streamed, so memory stays flat for any row count.
 *
 * <pre>{@code
 * GenerationResult result = new TransactionGenerator(new GeneratorSettings(1_048_567, 42))
 *     .progress(1_000_000, (done, total, elapsed) -> System.out.println(done + " rows"))
 *     .writeTo(Path.of("lake/raw/transactions/run_date=2016-10-21/transactions.csv"));
 * }</pre>
 */
public final class TransactionGenerator {
  private static final GenerationProgress SILENT = (done, total, elapsed) -> { };

  private final GeneratorSettings settings;
  private long progressEvery = Long.MAX_VALUE;
  private GenerationProgress progress = SILENT;

  public TransactionGenerator(GeneratorSettings settings) {
    if (settings == null) {
      throw new IllegalArgumentException("generator settings must not be null");
    }
    this.settings = settings;
  }

  /** Reports progress every {@code everyRows} rows and once when done. */
  public TransactionGenerator progress(long everyRows, GenerationProgress listener) {
    if (everyRows < 1) {
      throw new IllegalArgumentException("progress interval must be at least 1 row, got " + everyRows);
    }
    if (listener == null) {
      throw new IllegalArgumentException("progress listener must not be null");
    }
    this.progressEvery = everyRows;
    this.progress = listener;
    return this;
  }

  /**
   * Writes the file, creating missing parent folders. The data goes to a temporary file beside the
   * target that is renamed over it at the end, so a failed run leaves no half-written file.
   */
  public GenerationResult writeTo(Path file) throws IOException {
    Path target = file.toAbsolutePath();
    Path folder = target.getParent();
    Files.createDirectories(folder);
    Path temporary = folder.resolve("." + target.getFileName() + "." + System.nanoTime() + ".part");
    try {
      GenerationResult result;
      try (OutputStream out = Files.newOutputStream(temporary)) {
        result = writeTo(out);
      }
      moveIntoPlace(temporary, target);
      return result;
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Writes the CSV to {@code out} (flushed, not closed). */
  public GenerationResult writeTo(OutputStream out) throws IOException {
    long started = System.nanoTime();
    LocationCatalog locations = new LocationCatalog();
    TransactionDates dates = new TransactionDates();
    RowSynthesizer synthesizer = new RowSynthesizer(settings.rows(), settings.seed(), locations, dates);
    CsvRowEncoder encoder = new CsvRowEncoder(out, locations, dates);
    QuirkTally tally = new QuirkTally(locations);
    TransactionRow row = new TransactionRow();
    encoder.writeHeader();
    long rows = settings.rows();
    for (long index = 0; index < rows; index++) {
      synthesizer.fill(index, row);
      tally.count(row);
      encoder.write(row);
      if ((index + 1) % progressEvery == 0 && index + 1 < rows) {
        progress.rowsWritten(index + 1, rows, Duration.ofNanos(System.nanoTime() - started));
      }
    }
    encoder.flush();
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    progress.rowsWritten(rows, rows, elapsed);
    return new GenerationResult(rows, synthesizer.layout().customers(), encoder.bytesWritten(), elapsed,
        tally.counts());
  }

  private static void moveIntoPlace(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
