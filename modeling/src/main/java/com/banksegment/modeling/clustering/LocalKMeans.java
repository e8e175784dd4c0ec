package com.banksegment.modeling.clustering;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/**
 * K-means on the driver with several starts: each start seeds by {@link KMeansPlusPlus} with its own
 * seed (derived from the run's seed, k and the start's number) and runs {@link Lloyd}; the fit with
 * the lowest cost wins (the earlier start on a tie). Starts run side by side on the driver's
 * threads; the answer does not depend on how many threads there are or which finishes first.
 *
 * <p>With more starts than {@link #KEPT} the starts are screened ({@link #screened}): every start
 * runs {@link #SCREEN_ITERATIONS} iterations, and only the {@link #KEPT} lowest in cost continue.
 * On the real head20k file the cost after 10 iterations already ranks the basins the starts end in
 * (the 12 lowest of 100 starts at k = 6 all ended in the best basin), while a full fit takes 20 to
 * 40 iterations: many starts, which the best basin needs (a k-means++ start reaches it 19 times in
 * 100 at k = 6, 11 at k = 8), cost about a third of running each of them to the end (issue #15).
 */
public final class LocalKMeans {
  /** Iterations every start runs before the starts are compared. */
  public static final int SCREEN_ITERATIONS = 10;
  /** Starts that continue after the screen (all of them when there are no more). */
  public static final int KEPT = 3;

  private LocalKMeans() {}

  /** The best of {@code starts} k-means++ starts, screened when there are more than {@link #KEPT}. */
  public static KMeansFit fit(Points points, int k, int starts, int maxIterations, double tolerance, long seed,
      Parallel parallel) {
    return screened(points, k, starts(points, k, starts, seed, 0, parallel), maxIterations, tolerance, parallel);
  }

  /**
   * The best of Lloyd runs from the given initial centres, screened: when there are more than
   * {@link #KEPT} of them, each runs {@link #SCREEN_ITERATIONS} iterations first and only the
   * {@link #KEPT} lowest in cost (the earlier start on a tie) continue, from where they stopped, up
   * to {@code maxIterations} in all. Lloyd never raises the cost, so the winner is also the lowest of
   * {@code startCosts}, which holds each start's cost where it stopped.
   */
  public static KMeansFit screened(Points points, int k, List<double[]> initial, int maxIterations, double tolerance,
      Parallel parallel) {
    if (initial.size() <= KEPT || maxIterations <= SCREEN_ITERATIONS) {
      return best(points, k, initial, maxIterations, tolerance, parallel);
    }
    List<Callable<Lloyd.Result>> screen = new ArrayList<>();
    for (double[] centres : initial) {
      screen.add(() -> Lloyd.run(points, centres, SCREEN_ITERATIONS, tolerance, parallel));
    }
    List<Lloyd.Result> screenedFits = parallel.all(screen);
    double[] costs = new double[initial.size()];
    for (int s = 0; s < costs.length; s++) {
      costs[s] = Partition.assign(points, screenedFits.get(s).centres(), parallel).cost();
    }
    Integer[] byCost = new Integer[initial.size()];
    java.util.Arrays.setAll(byCost, i -> i);
    // Stable sort: the earlier start first on a tie, so the choice is the same on every machine.
    java.util.Arrays.sort(byCost, java.util.Comparator.comparingDouble(i -> costs[i]));
    List<Callable<KMeansFit>> tasks = new ArrayList<>();
    for (int r = 0; r < KEPT; r++) {
      int start = byCost[r];
      Lloyd.Result head = screenedFits.get(start);
      tasks.add(() -> {
        Lloyd.Result tail = head.converged() ? head
            : Lloyd.run(points, head.centres(), maxIterations - SCREEN_ITERATIONS, tolerance, parallel);
        double cost = Partition.assign(points, tail.centres(), parallel).cost();
        int iterations = head.iterations() + (tail == head ? 0 : tail.iterations());
        return new KMeansFit(k, points.d(), tail.centres(), cost, iterations, tail.converged(), start, null);
      });
    }
    List<KMeansFit> kept = parallel.all(tasks);
    KMeansFit best = kept.get(0);
    for (KMeansFit f : kept) {
      costs[f.start()] = f.cost();
      if (f.cost() < best.cost() || (f.cost() == best.cost() && f.start() < best.start())) {
        best = f;
      }
    }
    return new KMeansFit(k, best.d(), best.centres(), best.cost(), best.iterations(), best.converged(), best.start(),
        costs);
  }

