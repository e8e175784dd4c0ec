package com.banksegment.cli;

import picocli.CommandLine.Option;

/** {@code --input}: only the commands that run ingest (ingest and run) carry it. */
final class InputOption {
  @Option(names = "--input", paramLabel = "PATH",
      description = "CSV file or folder, local or hdfs:// (default: the lake's raw/transactions/run_date=D).")
  String input;
}
