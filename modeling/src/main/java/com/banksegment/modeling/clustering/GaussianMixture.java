package com.banksegment.modeling.clustering;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.MultivariateNormalDistribution;
import org.apache.commons.math3.distribution.fitting.MultivariateNormalMixtureExpectationMaximization;
import org.apache.commons.math3.distribution.MixtureMultivariateNormalDistribution;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.util.Pair;

/**
 * A Gaussian mixture with full covariances, fitted by expectation-maximisation with Apache Commons
 * Math ({@link MultivariateNormalMixtureExpectationMaximization}), started from a K-means
 * partition (each cluster's share, mean and covariance, as scikit-learn starts it). A point belongs
 * to the component of highest posterior probability, computed here from each component's Cholesky
 * factor (Commons Math's per-point density allocates matrices, too slow for a million points).
 * Needs at least two dimensions (Commons Math's rule).
 */
public final class GaussianMixture {
  /** Added to every covariance's diagonal so that a tight cluster keeps an invertible covariance. */
  static final double RIDGE = 1e-6;
  /**
   * Standard deviation of the noise added to the points EM sees. Commons Math's EM recomputes each
   * covariance without regularisation, and a cluster whose customers all share an encoded input
   * (one gender) is flat in that direction: its covariance is singular and EM stops. Noise of
   * standard deviation 1e-3 adds about 1e-6 to every variance, the regularisation scikit-learn's
   * GaussianMixture adds by default ({@code reg_covar}); the fitted labels are those of the
   * original points.
   */
  static final double JITTER = 1e-3;

  private final int k;
  private final int d;
  private final double[] logWeight;
  private final double[] means;
  private final double[][] inverseFactor; // lower-triangular L^-1 of each covariance, row-major d * d
  private final double[] logDeterminant;

  private GaussianMixture(MixtureMultivariateNormalDistribution mixture) {
    List<Pair<Double, MultivariateNormalDistribution>> parts = mixture.getComponents();
    this.k = parts.size();
    this.d = parts.get(0).getSecond().getDimension();
    this.logWeight = new double[k];
    this.means = new double[k * d];
    this.inverseFactor = new double[k][];
    this.logDeterminant = new double[k];
    for (int c = 0; c < k; c++) {
      logWeight[c] = Math.log(parts.get(c).getFirst());
      MultivariateNormalDistribution g = parts.get(c).getSecond();
      System.arraycopy(g.getMeans(), 0, means, c * d, d);
      CholeskyDecomposition chol = new CholeskyDecomposition(g.getCovariances(), 1e-12, 1e-14);
      RealMatrix inverse = new org.apache.commons.math3.linear.LUDecomposition(chol.getL()).getSolver().getInverse();
      double[] flat = new double[d * d];
      double logDet = 0;
      for (int i = 0; i < d; i++) {
        logDet += 2 * Math.log(chol.getL().getEntry(i, i));
        for (int j = 0; j <= i; j++) {
          flat[i * d + j] = inverse.getEntry(i, j);
        }
      }
      inverseFactor[c] = flat;
      logDeterminant[c] = logDet;
    }
  }

  /**
   * Fits a k-component mixture to {@code points}, starting from the partition {@code labels}
   * (labels 0..k-1, each used), for at most {@code maxIterations} EM steps or until the
   * log-likelihood gains less than {@code threshold}.
   */
  public static GaussianMixture fit(Points points, int[] labels, int k, int maxIterations, double threshold) {
    if (points.d() < 2) {
      throw new IllegalArgumentException("a Gaussian mixture needs at least 2 dimensions, found " + points.d());
    }
    int d = points.d();
    double[][] data = new double[points.n()][];
    java.util.Random noise = new java.util.Random(points.n() * 31L + k);
    for (int i = 0; i < points.n(); i++) {
      data[i] = points.point(i);
      for (int j = 0; j < d; j++) {
        data[i][j] += JITTER * noise.nextGaussian();
      }
    }
    List<Pair<Double, MultivariateNormalDistribution>> initial = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      double[] mean = new double[d];
      long count = 0;
      for (int i = 0; i < points.n(); i++) {
        if (labels[i] == c) {
          count++;
          for (int j = 0; j < d; j++) {
            mean[j] += data[i][j];
          }
        }
      }
      if (count == 0) {
        throw new IllegalArgumentException("cluster " + c + " of the starting partition is empty");
      }
      for (int j = 0; j < d; j++) {
        mean[j] /= count;
      }
      double[][] cov = new double[d][d];
      for (int i = 0; i < points.n(); i++) {
        if (labels[i] == c) {
          for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
              cov[a][b] += (data[i][a] - mean[a]) * (data[i][b] - mean[b]);
            }
          }
        }
      }
      for (int a = 0; a < d; a++) {
        for (int b = 0; b < d; b++) {
          cov[a][b] /= count;
        }
        cov[a][a] += RIDGE + JITTER * JITTER;
      }
      initial.add(new Pair<>((double) count / points.n(), new MultivariateNormalDistribution(mean, cov)));
    }
    MultivariateNormalMixtureExpectationMaximization em = new MultivariateNormalMixtureExpectationMaximization(data);
    em.fit(new MixtureMultivariateNormalDistribution(initial), maxIterations, threshold);
    return new GaussianMixture(em.getFittedModel());
  }

  public int k() {
    return k;
  }

  /** Every point's component of highest posterior probability. */
  public int[] assign(Points points, Parallel parallel) {
    int[] labels = new int[points.n()];
    double[] coords = points.coords();
    parallel.forEach(points.n(), (from, to) -> {
      double[] centred = new double[d];
      for (int i = from; i < to; i++) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
          for (int j = 0; j < d; j++) {
            centred[j] = coords[i * d + j] - means[c * d + j];
          }
          double[] l = inverseFactor[c];
          double maha = 0;
          for (int a = 0; a < d; a++) {
            double z = 0;
            for (int b = 0; b <= a; b++) {
              z += l[a * d + b] * centred[b];
            }
            maha += z * z;
          }
          double score = logWeight[c] - 0.5 * logDeterminant[c] - 0.5 * maha;
          if (score > bestScore) {
            bestScore = score;
            best = c;
          }
        }
        labels[i] = best;
      }
      return null;
    });
    return labels;
  }
}
