package com.banksegment.modeling.tables;

import com.banksegment.modeling.classifier.ClassificationMetrics;
import com.banksegment.modeling.classifier.ClassifierComparison;
import com.banksegment.modeling.clustering.Stability;
import com.banksegment.modeling.classifier.NaiveBayesClassifier;
import com.banksegment.modeling.classifier.ProspectClassifier;
import com.banksegment.modeling.segments.Segment;
import com.banksegment.modeling.selection.KChoice;
import com.banksegment.modeling.selection.SweepPoint;
import com.banksegment.modeling.tables.SegmentTables.MetricRow;
import com.banksegment.scorer.ClassifierParams;
import java.util.ArrayList;
import java.util.List;

/** The rows of model_metrics: whole-model figures, then per-cluster, then the confusion matrix. */
public final class MetricRows {
  public static final List<String> REQUIRED = List.of("customers", "k", "silhouette", "wssse", "nb_accuracy",
      "nb_weighted_f1", "nb_macro_f1", "nb_centroid_agreement");

  private MetricRows() {}

  public static List<MetricRow> of(long customers, KChoice choice, SweepPoint production, double[] pcaVariance,
      int pcaComponents, NaiveBayesClassifier.Outcome nb, List<Segment> segments, Stability stability,
      List<ClassifierComparison.Compared> compared, String served, ProspectClassifier.Outcome prospects) {
    List<MetricRow> rows = new ArrayList<>();
    rows.add(MetricRow.of("customers", customers));
    rows.add(MetricRow.of("k", choice.k()));
    if (choice.knee() != null) {
      rows.add(MetricRow.of("wssse_knee_k", choice.knee()));
    }
    rows.add(MetricRow.of("silhouette", production.silhouette()));
    rows.add(MetricRow.of("wssse", production.wssse()));
    rows.add(MetricRow.of("pca_components", pcaComponents));
    for (int i = 0; i < pcaVariance.length; i++) {
      rows.add(MetricRow.of("pca_explained_variance_" + (i + 1), pcaVariance[i]));
    }
    ClassificationMetrics m = nb.metrics();
    rows.add(MetricRow.of("nb_accuracy", m.accuracy()));
    rows.add(MetricRow.of("nb_weighted_f1", m.weightedF1()));
    rows.add(MetricRow.of("nb_macro_f1", m.macroF1()));
    rows.add(MetricRow.of("nb_centroid_agreement", nb.agreement()));
    rows.add(MetricRow.of("nb_train_customers", nb.trainRows()));
    rows.add(MetricRow.of("nb_test_customers", m.evaluated()));
    rows.add(MetricRow.of("nb_served", served.equals(ClassifierParams.NAIVE_BAYES) ? 1 : 0));
    for (Segment s : segments) {
      int c = s.classIndex();
      rows.add(new MetricRow("nb_precision", s.id(), null, m.precision()[c]));
      rows.add(new MetricRow("nb_recall", s.id(), null, m.recall()[c]));
      rows.add(new MetricRow("nb_f1", s.id(), null, m.f1()[c]));
      for (Segment predicted : segments) {
        rows.add(new MetricRow("nb_confusion", s.id(), predicted.id(), m.confusion()[c][predicted.classIndex()]));
      }
    }
    if (stability != null) {
      stabilityRows(rows, stability, segments);
    }
    for (ClassifierComparison.Compared c : compared) {
      classifierRows(rows, c.metricPrefix(), c.metrics(), c.agreement(), segments);
      rows.add(MetricRow.of(c.metricPrefix() + "_served", c.name().equals(served) ? 1 : 0));
      rows.add(MetricRow.of(c.metricPrefix() + "_train_customers", c.trainRows()));
    }
    rows.add(MetricRow.of("prospect_available", prospects == null ? 0 : 1));
    if (prospects != null) {
      classifierRows(rows, ProspectClassifier.METRIC_PREFIX, prospects.metrics(), prospects.agreement(), segments);
      rows.add(MetricRow.of("prospect_train_customers", prospects.trainRows()));
      rows.add(MetricRow.of("prospect_features", prospects.features().size()));
    }
    return rows;
  }

  /** A compared classifier's held-out figures, as Naive Bayes' under its own prefix. */
  private static void classifierRows(List<MetricRow> rows, String prefix, ClassificationMetrics m, double agreement,
      List<Segment> segments) {
    rows.add(MetricRow.of(prefix + "_accuracy", m.accuracy()));
    rows.add(MetricRow.of(prefix + "_weighted_f1", m.weightedF1()));
    rows.add(MetricRow.of(prefix + "_macro_f1", m.macroF1()));
    rows.add(MetricRow.of(prefix + "_centroid_agreement", agreement));
    for (Segment s : segments) {
      int c = s.classIndex();
      rows.add(new MetricRow(prefix + "_precision", s.id(), null, m.precision()[c]));
      rows.add(new MetricRow(prefix + "_recall", s.id(), null, m.recall()[c]));
      rows.add(new MetricRow(prefix + "_f1", s.id(), null, m.f1()[c]));
      for (Segment predicted : segments) {
        rows.add(new MetricRow(prefix + "_confusion", s.id(), predicted.id(),
            m.confusion()[c][predicted.classIndex()]));
      }
    }
  }

  /** The bootstrap stability: overall adjusted Rand index, per segment Jaccard and whether it is unstable. */
  private static void stabilityRows(List<MetricRow> rows, Stability stability, List<Segment> segments) {
    rows.add(MetricRow.of("stability_resamples", stability.resamples()));
    rows.add(MetricRow.of("stability_adjusted_rand", stability.adjustedRand()));
    rows.add(MetricRow.of("stability_unstable_below", Stability.UNSTABLE_BELOW));
    for (Segment s : segments) {
      int cluster = s.profile().index();
      rows.add(new MetricRow("stability_jaccard", s.id(), null, stability.jaccard()[cluster]));
      rows.add(new MetricRow("stability_unstable", s.id(), null, stability.unstable(cluster) ? 1.0 : 0.0));
    }
  }
}
