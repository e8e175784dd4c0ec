package com.banksegment.modeling;

import com.banksegment.config.RunDate;
import com.banksegment.modeling.classifier.ClassificationMetrics;
import com.banksegment.modeling.segments.Segment;
import com.banksegment.modeling.selection.KChoice;
import com.banksegment.modeling.selection.SweepPoint;
import java.util.List;

/**
 * What a model run produced (immutable). It does not move readers: publishing the run is the
 * publish stage's.
 *
 * @param clustering the customers, PCA, the model selection and the chosen model's silhouette
 * @param segments the final segments in id order
 * @param naiveBayes Naive Bayes on the held-out split and its agreement with the clustering
 * @param served the classifier the bundle serves (best held-out weighted F1) and its figures
 * @param previousRunDate the run the segments were matched to, or null
 * @param outputs where the committed model folder and report are
 */
public record ModelResult(
    RunDate runDate,
    Clustering clustering,
    List<Segment> segments,
    NaiveBayes naiveBayes,
    Served served,
    String previousRunDate,
    Outputs outputs,
    double elapsedSeconds) {

  public ModelResult {
    segments = List.copyOf(segments);
  }

  /**
   * @param pcaComponents components kept by the variance threshold
   * @param choice the chosen k and the rule that decided
   * @param selection every fitted clustering: the K-means sweep, then the alternatives at the chosen k
   * @param silhouette silhouette of the production model over all customers
   */
  public record Clustering(long customers, int pcaComponents, KChoice choice, List<SweepPoint> selection,
      double silhouette) {
    public Clustering {
      selection = List.copyOf(selection);
    }
  }

  /**
   * @param heldOut metrics on the stratified held-out split
   * @param centroidAgreement share of all customers where Naive Bayes agrees with the clustering
   */
  public record NaiveBayes(ClassificationMetrics heldOut, double centroidAgreement) {}

  /**
   * @param name the served classifier's id (gaussian_naive_bayes, decision_tree, logistic_regression)
   * @param heldOut its metrics on the stratified held-out split
   * @param centroidAgreement share of all customers where it agrees with the clustering
   */
  public record Served(String name, ClassificationMetrics heldOut, double centroidAgreement) {}

  /** models/run_date=D and reports/modeling/run_date=D. */
  public record Outputs(String modelDir, String reportDir) {}

  public int k() {
    return clustering.choice().k();
  }
}
