package com.banksegment.modeling.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent model fits on a few threads of the driver. A fit is a chain of many small Spark
 * jobs (one or two per iteration) whose time goes mostly to scheduling, not computing; Spark runs
 * jobs from several threads at once, so overlapping fits keeps both cores busy. Every fit has its
 * own fixed seed, so the results do not depend on the order the threads finish in.
 */
public final class Concurrently {
  /** Enough to overlap the scheduling gaps of 2 cores without piling up memory. */
  static final int THREADS = 3;

  private Concurrently() {}

  /** The tasks' results in the order of the tasks; the first failure is rethrown as it was. */
  static <T> List<T> run(List<Callable<T>> tasks) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(THREADS, tasks.size())), r -> {
      Thread t = new Thread(r, "model-fit");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(pool.submit(task));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("model fit failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while fitting models", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
