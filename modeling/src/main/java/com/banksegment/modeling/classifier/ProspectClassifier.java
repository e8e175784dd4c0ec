package com.banksegment.modeling.classifier;

import static org.apache.spark.sql.functions.col;

import com.banksegment.modeling.prepare.Preprocessing;
import com.banksegment.scorer.ProspectParams;
import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.feature.VectorSlicer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The prospects classifier (issue #15): the likely segment of a customer with no transactions yet,
 * from the attributes known at account opening ({@link ProspectParams#attributesOf}: the model
 * inputs other than recency, frequency and monetary), as their scaled values. Multinomial logistic
 * regression, trained and evaluated on exactly the split of the other classifiers (the same
 * training cap as {@link ClassifierComparison}). Its figures are lower by how much the segments
 * depend on the transaction figures it does not see; the report states both.
 */
public final class ProspectClassifier {
  public static final String FEATURES_COL = "prospect_features";
  public static final String PREDICTION = "prospect_prediction";
  public static final String PROBABILITY = "prospect_probability";
  public static final String METRIC_PREFIX = "prospect";

  /**
   * @param features the attributes it reads, in the model inputs' order
   * @param model slicer (scaled vector to the attributes) and logistic regression, fitted
   * @param agreement share of ALL customers where it picks the nearest-centroid segment
   */
  public record Outcome(List<String> features, PipelineModel model, LogisticRegressionModel logistic,
      ClassificationMetrics metrics, double agreement, long trainRows) {}

  private ProspectClassifier() {}

  /**
   * @param labelled as for {@link NaiveBayesClassifier#train}, with the {@code scaled} vector
   * @param inputs the model inputs, in the order of the scaled vector
   * @return empty when the inputs have no attribute known at account opening
   */
  public static java.util.Optional<Outcome> train(Dataset<Row> labelled, List<String> inputs, long customers, int k,
      double holdoutFraction) {
    List<String> attributes = ProspectParams.attributesOf(inputs);
    if (attributes.isEmpty()) {
      return java.util.Optional.empty();
    }
    int[] indices = attributes.stream().mapToInt(inputs::indexOf).toArray();
    Column training = col(NaiveBayesClassifier.SPLIT_DRAW).lt(1.0 - holdoutFraction);
    double cappedDraw = ClassifierComparison.cappedDraw(customers, holdoutFraction);
    Column fit = col(NaiveBayesClassifier.SPLIT_DRAW).lt(cappedDraw);
    VectorSlicer slicer = new VectorSlicer().setInputCol(Preprocessing.SCALED).setOutputCol(FEATURES_COL)
        .setIndices(indices);
    LogisticRegression logistic = new LogisticRegression().setFamily("multinomial")
        .setMaxIter(ClassifierComparison.LOGISTIC_ITERATIONS).setFeaturesCol(FEATURES_COL)
        .setLabelCol(NaiveBayesClassifier.LABEL).setPredictionCol(PREDICTION).setProbabilityCol(PROBABILITY)
        .setRawPredictionCol("prospect_raw");
    Dataset<Row> fitRows = labelled.where(fit);
    LogisticRegressionModel fitted = DriverLogisticRegression.fit(logistic, slicer.transform(fitRows));
    // A pipeline of transformers only: fitting it runs nothing, it just keeps the two stages together.
    PipelineModel model = new Pipeline().setStages(new PipelineStage[] {slicer, fitted}).fit(fitRows);
    long[][] confusion = new long[k][k];
    long agreed = 0;
    long all = 0;
    long trained = 0;
    for (Row r : model.transform(labelled).groupBy(col(NaiveBayesClassifier.LABEL), col(PREDICTION),
        training.as("train"), fit.as("fit")).count().collectAsList()) {
      int actual = (int) r.getDouble(0);
      int predicted = (int) r.getDouble(1);
      long n = r.getLong(4);
      all += n;
      agreed += actual == predicted ? n : 0;
      trained += r.getBoolean(3) ? n : 0;
      if (!r.getBoolean(2)) {
        confusion[actual][predicted] += n;
      }
    }
    return java.util.Optional.of(new Outcome(attributes, model, (LogisticRegressionModel) model.stages()[1],
        ClassificationMetrics.of(confusion), (double) agreed / all, trained));
  }
}
