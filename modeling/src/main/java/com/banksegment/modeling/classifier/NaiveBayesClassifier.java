package com.banksegment.modeling.classifier;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.rand;

import com.banksegment.modeling.prepare.Preprocessing;
import org.apache.spark.ml.classification.NaiveBayes;
import org.apache.spark.ml.classification.NaiveBayesModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Gaussian Naive Bayes that learns the cluster from the PCA features (the K-means space: the
 * customer's six inputs after encoding, log1p, scaling and PCA, so a new customer is scored from
 * what a user can give). Gaussian because scaled features are negative.
 *
 * <p>Held-out split, stratified by cluster: every customer carries one seeded uniform draw
 * ({@link #SPLIT_DRAW}); in each cluster the customers whose draw is below 1 - holdout train, the
 * others are held out. That is exactly what {@code DataFrame.stat().sampleBy(label, fractions, seed)}
 * does (a per-class Bernoulli draw against a seeded uniform); keeping the draw as a column makes
 * the held-out set the exact complement of the training set without a join over all customers.
 */
public final class NaiveBayesClassifier {
  public static final String LABEL = "label";
  public static final String SPLIT_DRAW = "split_draw";
  public static final String NB_PREDICTION = "nb_prediction";
  public static final String NB_PROBABILITY = "nb_probability";

  /**
   * @param agreement share of ALL customers where Naive Bayes picks the K-means (nearest-centroid) cluster
   */
  public record Outcome(NaiveBayesModel model, ClassificationMetrics metrics, double agreement, long trainRows) {}

  private NaiveBayesClassifier() {}

  /** The seeded uniform draw that splits customers into training and held-out sets. */
  public static Column splitDraw(long seed) {
    return rand(seed);
  }

  /**
   * @param labelled customers with {@code pca}, {@code label} (class index 0..k-1) and {@link #SPLIT_DRAW};
   *     best persisted, since it is read three times
   */
  public static Outcome train(Dataset<Row> labelled, int k, double holdoutFraction) {
    Column training = col(SPLIT_DRAW).lt(1.0 - holdoutFraction);
    NaiveBayesModel model = model().fit(labelled.where(training));
    if (model.numClasses() != k) {
      throw new IllegalStateException("Naive Bayes saw " + model.numClasses() + " of " + k
          + " clusters in its training split: expected every cluster to have customers to learn from");
    }
    // One pass gives the held-out confusion matrix and the agreement over all customers.
    long[][] confusion = new long[k][k];
    long agreed = 0;
    long all = 0;
    long trainRows = 0;
    for (Row r : model.transform(labelled).groupBy(col(LABEL), col(NB_PREDICTION), training.as("train"))
        .count().collectAsList()) {
      int actual = (int) r.getDouble(0);
      int predicted = (int) r.getDouble(1);
      long n = r.getLong(3);
      all += n;
      agreed += actual == predicted ? n : 0;
      if (r.getBoolean(2)) {
        trainRows += n;
      } else {
        confusion[actual][predicted] += n;
      }
    }
    return new Outcome(model, ClassificationMetrics.of(confusion), (double) agreed / all, trainRows);
  }

  static NaiveBayes model() {
    return new NaiveBayes().setModelType("gaussian")
        .setFeaturesCol(Preprocessing.PCA_COL).setLabelCol(LABEL)
        .setPredictionCol(NB_PREDICTION).setProbabilityCol(NB_PROBABILITY).setRawPredictionCol("nb_raw");
  }
}
