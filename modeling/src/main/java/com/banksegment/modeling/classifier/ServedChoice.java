package com.banksegment.modeling.classifier;

import com.banksegment.scorer.ClassifierParams;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Transformer;

/**
 * The classifier the bundle serves: of Naive Bayes and the compared ones, the best held-out
 * weighted F1 (issue #15). On a tie the earlier of Naive Bayes, decision tree, logistic regression
 * is kept, so a rerun with the same figures serves the same one.
 *
 * @param name {@link ClassifierParams#NAIVE_BAYES}, {@link ClassifierParams#DECISION_TREE} or
 *     {@link ClassifierParams#LOGISTIC_REGRESSION}
 * @param metricPrefix its prefix in model_metrics (nb, dt, lr)
 * @param model the fitted Spark model, reading {@code pca}
 * @param predictionCol the column its transform writes the predicted class index to
 * @param probabilityCol the column of its class probabilities
 */
public record ServedChoice(String name, String metricPrefix, Transformer model, String predictionCol,
    String probabilityCol, ClassificationMetrics metrics, double agreement) {

  public static final String NB_PREFIX = "nb";

  public static ServedChoice choose(NaiveBayesClassifier.Outcome nb, List<ClassifierComparison.Compared> compared) {
    List<ServedChoice> all = new ArrayList<>();
    all.add(new ServedChoice(ClassifierParams.NAIVE_BAYES, NB_PREFIX, nb.model(), NaiveBayesClassifier.NB_PREDICTION,
        NaiveBayesClassifier.NB_PROBABILITY, nb.metrics(), nb.agreement()));
    for (ClassifierComparison.Compared c : compared) {
      all.add(new ServedChoice(c.name(), c.metricPrefix(), c.model(), c.model().getPredictionCol(),
          c.model().getProbabilityCol(), c.metrics(), c.agreement()));
    }
    ServedChoice best = all.get(0);
    for (ServedChoice c : all) {
      if (c.metrics().weightedF1() > best.metrics().weightedF1()) {
        best = c;
      }
    }
    return best;
  }

  /** "logistic regression". */
  public String label() {
    return ClassifierParams.label(name);
  }
}
