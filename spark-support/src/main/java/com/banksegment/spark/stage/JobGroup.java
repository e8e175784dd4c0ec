package com.banksegment.spark.stage;

import java.util.function.Supplier;
import org.apache.spark.SparkContext;

/**
 * Names the Spark jobs of one stage run, so the Spark UI, the History Server and YARN's
 * application page say what each job is: group {@code <stage>-<run date>}, description
 * {@code <stage> <run date>: <what>} (e.g. "model 2016-10-21: kmeans k=5").
 *
 * <p>Spark keeps the group and description per thread and copies them into threads started
 * afterwards; a thread that runs work of its own (a concurrent model fit) describes it itself.
 */
public final class JobGroup {
  private static final String GROUP = "spark.jobGroup.id";
  private static final String DESCRIPTION = "spark.job.description";

  private final SparkContext spark;
  private final String stage;
  private final String id;

  JobGroup(SparkContext spark, String stage, String runDate) {
    this.spark = spark;
    this.stage = stage + " " + runDate;
    this.id = stage + "-" + runDate;
  }

  public String id() {
    return id;
  }

  /** Names the jobs this thread starts from now on (and those of the threads it starts). */
  public void describe(String what) {
    spark.setJobGroup(id, stage + ": " + what, false);
  }

  /** Runs one action under its own description, then restores the description it had. */
  public <T> T run(String what, Supplier<T> action) {
    String group = spark.getLocalProperty(GROUP);
    String description = spark.getLocalProperty(DESCRIPTION);
    describe(what);
    try {
      return action.get();
    } finally {
      spark.setLocalProperty(GROUP, group);
      spark.setLocalProperty(DESCRIPTION, description);
    }
  }

  public void run(String what, Runnable action) {
    run(what, () -> {
      action.run();
      return null;
    });
  }

  /** Ends the group on this thread, so a next stage in the same session starts unnamed. */
  void clear() {
    spark.clearJobGroup();
  }
}
