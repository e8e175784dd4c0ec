package com.banksegment.ui.lake.domain;

import java.util.List;

/**
 * How good the model is ({@code published/model_metrics}): the clustering's figures, PCA's
 * explained variance of every component (the first {@code pcaKept} are the model's), and how well Naive Bayes learns the segments on the held-out split, with
 * per-segment precision/recall/F1 and the confusion matrix ({@code confusion[actual][predicted]},
 * both indexed like {@link #segmentIds}).
 */
public record ModelQuality(
    long customers,
    double silhouette,
    double wssse,
    double[] pcaExplainedVariance,
    int pcaKept,
    double accuracy,
    double weightedF1,
    double macroF1,
    double centroidAgreement,
    long trainCustomers,
    long testCustomers,
    List<Integer> segmentIds,
    double[] precision,
    double[] recall,
    double[] f1,
    long[][] confusion) {

  public long evaluated() {
    long total = 0;
    for (long[] row : confusion) {
      for (long v : row) {
        total += v;
      }
    }
    return total;
  }
}
