package com.banksegment.modeling.segments;

import com.banksegment.modeling.clustering.Hungarian;
import com.banksegment.scorer.ClusterInfo;
import com.banksegment.scorer.ModelBundle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Gives the new clusters stable ids (and names) by matching them to the previous run's clusters.
 *
 * <p>Two runs have different scalers and PCA axes, so centroids are compared in one space: each
 * centroid is projected back from its run's PCA space to the standardised features
 * ({@code sum_i c_i * axis_i}), un-scaled to the log1p feature values with its run's scaler, then
 * standardised with the NEW run's scaler. The cost of a pair is the Euclidean distance there (in
 * standard deviations of the new data); the {@link Hungarian} method finds the pairing of least
 * total cost. A pair closer than {@value #MAX_MATCH_DISTANCE} keeps the previous id and name; other
 * new clusters are new segments and get fresh ids (after the previous run's highest), largest first.
 * Without a previous run, ids are 0..k-1 by size, largest first.
 */
public final class ClusterIdentity {
  public static final double MAX_MATCH_DISTANCE = 1.0;

  /**
   * @param id the stable id
   * @param inheritedName the previous run's name when matched, else null
   * @param previousId the matched previous cluster, else null
   * @param distance distance to the previous cluster it was paired with (NaN when none)
   */
  public record Match(int id, String inheritedName, Integer previousId, double distance) {}

  private ClusterIdentity() {}

  /** One match per profile, in the order of {@code profiles}. */
  public static List<Match> assign(List<ClusterProfile> profiles, double[][] newAxes, double[] newMean,
      double[] newStd, ModelBundle previous) {
    int k = profiles.size();
    Match[] out = new Match[k];
    int nextId = 0;
    if (previous != null) {
      List<ClusterInfo> old = previous.clusters();
      double[][] cost = new double[k][old.size()];
      for (int i = 0; i < k; i++) {
        double[] fresh = backProject(profiles.get(i).centroid(), newAxes);
        for (int j = 0; j < old.size(); j++) {
          double[] logged = unscale(backProject(old.get(j).centroid(), previous.pca().components()),
              previous.scaler().mean(), previous.scaler().std());
          cost[i][j] = distance(fresh, scale(logged, newMean, newStd));
        }
      }
      int[] pairs = Hungarian.assign(cost);
      for (int i = 0; i < k; i++) {
        if (pairs[i] >= 0 && cost[i][pairs[i]] <= MAX_MATCH_DISTANCE) {
          ClusterInfo matched = old.get(pairs[i]);
          out[i] = new Match(matched.id(), matched.name(), matched.id(), cost[i][pairs[i]]);
        }
      }
      nextId = old.stream().mapToInt(ClusterInfo::id).max().orElse(-1) + 1;
    }
    List<Integer> unmatched = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      if (out[i] == null) {
        unmatched.add(i);
      }
    }
    unmatched.sort(Comparator.comparingLong((Integer i) -> -profiles.get(i).size()).thenComparing(i -> i));
    for (int i : unmatched) {
      out[i] = new Match(nextId++, null, null, Double.NaN);
    }
    return List.of(out);
  }

  /** From PCA coordinates back to standardised features: sum_i c_i * axis_i. */
  static double[] backProject(double[] centroid, double[][] axes) {
    double[] s = new double[axes[0].length];
    for (int i = 0; i < centroid.length; i++) {
      for (int j = 0; j < s.length; j++) {
        s[j] += centroid[i] * axes[i][j];
      }
    }
    return s;
  }

  private static double[] unscale(double[] scaled, double[] mean, double[] std) {
    double[] out = new double[scaled.length];
    for (int j = 0; j < out.length; j++) {
      out[j] = scaled[j] * std[j] + mean[j];
    }
    return out;
  }

  private static double[] scale(double[] logged, double[] mean, double[] std) {
    double[] out = new double[logged.length];
    for (int j = 0; j < out.length; j++) {
      out[j] = std[j] == 0 ? 0 : (logged[j] - mean[j]) / std[j];
    }
    return out;
  }

  private static double distance(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      s += (a[j] - b[j]) * (a[j] - b[j]);
    }
    return Math.sqrt(s);
  }
}
