package com.banksegment.modeling;

import com.banksegment.config.SuiteSettings;
import java.nio.file.Path;

/**
 * Settings for tests: a temporary lake, a short k sweep, few iterations (the same for the sweep
 * and the final model, so a sweep fit over all customers is the final model).
 */
final class TestSettings {
  private TestSettings() {}

  static SuiteSettings lake(Path root) {
    return SuiteSettings.load()
        .with("segment.lake.root", root.toString())
        .with("segment.modeling.k-min", 2)
        .with("segment.modeling.k-max", 4)
        .with("segment.modeling.max-iterations", 20)
        .with("segment.modeling.sweep-max-iterations", 20);
  }
}
