package com.banksegment.cli;

import com.banksegment.config.BadInputException;
import com.banksegment.spark.StageFailedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code segment} command: parses arguments and hands over to a subcommand. */
@Command(
    name = "segment",
    mixinStandardHelpOptions = true,
    version = "segment 0.1.0",
    description = "Bank customer segmentation: ingest, features, model and publish on Spark.")
public final class SegmentCli {

  /** Exit codes: 0 done, 1 the job failed, 2 bad input, settings or arguments. */
  public static final int EXIT_FAILED = 1;
  public static final int EXIT_BAD_INPUT = 2;

  public static void main(String[] args) {
    if (!"cluster".equals(System.getProperty("spark.submit.deployMode"))) {
      System.exit(run(args));
    }
    // In YARN cluster mode the driver's main runs in the ApplicationMaster, which reports any
    // System.exit, even exit(0), as an early exit (application FAILED, "Shutdown hook called
    // before final status was reported"). There, returning is success and an exception is
    // failure, and the exception's message becomes YARN's diagnostics of the application: what
    // `yarn application -status` and the submitting spark-submit show. So the one-line reason
    // travels as that message.
    StringWriter errors = new StringWriter();
    int code = run(new PrintWriter(new TeeWriter(new PrintWriter(System.err, true), errors), true), args);
    if (code != 0) {
      String reason = errors.toString().lines().findFirst().orElse("segment exited with code " + code);
      throw new YarnFailure(reason, code);
    }
  }

  /** Runs the command line and returns the exit code (tests call this). */
  public static int run(String... args) {
    return run(null, args);
  }

  private static int run(PrintWriter err, String... args) {
    CommandLine cli = commandLine();
    if (err != null) {
      cli.setErr(err);
    }
    cli.setExecutionExceptionHandler(SegmentCli::handleFailure);
    return cli.execute(args);
  }

  /** The subcommands in the order help lists them: the generator, every stage, run, the stage list. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new SegmentCli());
    cli.addSubcommand("generate", new GenerateCommand());
    for (SuiteStage stage : SuiteStage.values()) {
      cli.addSubcommand(stage.command(), StageCommand.of(stage));
    }
    cli.addSubcommand("run", StageCommand.run());
    cli.addSubcommand("stages", new StagesCommand());
    cli.addSubcommand("help", new CommandLine.HelpCommand());
    return cli;
  }

  /** A stage that failed in YARN cluster mode; the message is the one-line reason. */
  static final class YarnFailure extends RuntimeException {
    YarnFailure(String reason, int exitCode) {
      super(reason + " (exit code " + exitCode + ")");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this; // the reason is the message; a stack trace of main() would say nothing more
    }
  }

  /** Writes to two writers: the console and the copy the reason is taken from. */
  private static final class TeeWriter extends Writer {
    private final Writer first;
    private final Writer second;

    TeeWriter(Writer first, Writer second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      first.write(buf, off, len);
      second.write(buf, off, len);
    }

    @Override
    public void flush() throws IOException {
      first.flush();
      second.flush();
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /**
   * The one place exceptions become exit codes: bad input ({@link BadInputException}, settings
   * included) is 2 with its one-line message; anything else, a failed stage
   * ({@link StageFailedException}) or a bug, is 1.
   */
  static int exitCode(Throwable e) {
    return e instanceof BadInputException ? EXIT_BAD_INPUT : EXIT_FAILED;
  }

  private static int handleFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if (exitCode(e) == EXIT_BAD_INPUT) {
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
