package com.banksegment.ui.explorer.domain;

import java.util.List;
import java.util.Map;

/**
 * How one input is spread within each segment: customers per bin.
 *
 * @param input the column, e.g. {@code monetary}
 * @param label what a user reads, e.g. "Total spent"
 * @param bins bin labels in order
 * @param counts per segment id, customers per bin
 */
public record Distribution(String input, String label, List<String> bins, Map<Integer, long[]> counts) {

  /** The share of a segment's customers in each bin. */
  public double[] shares(int segmentId) {
    long[] c = counts.getOrDefault(segmentId, new long[bins.size()]);
    long total = 0;
    for (long v : c) {
      total += v;
    }
    double[] out = new double[c.length];
    for (int i = 0; i < c.length; i++) {
      out[i] = total == 0 ? 0 : (double) c[i] / total;
    }
    return out;
  }
}
