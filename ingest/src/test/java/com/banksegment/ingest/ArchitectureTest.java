package com.banksegment.ingest;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.banksegment.spark.StageArchitecture;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** The ingest stage's shape: the job on top of tables, tables on reading, reading on parsing. */
class ArchitectureTest {
  private static final String ROOT = "com.banksegment.ingest";
  private static final JavaClasses INGEST = StageArchitecture.classesOf(ROOT);

  @Test
  void layers() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("Job").definedBy(ROOT)
        .layer("Tables").definedBy(ROOT + ".tables..")
        .layer("Read").definedBy(ROOT + ".read..")
        .layer("Parse").definedBy(ROOT + ".parse..")
        .whereLayer("Job").mayNotBeAccessedByAnyLayer()
        .whereLayer("Tables").mayOnlyBeAccessedByLayers("Job")
        .whereLayer("Read").mayOnlyBeAccessedByLayers("Job", "Tables")
        .whereLayer("Parse").mayOnlyBeAccessedByLayers("Job", "Tables", "Read")
        .check(INGEST);
  }

  @Test
  void packagesAreFreeOfCycles() {
    StageArchitecture.packagesAreFreeOfCycles(ROOT).check(INGEST);
  }

  @Test
  void outputsReachTheLakeOnlyThroughTheCommitOfTheJob() {
    StageArchitecture.noDirectFileSystemChanges(ROOT).check(INGEST);
    StageArchitecture.onlyTheJobCommits(ROOT).check(INGEST);
  }
}
