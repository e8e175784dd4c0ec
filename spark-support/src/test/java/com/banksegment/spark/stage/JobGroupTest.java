package com.banksegment.spark.stage;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.spark.JobRecorder;
import com.banksegment.spark.SparkTestSession;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every Spark job of a stage run carries the run's group and a description, threads included. */
class JobGroupTest {
  @TempDir
  Path lake;

  @Test
  void everyJobOfAStageRunIsNamedAfterTheStageTheDateAndTheWork() throws Exception {
    SparkSession spark = SparkTestSession.get();
    StageContext context = demoContext(spark);
    try (JobRecorder recorder = JobRecorder.listen(spark)) {
      try (StageRun run = context.start("demo")) {
        spark.range(10).count();
        long evens = run.jobs().run("count the even numbers", () -> spark.range(10).filter("id % 2 = 0").count());
        assertThat(evens).isEqualTo(5);
        run.jobs().describe("a fit on another thread");
        ExecutorService pool = Executors.newFixedThreadPool(1);
        try {
          pool.submit(() -> spark.range(5).collectAsList()).get();
        } finally {
          pool.shutdownNow();
        }
      }
      spark.range(3).count(); // after the run: no longer in its group

      List<JobRecorder.Job> jobs = recorder.jobs();
      assertThat(jobs).hasSizeGreaterThanOrEqualTo(4);
      List<JobRecorder.Job> ofTheRun = jobs.subList(0, jobs.size() - 1);
      assertThat(ofTheRun).allSatisfy(job -> {
        assertThat(job.group()).isEqualTo("demo-2016-10-21");
        assertThat(job.description()).startsWith("demo 2016-10-21: ");
      });
      assertThat(ofTheRun).extracting(JobRecorder.Job::description).contains(
          "demo 2016-10-21: start", "demo 2016-10-21: count the even numbers", "demo 2016-10-21: a fit on another thread");
      assertThat(jobs.get(jobs.size() - 1).group()).isNull();
    }
  }

  @Test
  void actionsStartedTogetherRunUnderTheirOwnDescriptionsAndFailAsThrown() throws Exception {
    SparkSession spark = SparkTestSession.get();
    StageContext context = demoContext(spark);
    try (JobRecorder recorder = JobRecorder.listen(spark)) {
      try (StageRun run = context.start("demo")) {
        var odd = run.jobs().start("count the odd numbers", () -> spark.range(10).filter("id % 2 = 1").count());
        var ten = run.jobs().start("count to ten", () -> spark.range(10).count());
        var inner = run.jobs().start("an outer action", () -> JobGroup.join(
            JobGroup.onNewThread(() -> spark.range(4).count())));
        assertThat(JobGroup.join(odd)).isEqualTo(5);
        assertThat(JobGroup.join(ten)).isEqualTo(10);
        assertThat(JobGroup.join(inner)).isEqualTo(4);
        var failing = run.jobs().start("fail", () -> {
          throw new IllegalArgumentException("bad column x");
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JobGroup.join(failing))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("bad column x");
      }
      assertThat(recorder.jobs()).extracting(JobRecorder.Job::description).contains(
          "demo 2016-10-21: count the odd numbers", "demo 2016-10-21: count to ten", "demo 2016-10-21: an outer action");
    }
  }

  @Test
  void workDoneMeanwhileWaitsForTheStartedActionAndKeepsBothFailures() {
    java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
    var slow = JobGroup.onNewThread(() -> {
      sleep(200);
      finished.set(true);
      return null;
    });
    assertThat(JobGroup.meanwhile(slow, () -> "tables")).isEqualTo("tables");
    assertThat(finished).as("returned only after the started action").isTrue();

    finished.set(false);
    var failingToo = JobGroup.onNewThread(() -> {
      sleep(200);
      finished.set(true);
      throw new IllegalStateException("save failed");
    });
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JobGroup.meanwhile(failingToo, () -> {
      throw new IllegalArgumentException("table failed");
    })).isInstanceOf(IllegalArgumentException.class).hasMessage("table failed")
        .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage).containsExactly("save failed"));
    assertThat(finished).as("the failure waited for the started action").isTrue();

    var failingAlone = JobGroup.onNewThread(() -> {
      throw new IllegalStateException("save failed");
    });
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JobGroup.meanwhile(failingAlone, () -> "tables"))
        .isInstanceOf(IllegalStateException.class).hasMessage("save failed");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A stage context on this test's lake for run date 2016-10-21, its progress lines dropped. */
  private StageContext demoContext(SparkSession spark) {
    return StageContext.of(spark, SuiteSettings.load(List.of("segment.lake.root=" + lake)),
        RunDate.parse("2016-10-21")).withProgress(line -> { });
  }
}
