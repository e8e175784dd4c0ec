package com.banksegment.modeling.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.scorer.Classifier;
import com.banksegment.scorer.ClassifierParams;
import com.banksegment.scorer.DecisionTreeParams;
import com.banksegment.spark.SparkTestSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.classification.DecisionTreeClassificationModel;
import org.apache.spark.ml.classification.DecisionTreeClassifier;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.classification.ProbabilisticClassificationModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The exported parameters, computed by the Spark-free scorer, give Spark's own probabilities: four
 * overlapping Gaussian blobs in three dimensions (so the tree has impure leaves and logistic
 * regression is far from certain), every point scored by both.
 */
class ClassifierExportTest {
  static Dataset<Row> points;
  static List<double[]> xs = new ArrayList<>();

  @BeforeAll
  static void blobs() {
    Random random = new Random(11);
    double[][] centres = {{0, 0, 0}, {2, 0, 1}, {0, 2, -1}, {2, 2, 0}};
    List<Row> rows = new ArrayList<>();
    for (int c = 0; c < centres.length; c++) {
      for (int i = 0; i < 150; i++) {
        double[] x = new double[3];
        for (int j = 0; j < 3; j++) {
          x[j] = centres[c][j] + random.nextGaussian();
        }
        xs.add(x);
        rows.add(RowFactory.create(Vectors.dense(x), (double) c));
      }
    }
    points = SparkTestSession.get().createDataFrame(rows,
        new StructType().add("pca", SQLDataTypes.VectorType()).add("label", DataTypes.DoubleType));
  }

  @Test
  void logisticRegressionProbabilitiesAreSparksWithinOneBillionth() {
    LogisticRegressionModel model = new LogisticRegression().setFamily("multinomial").setMaxIter(100)
        .setFeaturesCol("pca").fit(points);

    Classifier exported = Classifier.logisticRegression(ClassifierParams.INPUT_PCA, ClassifierExport.logistic(model));

    assertSameAsSpark(model, exported);
  }

  @Test
  void decisionTreeProbabilitiesAreSparksWithinOneBillionth() {
    DecisionTreeClassificationModel model = new DecisionTreeClassifier().setMaxDepth(4).setSeed(1)
        .setFeaturesCol("pca").fit(points);
    DecisionTreeParams tree = ClassifierExport.tree(model);

    assertThat(tree.nodes()).hasSize(model.numNodes());
    assertThat(tree.nodes().stream().filter(n -> n.isLeaf() && max(n.classCounts()) < sum(n.classCounts())))
        .as("impure leaves, whose probabilities are not 0 or 1").isNotEmpty();
    assertSameAsSpark(model, Classifier.decisionTree(ClassifierParams.INPUT_PCA, tree));
  }

  private static void assertSameAsSpark(ProbabilisticClassificationModel<Vector, ?> model, Classifier exported) {
    List<Row> spark = model.transform(points).select("probability", "prediction").collectAsList();
    double worst = 0;
    int samePrediction = 0;
    for (int i = 0; i < xs.size(); i++) {
      double[] expected = ((Vector) spark.get(i).get(0)).toArray();
      double[] actual = exported.probabilities(xs.get(i));
      for (int c = 0; c < expected.length; c++) {
        worst = Math.max(worst, Math.abs(expected[c] - actual[c]));
      }
      samePrediction += Classifier.argMax(actual) == (int) spark.get(i).getDouble(1) ? 1 : 0;
    }
    assertThat(worst).isLessThanOrEqualTo(1e-9);
    assertThat(samePrediction).isEqualTo(xs.size());
  }

  private static double max(double[] v) {
    double m = 0;
    for (double x : v) {
      m = Math.max(m, x);
    }
    return m;
  }

  private static double sum(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s;
  }
}
