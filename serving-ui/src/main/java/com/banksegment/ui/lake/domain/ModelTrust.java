package com.banksegment.ui.lake.domain;

import java.util.List;

/**
 * How far the segments and the classifiers can be trusted ({@code published/model_metrics},
 * issue #15): the bootstrap stability of each segment, and every classifier compared on the same
 * held-out split (the served one flagged), with the prospects classifier when the model has one.
 * Per-segment arrays follow {@link #segmentIds}.
 *
 * @param stability null when the run did not measure it
 * @param classifiers Naive Bayes, decision tree, logistic regression (those the run has), then prospects
 */
public record ModelTrust(List<Integer> segmentIds, Stability stability, List<Scores> classifiers) {

  /**
   * @param adjustedRand mean adjusted Rand index of the refits against the segments
   * @param unstableBelow the Jaccard under which the model stage calls a segment unstable
   */
  public record Stability(int resamples, double adjustedRand, double unstableBelow, double[] jaccard,
      boolean[] unstable) {}

  /**
   * One classifier's held-out figures.
   *
   * @param name its metric prefix: nb, dt, lr or prospect
   * @param served whether the bundle serves it
   * @param agreement share of all customers where it picks the nearest-centroid segment
   */
  public record Scores(String name, boolean served, double accuracy, double weightedF1, double macroF1,
      double agreement, double[] precision, double[] recall, double[] f1, long[][] confusion) {

    /** A reader's name: "logistic regression", "prospects (no transactions)". */
    public String label() {
      return switch (name) {
        case "nb" -> "Naive Bayes";
        case "dt" -> "decision tree";
        case "lr" -> "logistic regression";
        case "prospect" -> "prospects (no transactions)";
        default -> name;
      };
    }
  }

  public java.util.Optional<Scores> served() {
    return classifiers.stream().filter(Scores::served).findFirst();
  }
}
