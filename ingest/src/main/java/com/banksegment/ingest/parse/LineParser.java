package com.banksegment.ingest.parse;

import java.io.Serializable;

/**
 * Turns one raw data line (without its terminator) into a clean record or a rejection. One
 * instance per partition: parsers reuse their CSV tokenizer and are not thread-safe.
 */
public interface LineParser {
  ParsedLine parse(String line);

  /** Makes a partition's parser on the executor that runs it (parsers themselves are not serializable). */
  @FunctionalInterface
  interface Factory extends Serializable {
    LineParser create();
  }
}
