package com.banksegment.cli;

import com.banksegment.config.SettingsException;
import com.banksegment.config.SuiteSettings;
import com.banksegment.config.source.SourceCatalog;
import picocli.CommandLine.Option;

/** {@code --input} and {@code --source}: only the commands that run ingest (ingest and run) carry them. */
final class InputOption {
  @Option(names = "--input", paramLabel = "PATH",
      description = "CSV file or folder, local or hdfs:// (default: the lake's raw/transactions/run_date=D).")
  String input;

  @Option(names = "--source", paramLabel = "NAME",
      description = "Declared source the input is written in: bank-transactions, online-retail or one of"
          + " segment.sources (default: segment.ingest.source, bank-transactions).")
  String source;

  /** The settings with the chosen source as ingest's source; an undeclared name is a one-line error. */
  SuiteSettings withSource(SuiteSettings settings) {
    if (source == null) {
      return settings;
    }
    if (!settings.sources().sources().containsKey(source)) {
      throw new SettingsException("--source \"" + source + "\": expected one of "
          + String.join(", ", settings.sources().sources().keySet()) + " (declared under "
          + SourceCatalog.SOURCES + ")");
    }
    return settings.with(SourceCatalog.SELECTED, source);
  }
}
