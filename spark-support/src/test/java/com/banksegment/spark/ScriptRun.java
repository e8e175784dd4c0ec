package com.banksegment.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A shell script run with bash in a child process, as an operator would run it; stdout and
 * stderr go to a log file. Shared by the deploy tests and the integration tests (this test-jar
 * is the suite's one test-support artifact).
 */
public record ScriptRun(int exitCode, String output) {

  public static ScriptRun run(Path script, Map<String, String> env, Path log, Duration timeout, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", script.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new AssertionError("timed out after " + timeout + ": " + command + "\n" + tail(log));
    }
    return new ScriptRun(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  /** The last 80 lines of the log, for assertion messages. */
  public static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
  }
}
