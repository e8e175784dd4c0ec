package com.banksegment.generator;

/**
 * What to generate: how many transactions (any count from 0; the original file has 1,048,567)
 * and the seed that makes the output reproducible byte for byte.
 */
public record GeneratorSettings(long rows, long seed) {
  /** Rows of the original full file, bank_transactions.csv. */
  public static final long FULL_FILE_ROWS = 1_048_567L;

  public GeneratorSettings {
    if (rows < 0) {
      throw new IllegalArgumentException("rows must be 0 or more, got " + rows);
    }
  }
}
