package com.banksegment.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Locates ../shared/data (the real head20k file) for acceptance tests. */
public final class TestData {
  private TestData() {}

  public static Path sharedDataDir() {
    String configured = System.getProperty("shared.data.dir");
    Path dir = configured != null ? Paths.get(configured) : Paths.get("../../shared/data");
    return dir.toAbsolutePath().normalize();
  }

  /** The real 20,000-row head of the public data set; fails the test loudly if it is absent. */
  public static Path realHead20k() {
    Path file = sharedDataDir().resolve("bank_transactions_head20k.csv");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("real data file not found: " + file
          + " (the acceptance tests need ../shared/data beside the checkout)");
    }
    return file;
  }
}
