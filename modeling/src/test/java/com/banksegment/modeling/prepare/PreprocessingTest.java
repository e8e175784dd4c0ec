package com.banksegment.modeling.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.spark.SparkTestSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.feature.PCA;
import org.apache.spark.ml.feature.PCAModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class PreprocessingTest {

  /** Four correlated features of different spreads, over 3 partitions. */
  private static Dataset<Row> correlated(int n, long seed) {
    Random random = new Random(seed);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double a = random.nextGaussian();
      double b = 0.6 * a + random.nextGaussian() * 0.5;
      rows.add(RowFactory.create(Vectors.dense(a, b, 3 * random.nextGaussian(), a - b + 0.1 * random.nextGaussian())));
    }
    return SparkTestSession.get().createDataFrame(rows, new StructType().add("x", SQLDataTypes.VectorType()))
        .repartition(3);
  }

  @Test
  void theLeadingComponentsOfTheFullFitAreWhatAFitWithFewerComponentsGives() {
    Dataset<Row> data = correlated(2_000, 11);
    PCAModel full = new PCA().setK(4).setInputCol("x").setOutputCol("p").fit(data);
    PCAModel refit = new PCA().setK(2).setInputCol("x").setOutputCol("p").fit(data);

    PCAModel leading = Preprocessing.leading(full, 2);

    assertThat(leading.getK()).isEqualTo(2);
    assertThat(leading.getInputCol()).isEqualTo("x");
    assertThat(leading.getOutputCol()).isEqualTo("p");
    assertThat(leading.pc().numCols()).isEqualTo(2);
    assertThat(leading.pc().toArray()).containsExactly(refit.pc().toArray());
    assertThat(leading.explainedVariance().toArray()).containsExactly(refit.explainedVariance().toArray());
    List<Row> byLeading = leading.transform(data).select("p").collectAsList();
    List<Row> byRefit = refit.transform(data).select("p").collectAsList();
    for (int i = 0; i < byRefit.size(); i++) {
      assertThat(((Vector) byLeading.get(i).get(0)).toArray()).containsExactly(((Vector) byRefit.get(i).get(0)).toArray());
    }
  }

  @Test
  void keepingEveryComponentKeepsTheFullFit() {
    PCAModel full = new PCA().setK(4).setInputCol("x").setOutputCol("p").fit(correlated(200, 3));

    assertThat(Preprocessing.leading(full, 4)).isSameAs(full);
  }

  /**
   * Skewed, correlated inputs of very different scales (log-like, a binary code, a constant) over
   * 4 partitions: the one-pass fit against MLlib's own StandardScaler and PCA fits.
   */
  @Test
  void theOnePassScalerAndPcaAreWhatMllibsEstimatorsFit() {
    Random random = new Random(5);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      double a = Math.log1p(Math.exp(3 + 2 * random.nextGaussian()));
      double b = 0.4 * a + 0.3 * random.nextGaussian() + 1_000;
      double gender = random.nextBoolean() ? 1.0 : 0.0;
      rows.add(RowFactory.create(a, b, gender, a * 1e-3 - gender + random.nextGaussian(), 7.0));
    }
    String[] columns = {"a", "b", "g", "d", "constant"};
    StructType schema = new StructType();
    for (String c : columns) {
      schema = schema.add(c, org.apache.spark.sql.types.DataTypes.DoubleType);
    }
    Dataset<Row> data = SparkTestSession.get().createDataFrame(rows, schema).repartition(4);
    Dataset<Row> assembled = new org.apache.spark.ml.feature.VectorAssembler().setInputCols(columns)
        .setOutputCol("x").transform(data);
    org.apache.spark.ml.feature.StandardScaler scalerEstimator = new org.apache.spark.ml.feature.StandardScaler()
        .setWithMean(true).setWithStd(true).setInputCol("x").setOutputCol("z");
    org.apache.spark.ml.feature.StandardScalerModel byMllib = scalerEstimator.fit(assembled);
    PCA pcaEstimator = new PCA().setK(columns.length).setInputCol("z").setOutputCol("p");
    PCAModel pcaByMllib = pcaEstimator.fit(byMllib.transform(assembled));

    InputMoments moments = InputMoments.of(data, columns);
    org.apache.spark.ml.feature.StandardScalerModel scaler = Preprocessing.scaler(scalerEstimator, moments);
    PCAModel pca = Preprocessing.pca(pcaEstimator, moments.scaledCovariance());

    assertThat(moments.count()).isEqualTo(5_000);
    assertThat(scaler.getInputCol()).isEqualTo("x");
    assertThat(scaler.getOutputCol()).isEqualTo("z");
    assertThat(scaler.getWithMean()).isTrue();
    assertThat(pca.getK()).isEqualTo(columns.length);
    assertThat(pca.getOutputCol()).isEqualTo("p");
    closeTo(scaler.mean().toArray(), byMllib.mean().toArray(), 1e-12);
    closeTo(scaler.std().toArray(), byMllib.std().toArray(), 1e-12);
    assertThat(scaler.std().toArray()[4]).isZero();
    closeTo(pca.explainedVariance().toArray(), pcaByMllib.explainedVariance().toArray(), 1e-12);
    // The components of the four non-constant inputs: same vectors, same signs. (The constant's
    // own component has a zero singular value; its direction is any unit vector in that null space.)
    closeTo(java.util.Arrays.copyOf(pca.pc().toArray(), 4 * columns.length),
        java.util.Arrays.copyOf(pcaByMllib.pc().toArray(), 4 * columns.length), 1e-9);
    List<Row> ours = pca.transform(scaler.transform(assembled)).select("p").collectAsList();
    List<Row> theirs = pcaByMllib.transform(byMllib.transform(assembled)).select("p").collectAsList();
    for (int i = 0; i < ours.size(); i++) {
      closeTo(java.util.Arrays.copyOf(((Vector) ours.get(i).get(0)).toArray(), 4),
          java.util.Arrays.copyOf(((Vector) theirs.get(i).get(0)).toArray(), 4), 1e-9);
    }
  }

  @Test
  void oneCustomerHasNoSpreadAndScalesToZero() {
    Dataset<Row> one = SparkTestSession.get().createDataFrame(List.of(RowFactory.create(2.0, 3.0)),
        new StructType().add("a", org.apache.spark.sql.types.DataTypes.DoubleType)
            .add("b", org.apache.spark.sql.types.DataTypes.DoubleType));

    InputMoments moments = InputMoments.of(one, new String[] {"a", "b"});

    assertThat(moments.mean()).containsExactly(2.0, 3.0);
    assertThat(moments.std()).containsExactly(0.0, 0.0);
    assertThat(moments.scaledCovariance()[0]).containsExactly(0.0, 0.0);
  }

  private static void closeTo(double[] actual, double[] expected, double relative) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual[i]).as("element %d", i)
          .isCloseTo(expected[i], org.assertj.core.api.Assertions.within(relative * Math.max(1, Math.abs(expected[i]))));
    }
  }
}
