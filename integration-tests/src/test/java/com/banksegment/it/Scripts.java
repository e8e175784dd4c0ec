package com.banksegment.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Where the deploy module's scripts and the Spark class path are (run them with {@code ScriptRun}). */
final class Scripts {
  static final Path DEPLOY = Path.of(System.getProperty("deploy.dir", "../deploy")).toAbsolutePath().normalize();

  private Scripts() {}

  /**
   * The jars of a Spark 4.2 distribution with its YARN module and Hadoop's client (written by the
   * deploy module's build: the `provided` scope of the application jar).
   */
  static Path sparkClassPathFile() {
    return Path.of(System.getProperty("spark.classpath.file", "../deploy/target/spark-classpath.txt"));
  }

  static String sparkClassPath() throws IOException {
    return Files.readString(sparkClassPathFile()).trim();
  }

  /** spark.yarn.jars for containers on this machine: the same jars, as node-local files. */
  static String sparkJarsForContainers() throws IOException {
    return Arrays.stream(sparkClassPath().split(":")).map(jar -> "local:" + jar).collect(Collectors.joining(","));
  }

  /** What the `hdfs` command runs on: Hadoop's client jars and logging, not all of Spark. */
  static String hadoopClientClassPath() throws IOException {
    return Arrays.stream(sparkClassPath().split(":"))
        .filter(jar -> jar.matches(".*/(hadoop-client-(api|runtime)|commons-logging|slf4j-api|log4j-[a-z0-9]+)-[^/]*\\.jar"))
        .collect(Collectors.joining(":"));
  }
}
