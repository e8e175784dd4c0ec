package com.banksegment.cli;

import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code segment run}: every stage of {@link PipelineStage} in order, in one Spark session. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the whole pipeline for a run date: ingest, features, model, publish.")
final class RunCommand extends StageCommand {
  @Option(names = "--input", paramLabel = "PATH",
      description = "CSV file or folder for ingest (default: the lake's raw/transactions/run_date=D).")
  String input;

  @Override
  String runStage(SparkSession spark, SuiteSettings settings, RunDate runDate) {
    long start = System.nanoTime();
    PipelineStage[] stages = PipelineStage.values();
    for (int i = 0; i < stages.length; i++) {
      PipelineStage stage = stages[i];
      System.out.printf(Locale.ROOT, "== stage %d of %d: %s (%s)%n", i + 1, stages.length, stage.command(),
          stage.summary());
      String summary = switch (stage) {
        case INGEST -> IngestCommand.run(spark, settings, runDate, input);
        case FEATURES -> FeaturesCommand.run(spark, settings, runDate);
        case MODEL -> ModelCommand.run(spark, settings, runDate);
        case PUBLISH -> PublishCommand.run(spark, settings, runDate);
      };
      System.out.println(summary);
    }
    String lake = settings.lake().root();
    return String.format(Locale.ROOT, "run %s: all %d stages done in %.1fs.%n"
        + "Results in %s: published tables under published/, reports under reports/*/run_date=%s/.%n"
        + "Start the web app with ./segment ui (http://localhost:%d).",
        runDate, stages.length, (System.nanoTime() - start) / 1e9, lake, runDate, settings.ui().port());
  }
}
