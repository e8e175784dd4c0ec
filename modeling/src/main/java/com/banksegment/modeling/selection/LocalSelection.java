package com.banksegment.modeling.selection;

import com.banksegment.config.ModelingSettings;
import com.banksegment.modeling.clustering.BisectingKMeans;
import com.banksegment.modeling.clustering.ClusterQuality;
import com.banksegment.modeling.clustering.GaussianMixture;
import com.banksegment.modeling.clustering.KMeansFit;
import com.banksegment.modeling.clustering.LocalKMeans;
import com.banksegment.modeling.clustering.Lloyd;
import com.banksegment.modeling.clustering.Parallel;
import com.banksegment.modeling.clustering.Partition;
import com.banksegment.modeling.clustering.Points;
import com.banksegment.modeling.clustering.Stability;
import com.banksegment.spark.stage.JobGroup;
import com.banksegment.spark.stage.Progress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The model selection on the driver, for inputs of up to {@code local-max-customers}: the
 * customers' PCA coordinates are collected once and every fit runs on plain arrays with all the
 * driver's cores. On 2 cores a Spark K-means spends most of each iteration scheduling its job;
 * here an iteration over 20,000 customers takes a millisecond. The rule, the figures and the
 * result are those of the Spark path: the sweep and the alternatives fit on the same uniform
 * sample of at most {@code sweep-sample-size} customers, WSSSE and silhouette (Spark's
 * squared-Euclidean definition, {@link ClusterQuality}) are measured on ALL customers, k is chosen
 * by {@link KChoice}, and the production model is a Spark KMeansModel ({@link SparkKMeans}).
 */
final class LocalSelection {
  /**
   * Commons Math's EM is single-threaded and allocates per point (about 7 s for 20 iterations on
   * 20,000 customers): the mixture, only an alternative for comparison, fits on at most this many
   * customers of the sample and is measured on all.
   */
  static final int MIXTURE_FIT_CUSTOMERS = 5_000;

  private final Points all;
  private final Points fitSet;
  private final ModelingSettings m;
  private final Progress progress;
  private final Parallel parallel;

  private LocalSelection(Points all, Points fitSet, ModelingSettings m, Progress progress, Parallel parallel) {
    this.all = all;
    this.fitSet = fitSet;
    this.m = m;
    this.progress = progress;
    this.parallel = parallel;
  }

  /** Whether these customers are few enough for the driver (and the production model is K-means). */
  static boolean applies(long n, ModelingSettings m) {
    return n <= m.localMaxCustomers() && m.algorithm().equals(ModelSelection.KMEANS);
  }

  static SelectionPhase.Outcome run(Dataset<Row> features, int dims, ModelingSettings m, Progress progress,
      JobGroup jobs) {
    Points all = jobs.run("collect the customers' PCA coordinates to the driver",
        () -> DriverPoints.collect(features, dims));
    progress.step("clustering on the driver (" + all.n() + " customers x " + dims + " coordinates)", all.n());
    Points fitSet = m.sweepSampleSize() > 0 && all.n() > m.sweepSampleSize()
        ? all.subset(all.sampleIndices((int) m.sweepSampleSize(), m.seed()))
        : all;
    try (Parallel parallel = new Parallel(Runtime.getRuntime().availableProcessors())) {
      return new LocalSelection(all, fitSet, m, progress, parallel).select();
    }
  }

