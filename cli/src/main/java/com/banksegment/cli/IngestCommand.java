package com.banksegment.cli;

import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.ingest.IngestJob;
import com.banksegment.ingest.IngestResult;
import com.banksegment.spark.stage.StageContext;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code segment ingest}: raw CSV to clean Parquet, quarantine and the ingest report. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Raw transaction CSV to typed Parquet; rejected rows to quarantine with a reason.")
final class IngestCommand extends StageCommand {
  @Option(names = "--input", paramLabel = "PATH",
      description = "CSV file or folder, local or hdfs:// (default: the lake's raw/transactions/run_date=D).")
  String input;

  @Override
  String runStage(SparkSession spark, SuiteSettings settings, RunDate runDate) {
    return run(spark, settings, runDate, input);
  }

  static String run(SparkSession spark, SuiteSettings settings, RunDate runDate, String input) {
    IngestJob job = new IngestJob(StageContext.of(spark, settings, runDate));
    if (input != null) {
      job.input(input);
    }
    return summary(job.execute());
  }

  static String summary(IngestResult r) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
        "ingest %s: %,d input rows = %,d clean + %,d quarantined (%.1fs)",
        r.runDate(), r.inputRows(), r.rows().clean(), r.rows().quarantined(), r.elapsedSeconds()));
    r.rows().quarantinedByReason().entrySet().stream().filter(e -> e.getValue() > 0)
        .forEach(e -> s.append(String.format(Locale.ROOT, "%n  quarantined %-26s %,10d", e.getKey(), e.getValue())));
    for (Map.Entry<?, Long> e : r.rows().softFlags().entrySet()) {
      if (e.getValue() > 0) {
        s.append(String.format(Locale.ROOT, "%n  kept, flagged %-23s %,10d", e.getKey(), e.getValue()));
      }
    }
    s.append("\n  clean:      ").append(r.outputs().cleanPartition())
        .append("\n  quarantine: ").append(r.outputs().quarantinePartition())
        .append("\n  report:     ").append(r.outputs().reportPath());
    return s.toString();
  }
}
