package com.banksegment.modeling;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.ml.classification.NaiveBayes;
import org.apache.spark.ml.classification.NaiveBayesModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Gaussian Naive Bayes that learns the cluster from the PCA features (the K-means space: the
 * customer's six inputs after encoding, log1p, scaling and PCA, so a new customer is scored from
 * what a user can give). Gaussian because scaled features are negative. Evaluated on a stratified
 * hold-out: {@code sampleBy} draws the same fraction of every cluster for training with a fixed
 * seed; the customers not drawn are the test set.
 */
final class NaiveBayesStage {
  static final String LABEL = "label";
  static final String NB_PREDICTION = "nb_prediction";
  static final String NB_PROBABILITY = "nb_probability";

  /**
   * @param agreement share of ALL customers where Naive Bayes picks the K-means (nearest-centroid) cluster
   */
  record Outcome(NaiveBayesModel model, ClassificationMetrics metrics, double agreement, long trainRows) {}

  private NaiveBayesStage() {}

  /** @param labelled customers with {@code customer_id}, {@code pca} and {@code label} (class index 0..k-1) */
  static Outcome train(Dataset<Row> labelled, int k, double holdoutFraction, long seed) {
    Map<Object, Double> fractions = new HashMap<>();
    for (int c = 0; c < k; c++) {
      fractions.put((double) c, 1.0 - holdoutFraction);
    }
    Dataset<Row> train = labelled.stat().sampleBy(col(LABEL), fractions, seed);
    Dataset<Row> test = labelled.join(train.select("customer_id"),
        labelled.col("customer_id").equalTo(train.col("customer_id")), "left_anti");
    long trainRows = train.count();
    NaiveBayesModel model = model().fit(train);
    if (model.numClasses() != k) {
      throw new IllegalStateException("Naive Bayes saw " + model.numClasses() + " of " + k
          + " clusters in its training split: expected every cluster to have customers to learn from");
    }
    long[][] confusion = new long[k][k];
    for (Row r : model.transform(test).groupBy(LABEL, NB_PREDICTION).count().collectAsList()) {
      confusion[(int) r.getDouble(0)][(int) r.getDouble(1)] = r.getLong(2);
    }
    Row agreed = model.transform(labelled)
        .agg(sum(when(col(LABEL).equalTo(col(NB_PREDICTION)), 1L).otherwise(0L)), count(lit(1)))
        .first();
    double agreement = (double) agreed.getLong(0) / agreed.getLong(1);
    return new Outcome(model, ClassificationMetrics.of(confusion), agreement, trainRows);
  }

  static NaiveBayes model() {
    return new NaiveBayes().setModelType("gaussian")
        .setFeaturesCol(Preprocessing.PCA_COL).setLabelCol(LABEL)
        .setPredictionCol(NB_PREDICTION).setProbabilityCol(NB_PROBABILITY).setRawPredictionCol("nb_raw");
  }
}
