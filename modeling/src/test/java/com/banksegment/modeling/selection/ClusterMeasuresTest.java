package com.banksegment.modeling.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.banksegment.spark.SparkTestSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.evaluation.ClusteringEvaluator;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The SQL silhouette must be Spark's ClusteringEvaluator's figure, and WSSSE the textbook one. */
class ClusterMeasuresTest {
  static final StructType POINTS = new StructType()
      .add("pca", SQLDataTypes.VectorType())
      .add("prediction", DataTypes.IntegerType);

  final SparkSession spark = SparkTestSession.get();

  /** Three overlapping blobs in 3 dimensions, a singleton cluster (id 3) and an empty one (id 4). */
  Dataset<Row> blobsWithSingletonAndEmptyCluster() {
    Random random = new Random(7);
    List<Row> rows = new ArrayList<>();
    double[][] centres = {{0, 0, 0}, {2, 1, 0}, {0, 3, 1}};
    for (int i = 0; i < 300; i++) {
      int c = i % 3;
      rows.add(RowFactory.create(Vectors.dense(centres[c][0] + random.nextGaussian(),
          centres[c][1] + random.nextGaussian(), centres[c][2] + random.nextGaussian()), c));
    }
    rows.add(RowFactory.create(Vectors.dense(9, 9, 9), 3));
    return spark.createDataFrame(rows, POINTS);
  }

  @Test
  void silhouetteEqualsSparksEvaluatorIncludingASingletonCluster() {
    Dataset<Row> points = blobsWithSingletonAndEmptyCluster();

    ClusterMeasures.Measures measures = ClusterMeasures.of(points, "pca", "prediction", 3, 5);

    double spark = new ClusteringEvaluator().setFeaturesCol("pca").setPredictionCol("prediction").evaluate(points);
    assertThat(measures.silhouette()).isCloseTo(spark, within(1e-9));
    assertThat(measures.sizes()).containsExactly(100, 100, 100, 1, 0);
    assertThat(measures.clustersUsed()).isEqualTo(4);
  }

  @Test
  void wssseIsTheSumOfSquaredDistancesToEachClustersMean() {
    List<Row> rows = List.of(
        RowFactory.create(Vectors.dense(0, 0), 0), RowFactory.create(Vectors.dense(2, 0), 0),
        RowFactory.create(Vectors.dense(10, 10), 1), RowFactory.create(Vectors.dense(10, 14), 1),
        RowFactory.create(Vectors.dense(10, 12), 1));

    ClusterMeasures.Measures measures = ClusterMeasures.of(spark.createDataFrame(rows, POINTS), "pca",
        "prediction", 2, 2);

    // cluster 0: mean (1,0), 1 + 1; cluster 1: mean (10,12), 4 + 4 + 0
    assertThat(measures.wssse()).isCloseTo(10.0, within(1e-9));
    assertThat(measures.sizes()).containsExactly(2, 3);
  }

  @Test
  void oneUsedClusterHasNoSilhouette() {
    List<Row> rows = List.of(RowFactory.create(Vectors.dense(0, 0), 1), RowFactory.create(Vectors.dense(1, 1), 1));

    ClusterMeasures.Measures measures = ClusterMeasures.of(spark.createDataFrame(rows, POINTS), "pca",
        "prediction", 2, 3);

    assertThat(measures.silhouette()).isNaN();
    assertThat(measures.wssse()).isCloseTo(1.0, within(1e-12));
  }
}
