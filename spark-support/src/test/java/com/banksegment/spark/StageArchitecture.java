package com.banksegment.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.banksegment.spark.commit.StagedCommit;
import com.banksegment.spark.stage.StageJob;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.apache.hadoop.fs.FileSystem;

/**
 * The rules every batch stage module keeps (each module's ArchitectureTest adds its layers):
 * its packages are free of cycles; its outputs reach the lake only through the one commit path
 * ({@link StagedCommit}); only the stage's job commits.
 */
public final class StageArchitecture {
  private StageArchitecture() {}

  /** The module's own production classes, found on the class path by package (not by a folder). */
  public static JavaClasses classesOf(String rootPackage) {
    return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(rootPackage);
  }

  /**
   * Layers from the top down: each entry is a layer of one or more subpackages of the root
   * ({@code ""} is the root package itself, where the job is), and a layer may be used only by
   * the layers above it. The top layer is used by none.
   */
  public static ArchRule layersFromTheTop(String rootPackage, String... layers) {
    com.tngtech.archunit.library.Architectures.LayeredArchitecture rule =
        com.tngtech.archunit.library.Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (String layer : layers) {
      rule = rule.layer(name(layer)).definedBy(java.util.Arrays.stream(layer.split(","))
          .map(p -> p.isEmpty() ? rootPackage : rootPackage + "." + p.trim() + "..").toArray(String[]::new));
    }
    rule = rule.whereLayer(name(layers[0])).mayNotBeAccessedByAnyLayer();
    for (int i = 1; i < layers.length; i++) {
      rule = rule.whereLayer(name(layers[i])).mayOnlyBeAccessedByLayers(
          java.util.Arrays.stream(layers, 0, i).map(StageArchitecture::name).toArray(String[]::new));
    }
    return rule;
  }

  private static String name(String layer) {
    return layer.isEmpty() ? "job" : layer;
  }

  /** The rules every stage module keeps besides its layers: no cycles, the one commit path. */
  public static void checkStageRules(String rootPackage, JavaClasses classes) {
    packagesAreFreeOfCycles(rootPackage).check(classes);
    noDirectFileSystemChanges(rootPackage).check(classes);
    onlyTheJobCommits(rootPackage).check(classes);
  }

  public static ArchRule packagesAreFreeOfCycles(String rootPackage) {
    return slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles();
  }

  /**
   * Nothing renames, deletes or creates lake files with Hadoop's FileSystem directly: outputs are
   * staged and replaced by {@link StagedCommit}, files read and written through {@link LakeFileSystem}.
   */
  public static ArchRule noDirectFileSystemChanges(String rootPackage) {
    return noClasses().that().resideInAPackage(rootPackage + "..")
        .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
            "a FileSystem method that changes the lake",
            call -> call.getTargetOwner().isAssignableTo(FileSystem.class)
                && java.util.Set.of("rename", "delete", "create", "mkdirs", "append")
                    .contains(call.getName())))
        .because("a stage's outputs reach the lake only through StagedCommit, all or nothing");
  }

  /** Only a stage's job commits what the stage staged. */
  public static ArchRule onlyTheJobCommits(String rootPackage) {
    return noClasses().that().resideInAPackage(rootPackage + "..").and().areNotAssignableTo(StageJob.class)
        .should().callMethod(StagedCommit.class, "commit")
        .because("the job commits all of the stage's outputs together, once");
  }
}
