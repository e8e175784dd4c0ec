package com.banksegment.ingest;

import com.banksegment.spark.StageArchitecture;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** The ingest stage's shape: the job on top of its tables, tables on reading, reading on parsing. */
class ArchitectureTest {
  private static final String ROOT = "com.banksegment.ingest";
  private static final JavaClasses INGEST = StageArchitecture.classesOf(ROOT);

  @Test
  void jobTablesReadParse() {
    StageArchitecture.layersFromTheTop(ROOT, "", "tables", "read", "parse").check(INGEST);
  }

  @Test
  void noCyclesAndTheOneCommitPath() {
    StageArchitecture.checkStageRules(ROOT, INGEST);
  }
}
