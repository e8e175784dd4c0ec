package com.banksegment.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;

/**
 * Records the group and description of every Spark job started while it listens: what the Spark
 * UI and YARN show for them. Tests check that a stage leaves no job unnamed.
 */
public final class JobRecorder extends SparkListener implements AutoCloseable {
  /** One started job: its id, group and description (null when unset). */
  public record Job(int id, String group, String description) {}

  private final SparkSession spark;
  private final List<Job> jobs = new ArrayList<>();

  private JobRecorder(SparkSession spark) {
    this.spark = spark;
  }

  public static JobRecorder listen(SparkSession spark) {
    JobRecorder recorder = new JobRecorder(spark);
    spark.sparkContext().addSparkListener(recorder);
    return recorder;
  }

  @Override
  public synchronized void onJobStart(SparkListenerJobStart start) {
    Properties p = start.properties();
    jobs.add(new Job(start.jobId(), p == null ? null : p.getProperty("spark.jobGroup.id"),
        p == null ? null : p.getProperty("spark.job.description")));
  }

  /** The jobs seen so far, once the listener bus has delivered every event. */
  public List<Job> jobs() {
    try {
      spark.sparkContext().listenerBus().waitUntilEmpty(30_000);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("Spark's listener bus did not deliver its events within 30 s", e);
    }
    synchronized (this) {
      return List.copyOf(jobs);
    }
  }

  /**
   * Checks that every recorded job belongs to the stage run's group and says what it does
   * ("<stage> <run date>: ..."), and that the given descriptions are among them.
   */
  public static void assertEveryJobNamed(List<Job> jobs, String stage, String runDate, String... descriptions) {
    org.assertj.core.api.Assertions.assertThat(jobs).isNotEmpty().allSatisfy(job -> {
      org.assertj.core.api.Assertions.assertThat(job.group()).isEqualTo(stage + "-" + runDate);
      org.assertj.core.api.Assertions.assertThat(job.description()).startsWith(stage + " " + runDate + ": ");
    });
    org.assertj.core.api.Assertions.assertThat(jobs).extracting(Job::description).contains(
        java.util.Arrays.stream(descriptions).map(d -> stage + " " + runDate + ": " + d).toArray(String[]::new));
  }

  @Override
  public void close() {
    spark.sparkContext().removeSparkListener(this);
  }
}
