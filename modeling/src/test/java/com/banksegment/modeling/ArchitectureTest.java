package com.banksegment.modeling;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.banksegment.spark.StageArchitecture;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * The modeling stage's shape, in the order it runs: prepare, selection, segments and classifier,
 * then the outputs (bundle, tables, report), the job on top. Publish is a stage of its own that
 * knows the model run only through the lake.
 */
class ArchitectureTest {
  private static final String ROOT = "com.banksegment.modeling";
  private static final JavaClasses MODELING = StageArchitecture.classesOf(ROOT);

  @Test
  void layers() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("Job").definedBy(ROOT)
        .layer("Publish").definedBy(ROOT + ".publish..")
        .layer("Outputs").definedBy(ROOT + ".bundle..", ROOT + ".tables..", ROOT + ".report..")
        .layer("Segments").definedBy(ROOT + ".segments..", ROOT + ".classifier..")
        .layer("Selection").definedBy(ROOT + ".selection..")
        .layer("Prepare").definedBy(ROOT + ".prepare..")
        .whereLayer("Job").mayNotBeAccessedByAnyLayer()
        .whereLayer("Publish").mayNotBeAccessedByAnyLayer()
        .whereLayer("Outputs").mayOnlyBeAccessedByLayers("Job")
        .whereLayer("Segments").mayOnlyBeAccessedByLayers("Job", "Outputs")
        .whereLayer("Selection").mayOnlyBeAccessedByLayers("Job", "Outputs", "Segments")
        .whereLayer("Prepare").mayOnlyBeAccessedByLayers("Job", "Outputs", "Segments", "Selection")
        .check(MODELING);
  }

  @Test
  void packagesAreFreeOfCycles() {
    StageArchitecture.packagesAreFreeOfCycles(ROOT).check(MODELING);
  }

  @Test
  void theReportIsPlainJavaWithoutSpark() {
    noClasses().that().resideInAPackage(ROOT + ".report..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.spark..")
        .because("the report renders figures the stage already computed; it does not reach into Spark ML")
        .check(MODELING);
  }

  @Test
  void outputsReachTheLakeOnlyThroughTheCommitOfTheJob() {
    StageArchitecture.noDirectFileSystemChanges(ROOT).check(MODELING);
    StageArchitecture.onlyTheJobCommits(ROOT).check(MODELING);
  }
}