  /** The best of Lloyd runs from the given initial centres (warm starts, e.g. a sample's fits). */
  public static KMeansFit best(Points points, int k, List<double[]> initial, int maxIterations, double tolerance,
      Parallel parallel) {
    if (k < 1 || k > points.n()) {
      throw new IllegalArgumentException("k = " + k + " for " + points.n() + " points: expected 1 <= k <= points");
    }
    List<Callable<KMeansFit>> tasks = new ArrayList<>();
    for (int s = 0; s < initial.size(); s++) {
      int start = s;
      double[] centres = initial.get(s);
      tasks.add(() -> {
        Lloyd.Result r = Lloyd.run(points, centres, maxIterations, tolerance, parallel);
        double cost = Partition.assign(points, r.centres(), parallel).cost();
        return new KMeansFit(k, points.d(), r.centres(), cost, r.iterations(), r.converged(), start, null);
      });
    }
    List<KMeansFit> fits = parallel.all(tasks);
    KMeansFit best = fits.get(0);
    double[] costs = new double[fits.size()];
    for (int s = 0; s < fits.size(); s++) {
      costs[s] = fits.get(s).cost();
      if (fits.get(s).cost() < best.cost()) {
        best = fits.get(s);
      }
    }
    return new KMeansFit(k, best.d(), best.centres(), best.cost(), best.iterations(), best.converged(), best.start(),
        costs);
  }

  /**
   * The centres of a fit at k - 1 plus the point farthest from all of them: a start at k that
   * keeps what k - 1 found and splits where it fits worst (the incremental step of Likas, Vlassis
   * and Verbeek's global k-means, 2003). k-means++ alone can put two seeds in one wide cluster and
   * none in a tight one; this start cannot miss a cluster that k - 1 already separated.
   */
  public static double[] extended(Points points, double[] centres, Parallel parallel) {
    int d = points.d();
    int[] labels = Partition.assign(points, centres, parallel).labels();
    int farthest = 0;
    double worst = -1;
    for (int i = 0; i < points.n(); i++) {
      double dist = KMeansPlusPlus.squared(points.coords(), i * d, centres, labels[i] * d, d);
      if (dist > worst) {
        worst = dist;
        farthest = i;
      }
    }
    double[] out = java.util.Arrays.copyOf(centres, centres.length + d);
    System.arraycopy(points.coords(), farthest * d, out, centres.length, d);
    return out;
  }

  /**
   * The k-means++ initial centres of starts numbered {@code first} to {@code first + starts - 1},
   * side by side on the driver's threads: each start draws from its own seed, so the centres do
   * not depend on the threads.
   */
  public static List<double[]> starts(Points points, int k, int starts, long seed, int first, Parallel parallel) {
    List<Callable<double[]>> seeding = new ArrayList<>();
    for (int s = first; s < first + starts; s++) {
      long own = seedOf(seed, k, s);
      seeding.add(() -> KMeansPlusPlus.seed(points, k, new SplittableRandom(own)));
    }
    return parallel.all(seeding);
  }

  /** A start's own seed: the run's seed mixed with k and the start's number. */
  public static long seedOf(long seed, int k, int start) {
    long h = seed * 0x9E3779B97F4A7C15L + k * 0xBF58476D1CE4E5B9L + start * 0x94D049BB133111EBL;
    h ^= h >>> 31;
    h *= 0xD6E8FEB86659FD93L;
    return h ^ (h >>> 32);
  }
}
