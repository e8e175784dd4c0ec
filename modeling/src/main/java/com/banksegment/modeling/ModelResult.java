package com.banksegment.modeling;

import com.banksegment.config.RunDate;
import java.util.List;

/**
 * What a model run produced (immutable).
 *
 * @param customers customers modelled
 * @param pcaComponents components kept by the variance threshold
 * @param choice the chosen k and the rule that decided
 * @param selection every fitted clustering: the K-means sweep, then the alternatives at the chosen k
 * @param segments the final segments in id order
 * @param silhouette silhouette of the production model over all customers
 * @param naiveBayes held-out metrics of Naive Bayes
 * @param naiveBayesCentroidAgreement share of all customers where Naive Bayes agrees with the clustering
 * @param previousRunDate the run the segments were matched to, or null
 * @param modelDir models/run_date=D
 * @param reportDir reports/modeling/run_date=D
 * @param pointerMoved whether published/_LATEST now names this run
 */
public record ModelResult(
    RunDate runDate,
    long customers,
    int pcaComponents,
    KChoice choice,
    List<SweepPoint> selection,
    List<Segment> segments,
    double silhouette,
    ClassificationMetrics naiveBayes,
    double naiveBayesCentroidAgreement,
    String previousRunDate,
    String modelDir,
    String reportDir,
    boolean pointerMoved,
    double elapsedSeconds) {

  public ModelResult {
    selection = List.copyOf(selection);
    segments = List.copyOf(segments);
  }

  public int k() {
    return choice.k();
  }
}
