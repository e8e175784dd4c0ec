package com.banksegment.modeling.lifetime;

/** A segment's lifetime figures over its customers (null when the fit gave none). */
public record SegmentLifetime(Double meanPAlive, Double sumExpectedTransactions, Double meanExpectedTransactions,
    Double sumClv, Double meanClv) {
  public static final SegmentLifetime NONE = new SegmentLifetime(null, null, null, null, null);
}
