package com.banksegment.cli;

import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.modeling.score.Decision;
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
  private final RefitOption refit = new RefitOption();

  private StageCommand(List<SuiteStage> stages) {
    this.stages = stages;
  }

  /** The command of one stage. */
  static CommandLine of(SuiteStage stage) {
    String summary = stage.summary();
    return command(List.of(stage), Character.toUpperCase(summary.charAt(0)) + summary.substring(1) + ".");
  }

  /**
   * {@code segment run}: every stage in order, in one Spark session, where decide's answer runs
   * either model (refit) or score (score-only).
   */
  static CommandLine run() {
    return command(List.of(SuiteStage.values()),
        "Run the whole pipeline for a run date: ingest, features, decide, then model (refit) or score"
            + " (score-only) as the refit policy decides (segment.drift, --refit, --score-only), publish.");
  }

  private static CommandLine command(List<SuiteStage> stages, String description) {
    StageCommand command = new StageCommand(stages);
    CommandLine cli = new CommandLine(command);
    if (stages.stream().anyMatch(SuiteStage::takesInput)) {
      cli.addMixin("input", command.input);
    }
    if (stages.contains(SuiteStage.DECIDE)) {
      cli.addMixin("refit", command.refit);
    }
    cli.getCommandSpec().usageMessage().description(description);
    return cli;
  }

  @Override
  public Integer call() {
    SuiteSettings settings = refit.apply(input.withSource(settingsOptions.load()));
    SparkSession spark = SparkSessions.create(settings.spark());
    PrintWriter out = spec.commandLine().getOut();
    try {
      long start = System.nanoTime();
      List<SuiteStage> toRun = stages;
      // decide runs one of model and score: that many stages are shown from the start.
      int total = stages.size() - (stages.contains(SuiteStage.DECIDE) && stages.size() > 1 ? 1 : 0);
      for (int i = 0; i < toRun.size(); i++) {
        SuiteStage stage = toRun.get(i);
        if (toRun.size() > 1) {
          out.printf(Locale.ROOT, "== stage %d of %d: %s (%s)%n", i + 1, total, stage.command(),
              stage.summary());
          out.flush();
        }
        SuiteStage.Ran ran = stage.run(StageContext.of(spark, settings, runDate), input.input);
        out.println(ran.summary());
        out.flush();
        if (ran.result() instanceof Decision decision && toRun.size() > 1) {
          // The run takes the path decide chose: model (refit) or score (score-only), never both.
          toRun = toRun.stream().filter(s -> s.runsAfter(decision)).toList();
        }
      }
      if (stages.size() > 1) {
        out.printf(Locale.ROOT, "run %s: all %d stages done in %.1fs.%n"
                + "Results in %s: published tables under published/, reports under reports/*/run_date=%s/.%n"
                + "Start the web app with ./segment ui (http://localhost:%d).%n",
            runDate, toRun.size(), (System.nanoTime() - start) / 1e9, settings.lake().root(), runDate,
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
