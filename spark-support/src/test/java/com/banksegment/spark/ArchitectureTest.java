package com.banksegment.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.banksegment.spark.commit.StagedCommit;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;

/** The commit path is the only code that replaces lake data. */
class ArchitectureTest {
  private static final JavaClasses SUPPORT = StageArchitecture.classesOf("com.banksegment.spark");

  @Test
  void onlyTheCommitPackageRenamesLakeFiles() {
    noClasses().that().resideOutsideOfPackage(StagedCommit.class.getPackageName())
        .should().callMethod(FileSystem.class, "rename", org.apache.hadoop.fs.Path.class,
            org.apache.hadoop.fs.Path.class)
        .check(SUPPORT);
  }

  @Test
  void packagesAreFreeOfCycles() {
    StageArchitecture.packagesAreFreeOfCycles("com.banksegment.spark").check(SUPPORT);
  }
}
