package com.banksegment.scorer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Explains a score: the segment, the runner-up (second-nearest centroid) and the features that
 * separate them most. Works on the bundle's feature names ({@link ModelBundle#features()}) and
 * whatever number of them it has.
 *
 * <p>How: the centroids live in PCA space; taken back through the PCA axes they are points of the
 * scaled input space. Because they lie in the span of the axes, the difference of the customer's
 * squared distances to the two centres is the same in the scaled space as in the PCA space, and
 * there it splits exactly into one term per feature: {@code (s_j - b_j)^2 - (s_j - a_j)^2} for the
 * customer's scaled value {@code s_j} and the two back-projected centres {@code a_j}, {@code b_j}.
 * The features with the largest positive terms are the ones that place the customer in its
 * segment rather than the runner-up (negative terms pull the other way); each reason's share is its
 * term over the sum of the positive terms, and it is shown in its own units by undoing the scaling
 * (and log1p) of the centres. Immutable and thread-safe.
 */
public final class Explainer {
  /** Reasons given at most. */
  public static final int MAX_REASONS = 3;
  /**
   * A feature with a smaller share of the difference is not given as a reason (beside the first):
   * "age 30 against a segment typical of 30" explains nothing to a reader.
   */
  public static final double MIN_SHARE = 0.05;

  private final ModelBundle bundle;
  private final List<String> features;
  /** Per cluster (bundle order), the centroid in the scaled input space. */
  private final double[][] scaledCentres;
  /** Per cluster, the centroid in the features' own units. */
  private final double[][] rawCentres;

  public Explainer(ModelBundle bundle) {
    this.bundle = bundle;
    this.features = List.copyOf(bundle.features());
    int n = features.size();
    double[][] axes = bundle.pca().components();
    List<ClusterInfo> clusters = bundle.clusters();
    this.scaledCentres = new double[clusters.size()][n];
    this.rawCentres = new double[clusters.size()][n];
    for (int c = 0; c < clusters.size(); c++) {
      double[] centroid = clusters.get(c).centroid();
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int i = 0; i < axes.length; i++) {
          s += centroid[i] * axes[i][j];
        }
        scaledCentres[c][j] = s;
        rawCentres[c][j] = unscale(j, s);
      }
    }
  }

  /** The value of feature j in its own units for a scaled value: undo the scaling, then log1p. */
  private double unscale(int j, double scaled) {
    double logged = scaled * bundle.scaler().std()[j] + bundle.scaler().mean()[j];
    return bundle.logFeatures().contains(features.get(j)) ? Math.expm1(logged) : logged;
  }

  /** The explanation of a score of this bundle's scorer. */
  public Explanation explain(ScoreResult score) {
    List<ClusterInfo> clusters = bundle.clusters();
    int a = indexOf(score.clusterId());
    double[] distances = score.centroidDistances();
    int b = -1;
    for (int c = 0; c < clusters.size(); c++) {
      if (c != a && (b < 0 || distances[c] < distances[b])) {
        b = c;
      }
    }
    ClusterInfo segment = clusters.get(a);
    if (b < 0) {
      return new Explanation(segment.id(), segment.name(), -1, null, distances[a], Double.NaN, List.of());
    }
    double[] s = score.features().scaled();
    double[] raw = score.features().raw();
    double[] term = new double[features.size()];
    double pulling = 0;
    for (int j = 0; j < term.length; j++) {
      double toB = s[j] - scaledCentres[b][j];
      double toA = s[j] - scaledCentres[a][j];
      term[j] = toB * toB - toA * toA;
      pulling += Math.max(0, term[j]);
    }
    List<Explanation.Reason> reasons = new ArrayList<>();
    for (int j = 0; j < term.length; j++) {
      if (term[j] > 0) {
        reasons.add(new Explanation.Reason(features.get(j), raw[j], rawCentres[a][j], rawCentres[b][j],
            term[j] / pulling));
      }
    }
    reasons.sort(Comparator.comparingDouble(Explanation.Reason::share).reversed());
    int shown = 0;
    while (shown < Math.min(MAX_REASONS, reasons.size()) && (shown == 0 || reasons.get(shown).share() >= MIN_SHARE)) {
      shown++;
    }
    ClusterInfo runnerUp = clusters.get(b);
    return new Explanation(segment.id(), segment.name(), runnerUp.id(), runnerUp.name(), distances[a], distances[b],
        reasons.subList(0, shown));
  }

  private int indexOf(int id) {
    for (int i = 0; i < bundle.clusters().size(); i++) {
      if (bundle.clusters().get(i).id() == id) {
        return i;
      }
    }
    throw new IllegalArgumentException("cluster id " + id + " not in the bundle");
  }
}
