package com.banksegment.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.modeling.publish.PublishJob;
import com.banksegment.modeling.publish.PublishResult;
import com.banksegment.modeling.segments.Segment;
import com.banksegment.modeling.selection.SweepPoint;
import com.banksegment.spark.SparkTestSession;
import com.banksegment.spark.stage.StageContext;
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
  PublishResult firstPublished;
  PublishResult nextPublished;

  @BeforeAll
  void runTwoDays() {
    SparkSession spark = SparkTestSession.get();
    SuiteSettings settings = TestSettings.lake(lake);
    for (RunDate day : List.of(DAY, NEXT_DAY)) {
      SyntheticCustomers.generate(spark, 200, 1).write().parquet(lake + "/clean/customers/" + day.partition());
    }
    first = new ModelJob(StageContext.of(spark, settings, DAY)).execute();
    firstPublished = publish(spark, settings, DAY);
    next = new ModelJob(StageContext.of(spark, settings.with("segment.modeling.sweep-sample-size", 300), NEXT_DAY))
        .execute();
    nextPublished = publish(spark, settings, NEXT_DAY);
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
    List<SweepPoint> sweep = next.clustering().selection().subList(0, 3);
    SweepPoint last = next.clustering().selection().get(next.clustering().selection().size() - 1);

    assertThat(sweep).extracting(SweepPoint::fitCustomers).allSatisfy(n -> assertThat(n).isBetween(240L, 360L));
    assertThat(last.algorithm()).isEqualTo("kmeans");
    assertThat(last.k()).isEqualTo(next.k());
    assertThat(last.fitCustomers()).isEqualTo(600);
    assertThat(next.clustering().silhouette()).isEqualTo(last.silhouette());
  }

  @Test
  void thePointerFollowsTheLaterRun() throws Exception {
    assertThat(Files.readString(lake.resolve("published/_LATEST")).trim()).isEqualTo(NEXT_DAY.toString());
    assertThat(firstPublished.previousPointer()).isNull();
    assertThat(nextPublished.previousPointer()).isEqualTo(DAY.toString());
  }

  /** Each day ends as `segment run` ends it: published. */
  private static PublishResult publish(SparkSession spark, SuiteSettings settings, RunDate day) {
    return new PublishJob(StageContext.of(spark, settings, day)).execute();
  }
}
