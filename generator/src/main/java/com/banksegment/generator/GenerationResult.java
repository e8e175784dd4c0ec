package com.banksegment.generator;

import java.time.Duration;

/**
 * What a generation wrote.
 *
 * @param rows      data rows written (the header not counted)
 * @param customers distinct CustomerIDs among them
 * @param bytes     bytes written, header included
 * @param elapsed   wall time of the writing
 * @param quirks    rows carrying each quirk of the real data
 */
public record GenerationResult(long rows, long customers, long bytes, Duration elapsed, QuirkCounts quirks) {

  /** Rows written per second of wall time. */
  public double rowsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds > 0 ? rows / seconds : rows;
  }
}
