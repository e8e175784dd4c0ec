package com.banksegment.scorer;

import java.util.List;

/**
 * The prospects classifier: the likely segment of a customer who has no transactions yet, from
 * the attributes known at account opening (the bundle's features that are not transaction figures,
 * {@link #TRANSACTION_FEATURES}). A multinomial logistic regression (Spark's) on those features'
 * scaled values (the bundle's scaler). Its held-out figures are lower than the served
 * classifier's, by how much the transaction figures it does not see draw the segments (on the
 * real head20k file, where nearly every customer made one transaction, little).
 *
 * @param features the attributes it reads, in the bundle's feature order; empty when the source has none
 * @param logisticRegression its parameters (classes are the bundle's clusters); null when there are no features
 * @param figures its held-out figures on the model stage's split; null when there are no features
 * @param note why there is no prospects classifier, or null when there is one
 */
public record ProspectParams(List<String> features, LogisticRegressionParams logisticRegression,
    ClassifierParams.Candidate figures, String note) {

  /** The transaction figures: not known for a customer before the first transaction. */
  public static final List<String> TRANSACTION_FEATURES = List.of("recency_days", "frequency", "monetary");

  /** The name the prospects classifier's figures carry. */
  public static final String NAME = "prospect_logistic_regression";

  /** The features of a bundle feature list that are known at account opening, in that order. */
  public static List<String> attributesOf(List<String> features) {
    return features.stream().filter(f -> !TRANSACTION_FEATURES.contains(f)).toList();
  }

  /** A bundle whose source has no attributes known at account opening. */
  public static ProspectParams none(List<String> features) {
    return new ProspectParams(List.of(), null, null, "the source has no customer attribute known at account opening"
        + " among the model inputs " + features + ": no prospects classifier");
  }

  public boolean available() {
    return !features.isEmpty();
  }
}
