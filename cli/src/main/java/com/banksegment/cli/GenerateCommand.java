package com.banksegment.cli;

import com.banksegment.config.BadInputException;
import com.banksegment.generator.GenerationResult;
import com.banksegment.generator.GeneratorSettings;
import com.banksegment.generator.TransactionGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes synthetic transactions in the original file's layout (d/m/yy, CRLF, quirks). */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write synthetic bank transactions in the original file's layout and quirks.")
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--rows", paramLabel = "N", defaultValue = "1048567",
      description = "Transactions to write (default: ${DEFAULT-VALUE}, the size of the original file).")
  long rows;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
      description = "Seed; the same seed and rows give the same bytes (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV file to write.")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (rows < 1) {
      throw new BadInputException("--rows " + rows + ": expected at least 1");
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    PrintWriter console = spec.commandLine().getOut();
    GenerationResult result = new TransactionGenerator(new GeneratorSettings(rows, seed))
        .progress(Math.max(100_000, rows / 10), (written, total, elapsed) -> {
          console.printf(Locale.ROOT, "[generate] %,12d of %,d rows %8.1fs%n",
              written, total, elapsed.toMillis() / 1000.0);
          console.flush();
        })
        .writeTo(out);
    console.printf(Locale.ROOT, "[generate] wrote %s: %,d rows, %,d customers, %.0f MB, %.0f rows/s%n",
        out, result.rows(), result.customers(), result.bytes() / 1e6, result.rowsPerSecond());
    console.flush();
    return 0;
  }
}