  private SelectionPhase.Outcome select() {
    Map<Integer, Measured> sweep = new LinkedHashMap<>();
    Measured previous = null;
    for (int k = m.kMin(); k <= m.kMax(); k++) {
      previous = kmeans(k, m.sweepMaxIterations(), previous);
      sweep.put(k, previous);
    }
    List<SweepPoint> sweepPoints = sweep.values().stream().map(Measured::point).toList();
    KChoice choice = KChoice.choose(sweepPoints, m.forceK());
    progress.step("k = " + choice.k() + " (" + (choice.knee() == null ? "no knee" : "knee " + choice.knee()) + ")");
    int k = choice.k();
    Measured atK = sweep.containsKey(k) ? sweep.get(k) : kmeans(k, m.sweepMaxIterations(), null);

    // As on the Spark path, the final fit is left out when a sweep fit already was exactly it.
    boolean refit = m.finalStarts() > 0 || fitSet != all || m.sweepMaxIterations() != m.maxIterations()
        || !sweep.containsKey(k);
    // The mixture is single-threaded: it runs beside the final fit, which uses the other cores.
    List<Callable<Measured>> after = new ArrayList<>(List.of(() -> bisecting(k), () -> mixture(k, atK)));
    if (refit) {
      after.add(() -> finalFit(k, atK));
    }
    List<Measured> afterFits = parallel.all(after);
    Measured production = refit ? atLeastAsGood(afterFits.get(2), atK, sweep.containsKey(k)) : atK;
    Stability stability = stability(production);

    List<SweepPoint> points = new ArrayList<>(sweepPoints);
    afterFits.forEach(f -> points.add(f.point()));
    SweepPoint productionPoint = production.point();
    ModelSelection.Fit fit = new ModelSelection.Fit(productionPoint, List.of(),
        SparkKMeans.fromCentres(production.centres(), all.d()));
    return new SelectionPhase.Outcome(sweepPoints, choice, List.copyOf(points), fit, stability);
  }

  /**
   * The final fit, unless it only refined the sweep's fit (final-starts = 0) and the sweep's fit at
   * k scores a higher silhouette on the same (all) customers. A final search over more starts keeps
   * the lowest WSSSE, the K-means objective, without that exception: the sweep's fit is one of its
   * starts, and a silhouette comparison would let a seed's local optimum win again (issue #15).
   */
  private Measured atLeastAsGood(Measured refit, Measured atK, boolean atKInSweep) {
    if (!atKInSweep || m.finalStarts() > 0 || refit.point().silhouette() >= atK.point().silhouette()) {
      return refit;
    }
    progress.step(String.format(Locale.ROOT, "the sweep's fit at k = %d stays the model: silhouette %.4f against "
        + "%.4f after the final iterations", atK.point().k(), atK.point().silhouette(), refit.point().silhouette()));
    return atK;
  }

  /** A fit's centres (null for the mixture, which is only compared), its labels of all customers and its point. */
  private record Measured(SweepPoint point, double[] centres, int[] labels) {}

  /** The best of the k-means++ starts and, after k - 1, of the k - 1 fit extended by its farthest customer. */
  private Measured kmeans(int k, int iterations, Measured previousK) {
    long start = System.nanoTime();
    List<double[]> starts = new ArrayList<>(LocalKMeans.starts(fitSet, k, m.starts(), m.seed(), 0, parallel));
    if (previousK != null && previousK.point().k() == k - 1) {
      starts.add(LocalKMeans.extended(fitSet, previousK.centres(), parallel));
    }
    KMeansFit fit = LocalKMeans.screened(fitSet, k, starts, iterations, Lloyd.SPARK_TOLERANCE, parallel);
    return measured(ModelSelection.KMEANS, k, fit.centres(), fitSet.n(), start,
        " in " + fit.iterations() + " iterations, best of " + starts.size() + " starts");
  }

  /**
   * The production fit at k: the lowest WSSSE of the sweep's fit and {@code final-starts} more
   * k-means++ starts (their own seeds, none shared with the sweep), screened, on the fit set; then,
   * when the fit set is a sample, Lloyd on all customers from the winner's centres. Each start finds
   * the best solution only now and then (head20k, k = 6: about 1 in 5), so a seed's three to ten
   * sweep starts could end in a near-equal solution of other segments; forty more make every seed
   * find the same one. With final-starts = 0, Lloyd on all customers from the sweep's centres.
   */
  private Measured finalFit(int k, Measured atK) {
    long start = System.nanoTime();
    List<double[]> initial = new ArrayList<>();
    initial.add(atK.centres());
    initial.addAll(LocalKMeans.starts(fitSet, k, m.finalStarts(), m.seed(), FINAL_START_NUMBERS, parallel));
    KMeansFit fit = m.finalStarts() == 0 ? null
        : LocalKMeans.screened(fitSet, k, initial, m.maxIterations(), Lloyd.SPARK_TOLERANCE, parallel);
    double[] from = fit == null ? atK.centres() : fit.centres();
    String how = fit == null ? "" : " best of the sweep's fit and " + m.finalStarts() + " starts ("
        + (fit.start() == 0 ? "the sweep's" : "start " + fit.start()) + ", " + fit.iterations() + " iterations)";
    if (fit == null || fitSet != all) {
      // From good centres Lloyd converges in a few iterations on all customers, where fresh
      // starts would cost full fits on all of them.
      KMeansFit onAll = LocalKMeans.best(all, k, List.of(from), m.maxIterations(), Lloyd.SPARK_TOLERANCE, parallel);
      from = onAll.centres();
      how += (how.isEmpty() ? "" : ", then") + " on all customers in " + onAll.iterations() + " iterations";
    }
    return measured(ModelSelection.KMEANS, k, from, all.n(), start, how);
  }

