package com.banksegment.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The walking skeleton's rules: feature packages with domain, service and ui layers; ui may use
 * service and domain, service only domain; features never use each other (they share base,
 * lake and security); and nothing refers to Spark.
 */
class ArchitectureTest {
  // The module's own classes only: scanning the whole class path for the package takes far longer.
  private static final JavaClasses UI = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPath(java.nio.file.Path.of("target", "classes"));

  @Test
  void domainDependsOnNoServiceOrUi() {
    ArchRule rule = noClasses().that().resideInAPackage("..domain..")
        .should().dependOnClassesThat().resideInAnyPackage("..service..", "..ui.base..", "com.banksegment.ui.*.ui..", "com.vaadin..");
    rule.check(UI);
  }

  @Test
  void servicesDependOnNoUi() {
    noClasses().that().resideInAPackage("com.banksegment.ui.*.service..")
        .should().dependOnClassesThat().resideInAnyPackage("com.banksegment.ui.*.ui..", "com.vaadin.flow.component..")
        .check(UI);
  }

  @Test
  void featuresAreIndependentOfEachOther() {
    slices().matching("com.banksegment.ui.(overview|model|explorer|customer|predict|batch)..")
        .should().notDependOnEachOther().check(UI);
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("com.banksegment.ui.(*)..").should().beFreeOfCycles().check(UI);
  }

  @Test
  void nothingRefersToSpark() {
    noClasses().should().dependOnClassesThat().resideInAPackage("org.apache.spark..").check(UI);
  }
}
