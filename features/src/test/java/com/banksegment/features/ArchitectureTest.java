package com.banksegment.features;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.banksegment.spark.StageArchitecture;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * The features stage's shape: the job on top; the EDA report reads the customers, the customers
 * are built from the transactions with the RFM scores; shared statistics at the bottom.
 */
class ArchitectureTest {
  private static final String ROOT = "com.banksegment.features";
  private static final JavaClasses FEATURES = StageArchitecture.classesOf(ROOT);

  @Test
  void layers() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("Job").definedBy(ROOT)
        .layer("Eda").definedBy(ROOT + ".eda..")
        .layer("Customers").definedBy(ROOT + ".customers..")
        .layer("Rfm").definedBy(ROOT + ".rfm..")
        .layer("Transactions").definedBy(ROOT + ".transactions..")
        .layer("Stats").definedBy(ROOT + ".stats..")
        .whereLayer("Job").mayNotBeAccessedByAnyLayer()
        .whereLayer("Eda").mayOnlyBeAccessedByLayers("Job")
        .whereLayer("Customers").mayOnlyBeAccessedByLayers("Job", "Eda")
        .whereLayer("Rfm").mayOnlyBeAccessedByLayers("Job", "Eda", "Customers")
        .whereLayer("Transactions").mayOnlyBeAccessedByLayers("Job", "Eda", "Customers")
        .whereLayer("Stats").mayOnlyBeAccessedByLayers("Job", "Eda", "Customers", "Transactions")
        .check(FEATURES);
  }

  @Test
  void packagesAreFreeOfCycles() {
    StageArchitecture.packagesAreFreeOfCycles(ROOT).check(FEATURES);
  }

  @Test
  void outputsReachTheLakeOnlyThroughTheCommitOfTheJob() {
    StageArchitecture.noDirectFileSystemChanges(ROOT).check(FEATURES);
    StageArchitecture.onlyTheJobCommits(ROOT).check(FEATURES);
  }
}
