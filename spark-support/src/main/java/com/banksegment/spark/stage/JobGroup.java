package com.banksegment.spark.stage;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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

  /**
   * Starts an action on a thread of its own under its own description and returns at once. Spark
   * runs the jobs of actions started this way side by side: the iterative estimators of MLlib
   * run many small jobs one after the other, and on small inputs each job's scheduling and the
   * driver's share of it leave a core idle that another action's jobs can use.
   */
  public <T> CompletableFuture<T> start(String what, Supplier<T> action) {
    return onNewThread(() -> run(what, action));
  }

  /**
   * Runs a part of this thread's work on a new thread, which inherits this thread's group and
   * description (Spark copies them into threads when they are started).
   */
  public static <T> CompletableFuture<T> onNewThread(Supplier<T> action) {
    return CompletableFuture.supplyAsync(action, task -> {
      Thread thread = new Thread(task, "stage-action");
      thread.setDaemon(true);
      thread.start();
    });
  }

  /** The result of an action started with {@link #start}, or the exception it failed with, as it was thrown. */
  public static <T> T join(CompletableFuture<T> started) {
    try {
      return started.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /**
   * Runs {@code work} on this thread while {@code started} runs on its own, and returns
   * {@code work}'s result once both are done. When {@code work} fails, it still waits for the
   * started action (so none of its Spark jobs outlives what the caller cleans up) and rethrows
   * {@code work}'s exception with the started action's own failure, if any, attached; when only
   * the started action fails, its exception is thrown as it was.
   */
  public static <T> T meanwhile(CompletableFuture<?> started, Supplier<T> work) {
    T result;
    try {
      result = work.get();
    } catch (RuntimeException | Error e) {
      try {
        join(started);
      } catch (RuntimeException | Error alsoFailed) {
        e.addSuppressed(alsoFailed);
      }
      throw e;
    }
    join(started);
    return result;
  }

  /** Ends the group on this thread, so a next stage in the same session starts unnamed. */
  void clear() {
    spark.clearJobGroup();
  }
}
