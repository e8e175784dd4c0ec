package com.banksegment.modeling.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.banksegment.config.LakeLayout;
import com.banksegment.config.RunDate;
import com.banksegment.contract.LakeTables;
import com.banksegment.spark.SparkSchemas;
import com.banksegment.spark.SparkTestSession;
import com.banksegment.spark.StageFailedException;
import com.banksegment.spark.commit.StagedCommit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model stage's tables go through the one commit path: all of them or none, each date on its own. */
class PublishedTablesCommitTest {
  static final RunDate MONDAY = RunDate.parse("2016-10-17");
  static final RunDate TUESDAY = RunDate.parse("2016-10-18");

  @TempDir
  Path lake;
  final SparkSession spark = SparkTestSession.get();

  @Test
  void aFailedValidationLeavesTheLastGoodTablesAndPointer() throws IOException {
    LakeLayout layout = new LakeLayout(lake.toString());
    publish(layout, MONDAY, 3, true);
    pointTo(layout, MONDAY);

    // Re-running Monday and running Tuesday both fail validation of the second table.
    for (RunDate day : new RunDate[] {MONDAY, TUESDAY}) {
      assertThatThrownBy(() -> publish(layout, day, 5, false)).isInstanceOf(StageFailedException.class)
          .hasMessageContaining("failed validation");
    }

    assertThat(rows(layout, MONDAY)).isEqualTo(3);
    assertThat(spark.read().parquet(layout.partition(LakeTables.SEGMENT_PROFILES, MONDAY)).count()).isEqualTo(3);
    assertThat(lake.resolve("published/customer_segments/run_date=" + TUESDAY)).doesNotExist();
    assertThat(Files.readString(lake.resolve("published/_LATEST"))).isEqualTo(MONDAY + "\n");
    try (Stream<Path> staged = Files.walk(lake.resolve("_staging"))) {
      assertThat(staged.filter(p -> p.toString().endsWith(".parquet"))).isEmpty();
    }
  }

  @Test
  void aGoodRunReplacesOnlyItsOwnDateAndThePointerMovesWhenPublished() throws IOException {
    LakeLayout layout = new LakeLayout(lake.toString());
    publish(layout, MONDAY, 3, true);
    pointTo(layout, MONDAY);
    publish(layout, TUESDAY, 4, true);
    assertThat(Files.readString(lake.resolve("published/_LATEST"))).as("a model run moves no reader")
        .isEqualTo(MONDAY + "\n");
    pointTo(layout, TUESDAY);

    assertThat(rows(layout, MONDAY)).isEqualTo(3);
    assertThat(rows(layout, TUESDAY)).isEqualTo(4);
    assertThat(Files.readString(lake.resolve("published/_LATEST"))).isEqualTo(TUESDAY + "\n");
  }

  /** customer_segments and segment_profiles of n customers in n segments, the profiles checked as the model checks them. */
  private void publish(LakeLayout layout, RunDate day, int n, boolean profilesPass) {
    try (StagedCommit outputs = StagedCommit.open(spark, layout, "model", day, Duration.ofHours(24))) {
      outputs.table(LakeTables.CUSTOMER_SEGMENTS, customerSegments(n));
      outputs.table(LakeTables.SEGMENT_PROFILES, segmentProfiles(n),
          TableChecks.segmentProfiles(profilesPass ? n : n + 1, n));
      outputs.commit();
    }
  }

  private void pointTo(LakeLayout layout, RunDate day) {
    try (StagedCommit outputs = StagedCommit.open(spark, layout, "publish", day, Duration.ofHours(24))) {
      outputs.file(layout.latestPointer(), day + "\n");
      outputs.commit();
    }
  }

  private Dataset<Row> customerSegments(int n) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(RowFactory.create("C" + i, i, "Segment " + i, "Lost", 1, 1, 1, "111", 10, 1, 5.0, 30.0, 100.0, "M",
          0.5, 0.25, i, 0.9, null, null, null, null, "NOT_IDENTIFIABLE"));
    }
    return spark.createDataFrame(rows, SparkSchemas.of(LakeTables.CUSTOMER_SEGMENTS));
  }

  private Dataset<Row> segmentProfiles(int n) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Object> v = new ArrayList<>(List.of(i, i, "Segment " + i, "act", 1L, 1.0 / n));
      LakeTables.PROFILED_INPUTS.forEach(input -> v.addAll(List.of(1.0, 1.0)));
      v.addAll(List.of(0.5, 0.5, 0.0, "Lost", 5.0, new double[] {0.1, 0.2}));
      for (int c = 0; c < 8; c++) {
        v.add(null); // no previous run; no lifetime figures
      }
      rows.add(RowFactory.create(v.toArray()));
    }
    return spark.createDataFrame(rows, SparkSchemas.of(LakeTables.SEGMENT_PROFILES));
  }

  private long rows(LakeLayout layout, RunDate day) {
    return spark.read().parquet(layout.partition(LakeTables.CUSTOMER_SEGMENTS, day)).count();
  }
}
