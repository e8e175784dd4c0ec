package com.banksegment.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the deploy module's scripts and the Spark class path are (run them with {@code ScriptRun}). */
final class Scripts {
  static final Path DEPLOY = Path.of(System.getProperty("deploy.dir", "../deploy")).toAbsolutePath().normalize();

  private Scripts() {}

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
