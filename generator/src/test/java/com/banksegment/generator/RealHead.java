package com.banksegment.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Locates the real head20k file: system property shared.data.dir (set by the root pom's surefire
 * configuration), else ../../shared/data from the module folder. This module has no dependency on
 * spark-support, whose TestData does the same for the Spark modules.
 */
final class RealHead {
  private RealHead() {}

  static Path file() {
    String configured = System.getProperty("shared.data.dir");
    Path dir = (configured != null ? Paths.get(configured) : Paths.get("../../shared/data"))
        .toAbsolutePath().normalize();
    Path file = dir.resolve("bank_transactions_head20k.csv");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("real data file not found: " + file
          + " (the calibration test needs ../shared/data beside the checkout)");
    }
    return file;
  }
}
