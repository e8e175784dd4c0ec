package com.banksegment.modeling.segments;

import com.banksegment.scorer.CustomerInput;
import com.banksegment.scorer.Gender;

/**
 * A cluster of the final model with its identity: stable id, business name, action, profile,
 * and how it was matched to the previous run. Segments are kept in id order, which is also the
 * Naive Bayes class order and the bundle's cluster order.
 *
 * @param classIndex position in id order (the Naive Bayes label)
 */
public record Segment(
    int id, int classIndex, String name, String action, ClusterProfile profile, ClusterIdentity.Match match) {

  /** Median inputs of the segment with its majority gender: a customer a person can picture; the model's inputs only. */
  public CustomerInput typicalCustomer() {
    double[] m = profile.median();
    CustomerInput.Builder typical = CustomerInput.forFeatures(profile.inputs().features());
    for (int i = 0; i < ClusterProfile.NUMERIC_INPUTS.size(); i++) {
      String input = ClusterProfile.NUMERIC_INPUTS.get(i);
      if (profile.inputs().has(input)) {
        typical.set(input, input.equals("frequency") ? Math.max(1, m[i]) : m[i]);
      }
    }
    if (profile.inputs().has("gender")) {
      typical.gender(profile.shareMale() >= profile.shareFemale() && profile.shareMale() >= profile.shareUnknown()
          ? Gender.M
          : profile.shareFemale() >= profile.shareUnknown() ? Gender.F : Gender.U);
    }
    return typical.build();
  }
}
