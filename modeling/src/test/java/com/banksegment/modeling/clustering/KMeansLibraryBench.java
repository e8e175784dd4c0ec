package com.banksegment.modeling.clustering;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;

/**
 * Apache Commons Math 3.6.1's KMeansPlusPlusClusterer against {@link LocalKMeans} on the same
 * points (one thread, one start, k-means++ seeding, at most 20 iterations), by thread CPU time.
 * Arguments: points (default 200000), k (5), dimensions (6), rounds (3). Not a test: run by hand
 * (docs/benchmarks.md, the model stage's section).
 */
public final class KMeansLibraryBench {
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int k = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int d = args.length > 2 ? Integer.parseInt(args[2]) : 6;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    Points points = blobs(n, d, 7);
    List<DoublePoint> boxed = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      boxed.add(new DoublePoint(points.point(i)));
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < rounds; round++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      KMeansPlusPlusClusterer<DoublePoint> library = new KMeansPlusPlusClusterer<>(k, 20, new EuclideanDistance(),
          new JDKRandomGenerator(round));
      List<CentroidCluster<DoublePoint>> clusters = library.cluster(boxed);
      long t1 = cpu.getCurrentThreadCpuTime();
      double[] centres = new double[k * d];
      for (int c = 0; c < clusters.size(); c++) {
        System.arraycopy(clusters.get(c).getCenter().getPoint(), 0, centres, c * d, d);
      }
      double libraryCost = Partition.assign(points, centres, Parallel.sequential()).cost();
      long t2 = cpu.getCurrentThreadCpuTime();
      double[] seeds = KMeansPlusPlus.seed(points, k, new SplittableRandom(round));
      Lloyd.Result r = Lloyd.run(points, seeds, 20, 0, Parallel.sequential());
      long t3 = cpu.getCurrentThreadCpuTime();
      double localCost = Partition.assign(points, r.centres(), Parallel.sequential()).cost();
      System.out.printf("n=%d k=%d d=%d round %d: Commons Math %.3f s CPU (cost %.1f), local Lloyd %.3f s CPU"
          + " (%d iterations, cost %.1f)%n", n, k, d, round, (t1 - t0) / 1e9, libraryCost, (t3 - t2) / 1e9,
          r.iterations(), localCost);
    }
  }

  /** Skewed blobs like customers in PCA space. */
  static Points blobs(int n, int d, long seed) {
    Random r = new Random(seed);
    double[][] centres = new double[8][d];
    for (double[] c : centres) {
      for (int j = 0; j < d; j++) {
        c[j] = 2 * r.nextGaussian();
      }
    }
    double[] coords = new double[n * d];
    for (int i = 0; i < n; i++) {
      double[] c = centres[r.nextInt(centres.length)];
      for (int j = 0; j < d; j++) {
        coords[i * d + j] = c[j] + r.nextGaussian() * (0.5 + j * 0.2);
      }
    }
    return new Points(coords, n, d);
  }
}
