package com.banksegment.cli;

import com.banksegment.config.BadInputException;
import com.banksegment.config.SettingsException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code segment} command: parses arguments and hands over to a subcommand. */
@Command(
    name = "segment",
    mixinStandardHelpOptions = true,
    version = "segment 0.1.0",
    description = "Bank customer segmentation: ingest, features, model and publish on Spark.",
    subcommands = {
      GenerateCommand.class,
      IngestCommand.class,
      FeaturesCommand.class,
      ModelCommand.class,
      PublishCommand.class,
      RunCommand.class,
      StagesCommand.class,
      CommandLine.HelpCommand.class
    })
public final class SegmentCli {

  /** Exit codes: 0 done, 1 the job failed, 2 bad input, settings or arguments. */
  public static final int EXIT_FAILED = 1;
  public static final int EXIT_BAD_INPUT = 2;

  public static void main(String[] args) {
    int code = run(args);
    // In YARN cluster mode the ApplicationMaster reports any System.exit of the driver's main,
    // even exit(0), as an early exit and marks the application FAILED; returning normally is
    // how success is reported there. Everywhere else the exit code is the contract.
    if (code != 0 || !"cluster".equals(System.getProperty("spark.submit.deployMode"))) {
      System.exit(code);
    }
  }

  /** Runs the command line and returns the exit code (tests call this). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new SegmentCli());
    cli.setExecutionExceptionHandler(SegmentCli::handleFailure);
    return cli.execute(args);
  }

  private static int handleFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if (e instanceof BadInputException || e instanceof SettingsException
        || e instanceof IllegalArgumentException) {
      err.println("segment " + cmd.getCommandName() + ": error: " + e.getMessage());
      err.flush();
      return EXIT_BAD_INPUT;
    }
    err.println("segment " + cmd.getCommandName() + ": failed: " + rootMessage(e));
    if (Boolean.getBoolean("segment.debug") || System.getenv("SEGMENT_DEBUG") != null) {
      e.printStackTrace(err);
    } else {
      err.println("(set SEGMENT_DEBUG=1 for the stack trace)");
    }
    err.flush();
    return EXIT_FAILED;
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String own = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return t == e ? own : own + " (cause: " + t.getClass().getSimpleName() + ": " + t.getMessage() + ")";
  }
}
