package com.banksegment.modeling.segments;

import com.banksegment.contract.LakeTables;
import com.banksegment.modeling.prepare.ModelInputs;

/**
 * What a cluster of the new model looks like, computed over all its customers.
 *
 * @param index the cluster's index in the fitted model's own numbering (0..k-1, arbitrary)
 * @param size customers
 * @param share size / all customers
 * @param mean mean of each raw numeric input (recency_days, frequency, monetary, age, balance); NaN
 *     for one the model does not have
 * @param median approximate median of the same inputs (likewise NaN)
 * @param shareMale share of M among its customers (likewise female, unknown); NaN without gender
 * @param dominantRfmSegment the most frequent RFM segment (ties: alphabetical first)
 * @param totalMonetary sum of monetary
 * @param scaledMean mean of each standardised input, in the order of {@code inputs} (gender included
 *     when it is one): how far the cluster sits from the whole population in standard deviations;
 *     the naming rules read this
 * @param centroid centre in PCA space
 * @param inputs the model's inputs
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
    double[] centroid,
    ModelInputs inputs) {

  /** A profile of a model of all six inputs (the bank's). */
  public ClusterProfile(int index, long size, double share, double[] mean, double[] median, double shareMale,
      double shareFemale, double shareUnknown, String dominantRfmSegment, double totalMonetary, double[] scaledMean,
      double[] centroid) {
    this(index, size, share, mean, median, shareMale, shareFemale, shareUnknown, dominantRfmSegment, totalMonetary,
        scaledMean, centroid, ModelInputs.ALL);
  }

  /** The standardised mean of an input, or NaN when the model does not have it. */
  public double scaledMeanOf(String input) {
    int at = inputs.indexOf(input);
    return at < 0 ? Double.NaN : scaledMean[at];
  }

  /** The raw numeric inputs of {@link #mean} and {@link #median}, in this order. */
  public static final java.util.List<String> NUMERIC_INPUTS = LakeTables.PROFILED_INPUTS;
}
