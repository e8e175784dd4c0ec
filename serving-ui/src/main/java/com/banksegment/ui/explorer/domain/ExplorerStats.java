package com.banksegment.ui.explorer.domain;

import java.util.List;
import java.util.Map;

/**
 * What the segment explorer shows, computed in one pass over a run's customers.
 *
 * @param sample per segment id, a random sample of customers' first two PCA coordinates
 * @param distributions per input, customers per bin and segment
 * @param rfmMix per segment id, customers per named RFM segment
 * @param customers customers read
 */
public record ExplorerStats(Map<Integer, List<double[]>> sample, List<Distribution> distributions,
    Map<Integer, Map<String, Long>> rfmMix, long customers) {

  public int sampleSize() {
    return sample.values().stream().mapToInt(List::size).sum();
  }

  public Distribution distribution(String input) {
    return distributions.stream().filter(d -> d.input().equals(input)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no distribution of " + input));
  }
}
