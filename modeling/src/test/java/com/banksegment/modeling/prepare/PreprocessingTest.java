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
}
