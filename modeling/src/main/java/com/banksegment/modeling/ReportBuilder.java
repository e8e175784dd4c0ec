package com.banksegment.modeling;

import com.banksegment.modeling.ModelReport.NaiveBayesView;
import com.banksegment.modeling.ModelReport.SegmentView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the report data from the parts of a run. */
final class ReportBuilder {
  /** The target for Naive Bayes on the held-out split of the 1M-row input. */
  static final double WEIGHTED_F1_TARGET = 0.98;

  private ReportBuilder() {}

  static List<SegmentView> segments(List<Segment> segments) {
    return segments.stream().map(s -> {
      ClusterProfile p = s.profile();
      Map<String, Double> mean = new LinkedHashMap<>();
      Map<String, Double> median = new LinkedHashMap<>();
      for (int i = 0; i < ClusterProfile.NUMERIC_INPUTS.size(); i++) {
        mean.put(ClusterProfile.NUMERIC_INPUTS.get(i), p.mean()[i]);
        median.put(ClusterProfile.NUMERIC_INPUTS.get(i), p.median()[i]);
      }
      ClusterIdentity.Match m = s.match();
      return new SegmentView(s.id(), s.name(), s.action(), p.size(), p.share(), mean, median, p.shareMale(),
          p.shareFemale(), p.shareUnknown(), p.dominantRfmSegment(), p.totalMonetary(), p.centroid(),
          m.previousId(), m.previousId() == null ? null : m.distance(), m.inheritedName() != null);
    }).toList();
  }

  static NaiveBayesView naiveBayes(NaiveBayesStage.Outcome nb, List<Segment> segments) {
    ClassificationMetrics m = nb.metrics();
    int[] ids = segments.stream().mapToInt(Segment::id).toArray();
    boolean met = m.weightedF1() >= WEIGHTED_F1_TARGET;
    return new NaiveBayesView("pca", nb.trainRows(), m.evaluated(), m.accuracy(), m.weightedF1(), m.macroF1(), ids,
        m.precision(), m.recall(), m.f1(), m.confusion(), nb.agreement(), WEIGHTED_F1_TARGET, met,
        explain(m, segments, met));
  }

  /**
   * Why the figure is what it is, from the confusion matrix: the pair of segments Naive Bayes
   * confuses most and the share of the errors it accounts for.
   */
  static String explain(ClassificationMetrics m, List<Segment> segments, boolean met) {
    long[][] c = m.confusion();
    long errors = 0;
    int worstA = -1;
    int worstB = -1;
    long worst = 0;
    for (int a = 0; a < c.length; a++) {
      for (int b = 0; b < c.length; b++) {
        if (a != b) {
          errors += c[a][b];
          if (c[a][b] > worst) {
            worst = c[a][b];
            worstA = a;
            worstB = b;
          }
        }
      }
    }
    String head = String.format(Locale.ROOT, "Weighted F1 %.4f on the held-out split %s the target %.2f.",
        m.weightedF1(), met ? "meets" : "misses", WEIGHTED_F1_TARGET);
    if (errors == 0) {
      return head + " No held-out customer was misclassified.";
    }
    return head + String.format(Locale.ROOT,
        " %,d of %,d held-out customers are misclassified; the most frequent confusion is segment %d (%s) taken"
            + " for segment %d (%s): %,d customers (%.0f%% of the errors). K-means cuts the PCA space with"
            + " straight boundaries halfway between centroids, while Gaussian Naive Bayes draws curved boundaries"
            + " from per-segment variances with the features assumed independent; customers near a boundary"
            + " between two segments of unequal spread are where the two disagree.",
        errors, m.evaluated(), segments.get(worstA).id(), segments.get(worstA).name(), segments.get(worstB).id(),
        segments.get(worstB).name(), worst, 100.0 * worst / errors);
  }
}
