package com.banksegment.modeling.prepare;

import com.banksegment.contract.LakeTables;
import com.banksegment.scorer.ModelBundle;
import java.util.List;

/**
 * The inputs of one run's model, in the contract's order ({@link LakeTables#MODEL_INPUTS}): recency,
 * frequency and monetary always, and each customer attribute (age, balance, gender) that has values
 * in the run's clean/customers. The features stage writes an attribute in every row (observed, or
 * imputed by the batch median / {@code U}) or, when the source has no such column, in none; so the
 * customer table itself says which attributes the source has, and {@link CustomersInput} reads it
 * from there (one place, whatever source or config wrote it). Every step of the model stage (the
 * encoding, scaling, PCA, profiles, names, the bundle) follows this list.
 */
public record ModelInputs(List<String> features) {

  /** The bank's six: a source with every attribute. */
  public static final ModelInputs ALL = new ModelInputs(LakeTables.MODEL_INPUTS);

  public ModelInputs {
    features = List.copyOf(features);
    int last = -1;
    for (String f : features) {
      int at = LakeTables.MODEL_INPUTS.indexOf(f);
      if (at <= last) {
        throw new IllegalArgumentException("model inputs " + features + ": expected a subset of "
            + LakeTables.MODEL_INPUTS + " in that order");
      }
      last = at;
    }
    if (!features.containsAll(LakeTables.RFM_INPUTS)) {
      throw new IllegalArgumentException("model inputs " + features + ": expected " + LakeTables.RFM_INPUTS);
    }
  }

  /** RFM plus the given attributes, in the contract's order. */
  public static ModelInputs withAttributes(List<String> attributes) {
    return new ModelInputs(LakeTables.MODEL_INPUTS.stream()
        .filter(f -> LakeTables.RFM_INPUTS.contains(f) || attributes.contains(f)).toList());
  }

  public boolean has(String feature) {
    return features.contains(feature);
  }

  /** Position of the input in {@link #features()} (and in every scaled or PCA-input vector), or -1. */
  public int indexOf(String feature) {
    return features.indexOf(feature);
  }

  public int size() {
    return features.size();
  }

  /** The skewed inputs of this model that get log1p. */
  public List<String> logFeatures() {
    return ModelBundle.DEFAULT_LOG_FEATURES.stream().filter(features::contains).toList();
  }

  @Override
  public String toString() {
    return String.join(", ", features);
  }
}
