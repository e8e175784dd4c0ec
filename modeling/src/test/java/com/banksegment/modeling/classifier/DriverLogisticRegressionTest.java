package com.banksegment.modeling.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.banksegment.spark.SparkTestSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class DriverLogisticRegressionTest {

  /**
   * Three overlapping classes (so the optimum is unique and finite) in features of very
   * different scales and offsets, plus a constant feature (deviation 0), over 4 partitions.
   */
  static Dataset<Row> overlappingClasses(int n, long seed) {
    Random random = new Random(seed);
    double[][] centres = {{0, 0}, {1.5, 0.5}, {0.5, 2}};
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int label = i % 7 == 0 ? 2 : i % 3 == 0 ? 1 : 0;
      double a = centres[label][0] + random.nextGaussian();
      double b = centres[label][1] + random.nextGaussian();
      rows.add(RowFactory.create((double) label, Vectors.dense(1000 * a + 50_000, b / 100, 7.0)));
    }
    return SparkTestSession.get().createDataFrame(rows,
        new StructType().add("label", DataTypes.DoubleType).add("features", SQLDataTypes.VectorType())).repartition(4);
  }

  static LogisticRegression estimator() {
    return new LogisticRegression().setFamily("multinomial").setMaxIter(100).setPredictionCol("p")
        .setProbabilityCol("prob").setRawPredictionCol("raw");
  }

  @Test
  void reachesMllibsCoefficientsWhereTheOptimumIsUnique() {
    Dataset<Row> data = overlappingClasses(3000, 11);
    LogisticRegressionModel mllib = estimator().fit(data);
    LogisticRegressionModel driver = DriverLogisticRegression.fit(estimator(), data);

    Matrix expected = mllib.coefficientMatrix();
    Matrix actual = driver.coefficientMatrix();
    assertThat(actual.numRows()).isEqualTo(3);
    assertThat(actual.numCols()).isEqualTo(3);
    for (int c = 0; c < 3; c++) {
      // Each slope relative to its feature's scale: the fits stop within tol of the same optimum.
      assertThat(actual.apply(c, 0) * 1000).isCloseTo(expected.apply(c, 0) * 1000, within(2e-3));
      assertThat(actual.apply(c, 1) / 100).isCloseTo(expected.apply(c, 1) / 100, within(2e-3));
      assertThat(actual.apply(c, 2)).as("the constant feature gets no slope").isZero();
      assertThat(driver.interceptVector().apply(c)).isCloseTo(mllib.interceptVector().apply(c), within(0.1));
    }
    assertThat(actual.apply(0, 0) * 1000).as("a real slope, not a trivial fit").isLessThan(-0.5);
    double centred = 0;
    for (int c = 0; c < 3; c++) {
      centred += driver.interceptVector().apply(c);
    }
    assertThat(centred).as("intercepts centred across classes, as MLlib's").isCloseTo(0, within(1e-12));

    long disagreements = 0;
    double largestGap = 0;
    for (Row r : data.collectAsList()) {
      Vector x = r.getAs("features");
      Vector pm = mllib.predictProbability(x);
      Vector pd = driver.predictProbability(x);
      disagreements += mllib.predict(x) == driver.predict(x) ? 0 : 1;
      for (int c = 0; c < 3; c++) {
        largestGap = Math.max(largestGap, Math.abs(pm.apply(c) - pd.apply(c)));
      }
    }
    assertThat(disagreements).as("rows the two fits classify differently").isLessThanOrEqualTo(3);
    assertThat(largestGap).as("largest probability difference").isLessThan(0.01);
  }

  @Test
  void theModelCarriesTheEstimatorsParametersAndScoresInSpark() {
    Dataset<Row> data = overlappingClasses(600, 3);
    LogisticRegression estimator = estimator().setTol(1e-5);
    LogisticRegressionModel model = DriverLogisticRegression.fit(estimator, data);

    assertThat(model.getFamily()).isEqualTo("multinomial");
    assertThat(model.getMaxIter()).isEqualTo(100);
    assertThat(model.getTol()).isEqualTo(1e-5);
    assertThat(model.getPredictionCol()).isEqualTo("p");
    assertThat(model.numClasses()).isEqualTo(3);
    assertThat(model.parent()).isSameAs(estimator);
    Dataset<Row> scored = model.transform(data);
    assertThat(scored.columns()).contains("p", "prob", "raw");
    assertThat(scored.where("p = label").count()).as("better than the majority class (a constant guess)")
        .isGreaterThan(data.where("label = 0").count());
  }

  @Test
  void leavesOtherSettingsToMllib() {
    assertThat(DriverLogisticRegression.handles(estimator())).isTrue();
    assertThat(DriverLogisticRegression.handles(estimator().setRegParam(0.1))).isFalse();
    assertThat(DriverLogisticRegression.handles(estimator().setFamily("binomial"))).isFalse();
    assertThat(DriverLogisticRegression.handles(estimator().setWeightCol("w"))).isFalse();
    assertThat(DriverLogisticRegression.handles(estimator().setFitIntercept(false))).isFalse();

    Dataset<Row> data = overlappingClasses(300, 5);
    LogisticRegressionModel regularised = DriverLogisticRegression.fit(estimator().setRegParam(0.1), data);
    assertThat(regularised.getRegParam()).isEqualTo(0.1);
    assertThat(regularised.hasSummary()).as("fitted by MLlib itself").isTrue();
  }

  @Test
  void refusesANonFiniteFeatureAsMllibDoes() {
    List<Row> rows = List.of(RowFactory.create(0.0, Vectors.dense(1, 2)),
        RowFactory.create(1.0, Vectors.dense(3, Double.NaN)));
    Dataset<Row> data = SparkTestSession.get().createDataFrame(rows,
        new StructType().add("label", DataTypes.DoubleType).add("features", SQLDataTypes.VectorType()));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DriverLogisticRegression.fit(estimator(), data))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[3.0,NaN]").hasMessageContaining("not finite");
  }

  @Test
  void oneClassOnlyIsLeftToMllib() {
    Dataset<Row> oneClass = overlappingClasses(300, 5).where("label = 0");
    LogisticRegressionModel model = DriverLogisticRegression.fit(estimator(), oneClass);

    assertThat(model.hasSummary()).isTrue();
    assertThat(model.interceptVector().apply(0)).isEqualTo(Double.POSITIVE_INFINITY);
  }
}
