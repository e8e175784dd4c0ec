package com.banksegment.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The deploy module's scripts, run with bash in a child process as an operator would. */
final class Scripts {
  static final Path DEPLOY = Path.of(System.getProperty("deploy.dir", "../deploy")).toAbsolutePath().normalize();

  private Scripts() {}

  record Result(int exitCode, String output) {}

  static Result run(Path script, Map<String, String> env, Path log, Duration timeout, String... args)
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
    return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
  }

  /** The class path a Spark distribution provides (written by the build, see pom.xml). */
  static Path sparkClassPathFile() {
    return Path.of(System.getProperty("spark.classpath.file", "target/spark-classpath.txt"));
  }

  static String sparkClassPath() throws IOException {
    return Files.readString(sparkClassPathFile()).trim();
  }

  /** What the `hdfs` command runs on: Hadoop's client jars and logging, not all of Spark. */
  static String hadoopClientClassPath() throws IOException {
    return java.util.Arrays.stream(sparkClassPath().split(":"))
        .filter(jar -> jar.matches(".*/(hadoop-client-(api|runtime)|commons-logging|slf4j-api|log4j-[a-z0-9]+)-[^/]*\\.jar"))
        .collect(java.util.stream.Collectors.joining(":"));
  }
}
