package com.banksegment.modeling;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.banksegment.spark.StageArchitecture;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * The modeling stage's shape, in the order it runs: prepare, selection, segments and classifier,
 * then the outputs (bundle, tables, report), the job on top; clustering (plain Java on driver
 * arrays) at the bottom. Publish is a stage of its own that
 * knows a model run only through the lake.
 */
class ArchitectureTest {
  private static final String ROOT = "com.banksegment.modeling";
  private static final JavaClasses MODELING = StageArchitecture.classesOf(ROOT);

  @Test
  void theModelStageRunsTopDown() {
    StageArchitecture.layersFromTheTop(ROOT, "", "score", "bundle, tables, report", "segments, classifier, lifetime, drift",
        "served", "selection",
        "prepare", "clustering").check(MODELING);
  }

  @Test
  void publishUsesNoneOfTheModelOrScoreStagesClassesAndNoneUseIt() {
    noClasses().that().resideInAPackage(ROOT + ".publish..")
        .should().dependOnClassesThat().resideInAnyPackage(ROOT, ROOT + ".prepare..", ROOT + ".selection..",
            ROOT + ".segments..", ROOT + ".classifier..", ROOT + ".bundle..", ROOT + ".tables..", ROOT + ".report..",
            ROOT + ".score..")
        .check(MODELING);
    noClasses().that().resideOutsideOfPackage(ROOT + ".publish..")
        .should().dependOnClassesThat().resideInAPackage(ROOT + ".publish..").check(MODELING);
  }

  @Test
  void theReportIsPlainJavaWithoutSpark() {
    noClasses().that().resideInAPackage(ROOT + ".report..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.spark..")
        .because("the report renders figures the stage already computed; it does not reach into Spark ML")
        .check(MODELING);
  }

  @Test
  void noCyclesAndTheOneCommitPath() {
    StageArchitecture.checkStageRules(ROOT, MODELING);
  }
}
