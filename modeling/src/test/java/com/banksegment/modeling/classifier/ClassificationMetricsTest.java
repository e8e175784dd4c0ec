package com.banksegment.modeling.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.banksegment.spark.SparkTestSession;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.evaluation.MulticlassClassificationEvaluator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {
  /** 3 classes: 50 actual of class 0 (45 right), 30 of class 1 (24 right), 20 of class 2 (20 right). */
  static final long[][] CONFUSION = {{45, 5, 0}, {3, 24, 3}, {0, 0, 20}};

  @Test
  void computesAccuracyPrecisionRecallAndF1ByHand() {
    ClassificationMetrics m = ClassificationMetrics.of(CONFUSION);

    assertThat(m.accuracy()).isCloseTo(89.0 / 100, within(1e-15));
    assertThat(m.precision()).containsExactly(new double[] {45.0 / 48, 24.0 / 29, 20.0 / 23}, within(1e-15));
    assertThat(m.recall()).containsExactly(new double[] {45.0 / 50, 24.0 / 30, 1.0}, within(1e-15));
    double f0 = 2 * (45.0 / 48) * 0.9 / (45.0 / 48 + 0.9);
    double f1 = 2 * (24.0 / 29) * 0.8 / (24.0 / 29 + 0.8);
    double f2 = 2 * (20.0 / 23) / (20.0 / 23 + 1);
    assertThat(m.weightedF1()).isCloseTo(0.5 * f0 + 0.3 * f1 + 0.2 * f2, within(1e-15));
    assertThat(m.macroF1()).isCloseTo((f0 + f1 + f2) / 3, within(1e-15));
    assertThat(m.evaluated()).isEqualTo(100);
  }

  @Test
  void aClassNeverPredictedHasZeroPrecisionAndF1() {
    ClassificationMetrics m = ClassificationMetrics.of(new long[][] {{10, 0}, {5, 0}});

    assertThat(m.precision()[1]).isZero();
    assertThat(m.f1()[1]).isZero();
    assertThat(m.weightedF1()).isCloseTo(10.0 / 15 * (2 * (10.0 / 15) / (10.0 / 15 + 1)), within(1e-15));
  }

  @Test
  void agreesWithSparksEvaluatorOnTheSamePredictions() {
    List<Row> rows = new ArrayList<>();
    for (int a = 0; a < 3; a++) {
      for (int p = 0; p < 3; p++) {
        for (long i = 0; i < CONFUSION[a][p]; i++) {
          rows.add(RowFactory.create((double) a, (double) p));
        }
      }
    }
    Dataset<Row> predictions = SparkTestSession.get().createDataFrame(rows,
        new StructType().add("label", DataTypes.DoubleType).add("prediction", DataTypes.DoubleType));
    ClassificationMetrics m = ClassificationMetrics.of(CONFUSION);

    assertThat(m.weightedF1()).isCloseTo(new MulticlassClassificationEvaluator().setMetricName("f1")
        .evaluate(predictions), within(1e-12));
    assertThat(m.accuracy()).isCloseTo(new MulticlassClassificationEvaluator().setMetricName("accuracy")
        .evaluate(predictions), within(1e-12));
  }
}