  /** The final fit's k-means++ starts are numbered from here: their seeds differ from the sweep's. */
  static final int FINAL_START_NUMBERS = 10_000;

  private Measured bisecting(int k) {
    long start = System.nanoTime();
    double[] leaves = BisectingKMeans.fit(fitSet, k, m.starts(), m.sweepMaxIterations(), m.seed(), parallel);
    return measured(ModelSelection.BISECTING, k, leaves, fitSet.n(), start, "");
  }

  private Measured mixture(int k, Measured atK) {
    long start = System.nanoTime();
    Points on = fitSet;
    int[] from = fitSet == all ? atK.labels() : Partition.assign(fitSet, atK.centres(), parallel).labels();
    if (fitSet.n() > MIXTURE_FIT_CUSTOMERS) {
      int[] idx = fitSet.sampleIndices(MIXTURE_FIT_CUSTOMERS, m.seed());
      on = fitSet.subset(idx);
      int[] sub = new int[idx.length];
      for (int i = 0; i < idx.length; i++) {
        sub[i] = from[idx[i]];
      }
      from = sub;
    }
    int[] labels;
    try {
      GaussianMixture mixture = GaussianMixture.fit(on, from, k, m.sweepMaxIterations(), 1e-3);
      labels = mixture.assign(all, Parallel.sequential());
    } catch (RuntimeException e) {
      // A singular covariance (a cluster of identical customers) or an empty start cluster: the
      // alternative is reported as not fitted rather than failing the run.
      progress.step("gaussian-mixture k=" + k + " not fitted: " + e.getMessage());
      labels = null;
    }
    ClusterQuality q = labels == null ? new ClusterQuality(Double.NaN, new long[k], Double.NaN)
        : ClusterQuality.of(all, labels, k, Parallel.sequential());
    return new Measured(point(ModelSelection.GAUSSIAN_MIXTURE, k, q, on.n(), start, ""), null, labels);
  }

  private Measured measured(String algorithm, int k, double[] centres, long fitCustomers, long start, String how) {
    int[] labels = Partition.assign(all, centres, parallel).labels();
    ClusterQuality q = ClusterQuality.of(all, labels, k, parallel);
    return new Measured(point(algorithm, k, q, fitCustomers, start, how), centres, labels);
  }

  private SweepPoint point(String algorithm, int k, ClusterQuality q, long fitCustomers, long start, String how) {
    double seconds = (System.nanoTime() - start) / 1e9;
    long used = q.clustersUsed();
    progress.step(String.format(Locale.ROOT, "%s k=%d%s: silhouette %.4f (%.2fs)", algorithm, k, how,
        q.silhouette(), seconds) + (used < k ? ", " + used + " clusters used" : ""));
    return new SweepPoint(algorithm, k, q.wssse(), q.silhouette(), fitCustomers, seconds);
  }

  private Stability stability(Measured production) {
    if (m.bootstrapResamples() == 0) {
      return null;
    }
    long start = System.nanoTime();
    int k = production.point().k();
    // Resamples of the fit set (the sweep's sample on a large input) keep the cost of a sweep step.
    int[] labels = fitSet == all ? production.labels()
        : Partition.assign(fitSet, production.centres(), parallel).labels();
    Stability s = Stability.measure(fitSet, labels, k, m.bootstrapResamples(), m.starts(), m.sweepMaxIterations(),
        m.seed(), parallel);
    progress.step(String.format(Locale.ROOT, "stability over %d bootstrap refits: adjusted Rand %.4f, Jaccard %s "
        + "(%.2fs)", s.resamples(), s.adjustedRand(), java.util.Arrays.toString(
            java.util.Arrays.stream(s.jaccard()).map(j -> Math.round(j * 1000) / 1000.0).toArray()),
        (System.nanoTime() - start) / 1e9));
    return s;
  }
}
