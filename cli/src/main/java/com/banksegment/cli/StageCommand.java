package com.banksegment.cli;

import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.spark.SparkSessions;
import com.banksegment.spark.stage.StageContext;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The one path every stage command takes ({@code segment ingest}, ..., and {@code segment run},
 * which takes them all in order): load the settings, build the one SparkSession, run each
 * stage's job in a {@link StageContext} and print its summary. Argument parsing is all it adds;
 * the work is in the jobs.
 */
@Command(mixinStandardHelpOptions = true)
final class StageCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin SettingsOptions settingsOptions;

  @Option(names = "--run-date", required = true, paramLabel = "YYYY-MM-DD",
      converter = RunDateConverter.class, description = "Business date of the batch.")
  RunDate runDate;

  private final List<SuiteStage> stages;
  private final InputOption input = new InputOption();

  private StageCommand(List<SuiteStage> stages) {
    this.stages = stages;
  }

  /** The command of one stage. */
  static CommandLine of(SuiteStage stage) {
    String summary = stage.summary();
    return command(List.of(stage), Character.toUpperCase(summary.charAt(0)) + summary.substring(1) + ".");
  }

  /** {@code segment run}: every stage in order, in one Spark session. */
  static CommandLine run() {
    return command(List.of(SuiteStage.values()),
        "Run the whole pipeline for a run date: ingest, features, model, publish.");
  }

  private static CommandLine command(List<SuiteStage> stages, String description) {
    StageCommand command = new StageCommand(stages);
    CommandLine cli = new CommandLine(command);
    if (stages.stream().anyMatch(SuiteStage::takesInput)) {
      cli.addMixin("input", command.input);
    }
    cli.getCommandSpec().usageMessage().description(description);
    return cli;
  }

  @Override
  public Integer call() {
    SuiteSettings settings = settingsOptions.load();
    SparkSession spark = SparkSessions.create(settings.spark());
    PrintWriter out = spec.commandLine().getOut();
    try {
      long start = System.nanoTime();
      for (int i = 0; i < stages.size(); i++) {
        SuiteStage stage = stages.get(i);
        if (stages.size() > 1) {
          out.printf(Locale.ROOT, "== stage %d of %d: %s (%s)%n", i + 1, stages.size(), stage.command(),
              stage.summary());
          out.flush();
        }
        out.println(stage.run(StageContext.of(spark, settings, runDate), input.input));
        out.flush();
      }
      if (stages.size() > 1) {
        out.printf(Locale.ROOT, "run %s: all %d stages done in %.1fs.%n"
                + "Results in %s: published tables under published/, reports under reports/*/run_date=%s/.%n"
                + "Start the web app with ./segment ui (http://localhost:%d).%n",
            runDate, stages.size(), (System.nanoTime() - start) / 1e9, settings.lake().root(), runDate,
            settings.ui().port());
        out.flush();
      }
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** Turns --run-date text into a RunDate; picocli reports the message as a usage error. */
  static final class RunDateConverter implements CommandLine.ITypeConverter<RunDate> {
    @Override
    public RunDate convert(String value) {
      try {
        return RunDate.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
