package com.banksegment.cli;

import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.spark.SparkSessions;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A stage subcommand: loads the settings, builds the one SparkSession, hands both to the job
 * and prints its summary. Only argument parsing lives here; the work is in the job classes.
 */
abstract class StageCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin SettingsOptions settingsOptions;

  @Option(names = "--run-date", required = true, paramLabel = "YYYY-MM-DD",
      converter = RunDateConverter.class, description = "Business date of the batch.")
  RunDate runDate;

  /** Runs the stage on a live session and returns a one-paragraph summary for the user. */
  abstract String runStage(SparkSession spark, SuiteSettings settings, RunDate runDate);

  @Override
  public Integer call() {
    SuiteSettings settings = settingsOptions.load();
    SparkSession spark = SparkSessions.create(settings.spark());
    try {
      spec.commandLine().getOut().println(runStage(spark, settings, runDate));
      spec.commandLine().getOut().flush();
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
