package com.banksegment.scorer;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Why a customer is in its segment rather than the next nearest one.
 *
 * @param segmentId the customer's segment (nearest centroid)
 * @param segmentName its name
 * @param runnerUpId the second-nearest segment; -1 when the model has one segment
 * @param runnerUpName its name; null when there is none
 * @param distance distance to the segment's centre (PCA space)
 * @param runnerUpDistance distance to the runner-up's centre
 * @param reasons the features that separate the two most, strongest first (at most
 *     {@link Explainer#MAX_REASONS}; only features that pull towards the segment, and after the
 *     first only those with at least {@link Explainer#MIN_SHARE} of the difference)
 */
public record Explanation(int segmentId, String segmentName, int runnerUpId, String runnerUpName, double distance,
    double runnerUpDistance, List<Reason> reasons) {

  public Explanation {
    reasons = List.copyOf(reasons);
  }

  /**
   * One feature's part in the choice, in the feature's own units.
   *
   * @param feature the bundle's feature name (e.g. recency_days)
   * @param customer the customer's value
   * @param segmentTypical the segment centre's value of the feature (the centroid taken back
   *     through PCA and the scaling; for a log1p feature, expm1 of it)
   * @param runnerUpTypical the same for the runner-up segment
   * @param share this feature's part of what pulls the customer towards the segment rather than
   *     the runner-up: its term of the difference of squared distances over the sum of the positive
   *     terms (the shares of the pulling features add up to 1)
   */
  public record Reason(String feature, double customer, double segmentTypical, double runnerUpTypical,
      double share) {

    /** "recency 210 days against a segment typical of 20 (runner-up 180)". */
    public String describe() {
      FeatureLabels.Label l = FeatureLabels.of(feature);
      return String.format(Locale.ROOT, "%s %s against a segment typical of %s (%s %s)", l.name(),
          l.format(customer, true), l.format(segmentTypical, false), "runner-up", l.format(runnerUpTypical, false));
    }
  }

  /** The reasons on one line, separated by "; ". */
  public String reasonsText() {
    return reasons.stream().map(Reason::describe).collect(Collectors.joining("; "));
  }
}
