package com.banksegment.modeling.segments;

import com.banksegment.contract.LakeTables;

/**
 * What a cluster of the new model looks like, computed over all its customers.
 *
 * @param index the cluster's index in the fitted model's own numbering (0..k-1, arbitrary)
 * @param size customers
 * @param share size / all customers
 * @param mean mean of each raw numeric input (recency_days, frequency, monetary, age, balance)
 * @param median approximate median of the same inputs
 * @param shareMale share of M among its customers (likewise female, unknown)
 * @param dominantRfmSegment the most frequent RFM segment (ties: alphabetical first)
 * @param totalMonetary sum of monetary
 * @param scaledMean mean of each standardised input (all six, gender included): how far the cluster
 *     sits from the whole population in standard deviations; the naming rules read this
 * @param centroid centre in PCA space
 */
public record ClusterProfile(
    int index,
    long size,
    double share,
    double[] mean,
    double[] median,
    double shareMale,
    double shareFemale,
    double shareUnknown,
    String dominantRfmSegment,
    double totalMonetary,
    double[] scaledMean,
    double[] centroid) {

  /** The raw numeric inputs of {@link #mean} and {@link #median}, in this order. */
  public static final java.util.List<String> NUMERIC_INPUTS = LakeTables.PROFILED_INPUTS;
}
