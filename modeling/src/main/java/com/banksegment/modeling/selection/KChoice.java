package com.banksegment.modeling.selection;

import java.util.List;
import java.util.OptionalInt;

/**
 * The documented rule that picks k from a K-means sweep:
 * <ol>
 *   <li>a forced k (config {@code segment.modeling.force-k} &gt; 0) wins;</li>
 *   <li>otherwise the elbow gives the region: the knee of WSSSE by {@link Kneedle}; among the knee
 *       and its two neighbours (knee - 1, knee, knee + 1, within the sweep) the k with the highest
 *       silhouette is chosen, the smaller k on a tie;</li>
 *   <li>when WSSSE has no knee, the k with the highest silhouette of the whole sweep is chosen.</li>
 * </ol>
 * The elbow alone ignores how well separated the clusters are, and the silhouette alone tends to
 * pick k = 2 on data like this; together the elbow bounds the region and the silhouette decides.
 *
 * @param k the chosen k
 * @param knee the knee of WSSSE, or null when none was found or k was forced
 * @param reason the rule that decided, in words (recorded in the bundle and the report)
 */
public record KChoice(int k, Integer knee, String reason) {

  public static KChoice choose(List<SweepPoint> kmeansSweep, int forceK) {
    if (forceK > 0) {
      return new KChoice(forceK, null, "forced by segment.modeling.force-k = " + forceK);
    }
    if (kmeansSweep.isEmpty()) {
      throw new IllegalArgumentException("empty k sweep: expected at least one K-means fit");
    }
    int n = kmeansSweep.size();
    double[] ks = new double[n];
    double[] wssse = new double[n];
    for (int i = 0; i < n; i++) {
      ks[i] = kmeansSweep.get(i).k();
      wssse[i] = kmeansSweep.get(i).wssse();
    }
    OptionalInt knee = Kneedle.kneeOfDecreasingConvex(ks, wssse);
    if (knee.isEmpty()) {
      SweepPoint best = bestSilhouette(kmeansSweep);
      return new KChoice(best.k(), null, String.format(java.util.Locale.ROOT,
          "WSSSE has no knee; highest silhouette of the sweep (%.4f) at k = %d", best.silhouette(), best.k()));
    }
    int at = knee.getAsInt();
    SweepPoint best = bestSilhouette(kmeansSweep.subList(Math.max(0, at - 1), Math.min(n, at + 2)));
    return new KChoice(best.k(), kmeansSweep.get(at).k(), String.format(java.util.Locale.ROOT,
        "knee of WSSSE (Kneedle) at k = %d; highest silhouette within k = %d +/- 1 (%.4f) at k = %d",
        kmeansSweep.get(at).k(), kmeansSweep.get(at).k(), best.silhouette(), best.k()));
  }

  /** Highest silhouette, smaller k on a tie; an undefined (NaN) silhouette never wins. */
  private static SweepPoint bestSilhouette(List<SweepPoint> points) {
    SweepPoint best = points.get(0);
    for (SweepPoint p : points) {
      double s = score(p);
      double b = score(best);
      if (s > b || (s == b && p.k() < best.k())) {
        best = p;
      }
    }
    return best;
  }

  private static double score(SweepPoint p) {
    return Double.isNaN(p.silhouette()) ? Double.NEGATIVE_INFINITY : p.silhouette();
  }
}
