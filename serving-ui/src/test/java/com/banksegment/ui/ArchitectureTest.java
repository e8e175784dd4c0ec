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
 * service and domain, service only domain; the API's web layer is like ui but never touches
 * Vaadin; features never use each other (they share base, lake, security, audit, export and
 * scoring); and nothing refers to Spark.
 */
class ArchitectureTest {
  // The module's own classes only: scanning the whole class path for the package takes far longer.
  private static final JavaClasses UI = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPath(classes());

  /** The module's class folder, found from this class's own location (not the working folder). */
  private static java.nio.file.Path classes() {
    try {
      java.nio.file.Path testClasses = java.nio.file.Path.of(ArchitectureTest.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI());
      return testClasses.resolveSibling("classes");
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void domainDependsOnNoServiceOrUi() {
    ArchRule rule = noClasses().that().resideInAPackage("..domain..")
        .should().dependOnClassesThat().resideInAnyPackage("..service..", "..ui.base..", "com.banksegment.ui.*.ui..",
            "com.banksegment.ui.*.web..", "com.vaadin..", "org.springframework.web..", "jakarta.servlet..");
    rule.check(UI);
  }

  @Test
  void servicesDependOnNoUi() {
    noClasses().that().resideInAPackage("com.banksegment.ui.*.service..")
        .should().dependOnClassesThat().resideInAnyPackage("com.banksegment.ui.*.ui..", "com.banksegment.ui.*.web..",
            "com.vaadin.flow.component..", "jakarta.servlet..", "org.springframework.web..")
        .check(UI);
  }

  @Test
  void theApiAndThePagesDoNotUseEachOther() {
    noClasses().that().resideInAPackage("com.banksegment.ui.*.web..")
        .should().dependOnClassesThat().resideInAnyPackage("com.vaadin.flow.component..", "com.banksegment.ui.*.ui..")
        .check(UI);
  }

  @Test
  void featuresAreIndependentOfEachOther() {
    slices().matching("com.banksegment.ui.(overview|model|explorer|customer|predict|batch|audience|compare|download|movement|api)..")
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
