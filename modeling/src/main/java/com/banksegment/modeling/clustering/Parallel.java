package com.banksegment.modeling.clustering;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveTask;
import java.util.function.BinaryOperator;

/**
 * The driver's threads for the local clustering: one fork-join pool; work is split into chunks of
 * a fixed size and the chunks' partial results are combined in chunk order, so every result is
 * the same bit for bit whatever the number of threads and whichever thread finishes first.
 * Tasks may nest (a fit runs its iterations' chunks on the same pool while other fits run).
 */
public final class Parallel implements AutoCloseable {
  /** Points per chunk: large enough to amortise a task, small enough to spread 200,000 points. */
  static final int CHUNK = 8_192;

  /** A partial result over the points [from, to). */
  @FunctionalInterface
  public interface Chunk<T> {
    T over(int from, int to);
  }

  private final ForkJoinPool pool;
  private final int threads;

  public Parallel(int threads) {
    this.threads = Math.max(1, threads);
    this.pool = new ForkJoinPool(this.threads, p -> {
      var t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
      t.setName("local-kmeans-" + t.getPoolIndex());
      t.setDaemon(true);
      return t;
    }, null, false);
  }

  /** One thread: everything runs on the caller's thread (tests, tiny inputs). */
  public static Parallel sequential() {
    return new Parallel(1);
  }

  public int threads() {
    return threads;
  }

  /** Splits [0, n) into fixed chunks, computes each (in parallel) and combines them in order. */
  public <T> T reduce(int n, Chunk<T> chunk, BinaryOperator<T> combine) {
    int chunks = Math.max(1, (n + CHUNK - 1) / CHUNK);
    if (chunks == 1 || threads == 1) {
      T acc = null;
      for (int c = 0; c < chunks; c++) {
        T part = chunk.over(c * CHUNK, Math.min(n, (c + 1) * CHUNK));
        acc = acc == null ? part : combine.apply(acc, part);
      }
      return acc;
    }
    List<ForkJoinTask<T>> tasks = new ArrayList<>(chunks);
    for (int c = 0; c < chunks; c++) {
      int from = c * CHUNK;
      int to = Math.min(n, from + CHUNK);
      tasks.add(new RecursiveTask<T>() {
        @Override
        protected T compute() {
          return chunk.over(from, to);
        }
      });
    }
    List<T> parts = runAll(tasks);
    T acc = parts.get(0);
    for (int c = 1; c < parts.size(); c++) {
      acc = combine.apply(acc, parts.get(c));
    }
    return acc;
  }

  /** Runs [0, n) in chunks for their side effects (each chunk writes its own slice). */
  public void forEach(int n, Chunk<Void> chunk) {
    reduce(n, chunk, (a, b) -> null);
  }

  /** Runs independent tasks; results in task order; the first failure is rethrown. */
  public <T> List<T> all(List<Callable<T>> work) {
    List<ForkJoinTask<T>> tasks = new ArrayList<>(work.size());
    for (Callable<T> c : work) {
      tasks.add(ForkJoinTask.adapt(c));
    }
    if (threads == 1) {
      List<T> out = new ArrayList<>();
      for (Callable<T> c : work) {
        try {
          out.add(c.call());
        } catch (RuntimeException | Error e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
      return out;
    }
    return runAll(tasks);
  }

  private <T> List<T> runAll(List<ForkJoinTask<T>> tasks) {
    if (ForkJoinTask.inForkJoinPool() && ForkJoinTask.getPool() == pool) {
      ForkJoinTask.invokeAll(tasks);
    } else {
      ForkJoinTask<Void> all = pool.submit(() -> {
        ForkJoinTask.invokeAll(tasks);
        return null;
      });
      try {
        all.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while clustering", e);
      } catch (ExecutionException e) {
        throw rethrow(e.getCause());
      }
    }
    List<T> out = new ArrayList<>(tasks.size());
    for (ForkJoinTask<T> t : tasks) {
      if (t.isCompletedAbnormally()) {
        throw rethrow(t.getException());
      }
      out.add(t.join());
    }
    return out;
  }

  private static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException("local clustering failed: " + t, t);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
