package com.banksegment.features;

import com.banksegment.spark.StageArchitecture;
import org.junit.jupiter.api.Test;

/**
 * The features stage's shape: the job on top; the EDA report reads the customers, the customers
 * are built from the transactions with the RFM scores; shared statistics at the bottom.
 */
class ArchitectureTest {
  private static final String ROOT = "com.banksegment.features";

  @Test
  void layersAndTheStageRules() {
    var classes = StageArchitecture.classesOf(ROOT);
    StageArchitecture.layersFromTheTop(ROOT, "", "eda", "customers", "rfm", "transactions", "stats").check(classes);
    StageArchitecture.checkStageRules(ROOT, classes);
  }
}
