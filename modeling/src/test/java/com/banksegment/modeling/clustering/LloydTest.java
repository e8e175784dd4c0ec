package com.banksegment.modeling.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The bounded assignment changes how many distances are computed, never the result. */
class LloydTest {

  /**
   * Lloyd's iteration written plainly: every point assigned by {@link Partition#assign} (every
   * centre, every iteration), then each chunk's sums in point order, as the bounded loop sums them.
   */
  private static Lloyd.Result plain(Points points, double[] initial, int maxIterations, double tolerance,
      Parallel parallel) {
    int d = points.d();
    int k = initial.length / d;
    double[] centres = initial.clone();
    int iteration = 0;
    boolean converged = false;
    while (iteration < maxIterations && !converged) {
      double[] current = centres;
      int[] labels = Partition.assign(points, current, parallel).labels();
      double[] sums = parallel.reduce(points.n(), (from, to) -> {
        double[] s = new double[k * d + k];
        for (int i = from; i < to; i++) {
          for (int j = 0; j < d; j++) {
            s[labels[i] * d + j] += points.coords()[i * d + j];
          }
          s[k * d + labels[i]] += 1;
        }
        return s;
      }, (a, b) -> {
        for (int i = 0; i < a.length; i++) {
          a[i] += b[i];
        }
        return a;
      });
      double[] next = current.clone();
      converged = true;
      for (int c = 0; c < k; c++) {
        double count = sums[k * d + c];
        if (count == 0) {
          continue;
        }
        double moved = 0;
        for (int j = 0; j < d; j++) {
          next[c * d + j] = sums[c * d + j] / count;
          double diff = next[c * d + j] - current[c * d + j];
          moved += diff * diff;
        }
        converged &= moved <= tolerance * tolerance;
      }
      centres = next;
      iteration++;
    }
    return new Lloyd.Result(centres, iteration, converged);
  }

  private static void assertSameAsPlain(Points points, double[] initial, int maxIterations, double tolerance) {
    try (Parallel two = new Parallel(2)) {
      Lloyd.Result expected = plain(points, initial, maxIterations, tolerance, two);
      Lloyd.Result bounded = Lloyd.run(points, initial, maxIterations, tolerance, two);
      assertThat(bounded.centres()).containsExactly(expected.centres());
      assertThat(bounded.iterations()).isEqualTo(expected.iterations());
      assertThat(bounded.converged()).isEqualTo(expected.converged());
    }
  }

  /** Overlapping blobs over 20,000 points (three chunks and more), from k-means++ starts at several k. */
  @Test
  void overlappingBlobsGiveThePlainCentresBitForBit() {
    Points points = Blobs.around(new double[][] {{0, 0, 0}, {1.5, 0.2, 0}, {0.4, 1.8, 0.3}, {3, 3, 3}}, 5_000, 0.9, 17);
    for (int k : new int[] {1, 2, 4, 7, 10}) {
      for (long seed = 1; seed <= 3; seed++) {
        assertSameAsPlain(points, KMeansPlusPlus.seed(points, k, new SplittableRandom(seed)), 40, Lloyd.SPARK_TOLERANCE);
      }
    }
  }

  /** Iteration limits below convergence, and a zero tolerance that runs to the limit. */
  @Test
  void stopsAfterTheSameIterationAsThePlainLoop() {
    Points points = Blobs.around(new double[][] {{0, 0}, {2, 0}, {1, 1.7}}, 3_000, 1.2, 5);
    double[] start = KMeansPlusPlus.seed(points, 6, new SplittableRandom(9));
    assertSameAsPlain(points, start, 3, Lloyd.SPARK_TOLERANCE);
    assertSameAsPlain(points, start, 25, 0);
  }

  /**
   * Points on a grid with centres placed so that many points lie exactly halfway between two of
   * them, two identical centres, and repeated points: every tie goes to the lower index, as in the
   * plain scan, and a centre that gets no point stays where it is.
   */
  @Test
  void tiesDuplicatesAndEmptyCentresAsThePlainLoop() {
    int side = 60;
    double[] coords = new double[side * side * 2 * 2];
    int n = 0;
    for (int copy = 0; copy < 2; copy++) {
      for (int x = 0; x < side; x++) {
        for (int y = 0; y < side; y++) {
          coords[n * 2] = x;
          coords[n * 2 + 1] = y;
          n++;
        }
      }
    }
    Points grid = new Points(coords, n, 2);
    double[] centres = {10, 10, 30, 10, 10, 30, 30, 30, 30, 30, 500, 500};
    assertSameAsPlain(grid, centres, 30, 0);
  }
}
