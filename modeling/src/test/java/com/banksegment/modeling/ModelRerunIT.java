package com.banksegment.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.spark.SparkTestSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two days in a row on the same 600 synthetic customers: the second day's segments must keep
 * the first day's ids and names. The second day also fits its selection on a sample (300).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelRerunIT {
  static final RunDate DAY = RunDate.parse("2016-10-21");
  static final RunDate NEXT_DAY = RunDate.parse("2016-10-22");

  @TempDir
  static Path lake;
  ModelResult first;
  ModelResult next;

  @BeforeAll
  void runTwoDays() {
    SparkSession spark = SparkTestSession.get();
    SuiteSettings settings = TestSettings.lake(lake);
    for (RunDate day : List.of(DAY, NEXT_DAY)) {
      SyntheticCustomers.generate(spark, 200, 1).write().parquet(lake + "/clean/customers/" + day.partition());
    }
    first = new ModelJob(spark, settings).runDate(DAY).execute();
    next = new ModelJob(spark, settings.with("segment.modeling.sweep-sample-size", 300)).runDate(NEXT_DAY).execute();
  }

  @Test
  void theNextRunOnTheSameCustomersKeepsEveryIdAndName() {
    assertThat(next.previousRunDate()).isEqualTo(DAY.toString());
    assertThat(next.k()).isEqualTo(first.k());
    assertThat(next.segments()).extracting(Segment::id, Segment::name)
        .containsExactlyElementsOf(first.segments().stream().map(s -> tuple(s.id(), s.name())).toList());
    assertThat(next.segments()).allSatisfy(s -> {
      assertThat(s.match().previousId()).isEqualTo(s.id());
      assertThat(s.match().distance()).isLessThan(1e-6);
    });
  }

  @Test
  void aSelectionFittedOnASampleIsMeasuredOnAllAndTheFinalModelSeesEveryone() {
    List<SweepPoint> sweep = next.selection().subList(0, 3);
    SweepPoint last = next.selection().get(next.selection().size() - 1);

    assertThat(sweep).extracting(SweepPoint::fitCustomers).allSatisfy(n -> assertThat(n).isBetween(240L, 360L));
    assertThat(last.algorithm()).isEqualTo("kmeans");
    assertThat(last.k()).isEqualTo(next.k());
    assertThat(last.fitCustomers()).isEqualTo(600);
    assertThat(next.silhouette()).isEqualTo(last.silhouette());
  }

  @Test
  void thePointerFollowsTheLaterRun() throws Exception {
    assertThat(Files.readString(lake.resolve("published/_LATEST")).trim()).isEqualTo(NEXT_DAY.toString());
    assertThat(next.pointerMoved()).isTrue();
  }
}
