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

  /** Median inputs of the segment with its majority gender: a customer a person can picture. */
  public CustomerInput typicalCustomer() {
    double[] m = profile.median();
    Gender gender = profile.shareMale() >= profile.shareFemale() && profile.shareMale() >= profile.shareUnknown()
        ? Gender.M
        : profile.shareFemale() >= profile.shareUnknown() ? Gender.F : Gender.U;
    return new CustomerInput(m[0], Math.max(1, m[1]), m[2], m[3], m[4], gender);
  }
}
