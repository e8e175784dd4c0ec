package com.banksegment.generator;

/** Picks an index in proportion to fixed weights, by binary search over cumulative sums. */
final class WeightedChoice {
  private final double[] cumulative;

  WeightedChoice(double[] weights) {
    if (weights.length == 0) {
      throw new IllegalArgumentException("weighted choice needs at least one weight");
    }
    cumulative = new double[weights.length];
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      if (!(weights[i] >= 0)) {
        throw new IllegalArgumentException("weight " + i + " must be >= 0, got " + weights[i]);
      }
      total += weights[i];
      cumulative[i] = total;
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException("weights must not all be zero");
    }
    for (int i = 0; i < cumulative.length; i++) {
      cumulative[i] /= total;
    }
  }

  int size() {
    return cumulative.length;
  }

  /** The share of index {@code i} among all weights. */
  double share(int i) {
    return cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
  }

  /** The index whose cumulative share first exceeds {@code u} (u in [0, 1)). */
  int pick(double u) {
    int low = 0;
    int high = cumulative.length - 1;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (cumulative[middle] > u) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }
}
