package com.banksegment.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packaged application jar: the whole CLI, and nothing that the cluster's Spark provides. */
class AppJarIT {
  private static final Path APP_JAR = Path.of(System.getProperty("app.jar", "target/segment-app.jar"));
  private static Set<String> entries;

  @BeforeAll
  static void readJar() throws IOException {
    entries = entriesOf(APP_JAR);
  }

  @Test
  void startsTheCliAndCarriesTheSettingsAndEveryStage() throws IOException {
    try (JarFile jar = new JarFile(APP_JAR.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo("com.banksegment.cli.SegmentCli");
    }
    assertThat(entries).contains(
        "com/banksegment/cli/SegmentCli.class",
        "com/banksegment/cli/SuiteStage.class",
        "picocli/CommandLine.class",
        "com/typesafe/config/ConfigFactory.class",
        "reference.conf",
        "profiles/yarn.conf");
  }

  @Test
  void leavesOutSparkHadoopScalaAndTheLocalLoggingSetup() {
    assertThat(entries).noneMatch(e -> e.startsWith("org/apache/spark/")
        || e.startsWith("org/apache/hadoop/") || e.startsWith("scala/")
        || e.startsWith("com/fasterxml/jackson/") || e.startsWith("org/apache/logging/")
        || e.startsWith("org/slf4j/"));
    assertThat(entries).doesNotContain("log4j2.properties");
  }

  @Test
  void holdsNoClassThatSparksOwnClassPathAlreadyHas() throws IOException {
    Set<String> sparkClasses = new HashSet<>();
    String classPath = Files.readString(Path.of(System.getProperty("spark.classpath.file"))).trim();
    for (String jar : classPath.split(":")) {
      if (jar.endsWith(".jar")) {
        entriesOf(Path.of(jar)).stream().filter(e -> e.endsWith(".class")).forEach(sparkClasses::add);
      }
    }
    assertThat(sparkClasses).as("Spark's class path was read").hasSizeGreaterThan(10_000);
    // A library that both Spark and the stages use must come from Spark's class path: shaded into
    // the application jar instead, Spark's own classes (loaded by the system class loader) do not
    // see it on YARN. Maven resolves such a library as the stages' compile dependency unless
    // deploy declares it provided, and then it is missing here, so the check above cannot see it.
    assertThat(classPath).as("Spark's class path has Commons Math (Spark's decision tree needs it)")
        .contains("commons-math3-");

    Set<String> duplicates = new TreeSet<>(entries);
    duplicates.retainAll(sparkClasses);
    duplicates.removeIf(e -> e.equals("module-info.class"));
    assertThat(duplicates).as("classes shaded in although Spark provides them").isEmpty();
  }

  @Test
  void staysSmall() throws IOException {
    // A jar with Spark inside is about 335 MB; the application alone is about 1 MB.
    assertThat(Files.size(APP_JAR)).isLessThan(20L * 1024 * 1024);
  }

  private static Set<String> entriesOf(Path jar) throws IOException {
    Set<String> names = new HashSet<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (Enumeration<? extends ZipEntry> e = file.entries(); e.hasMoreElements(); ) {
        names.add(e.nextElement().getName());
      }
    }
    return names;
  }
}
