package com.banksegment.modeling.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.banksegment.spark.SparkTestSession;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.evaluation.ClusteringEvaluator;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The driver's silhouette must be Spark's ClusteringEvaluator's figure (the one the Spark path reports). */
class ClusterQualityTest {
  @Test
  void silhouetteEqualsSparksEvaluatorWithASingletonAndAnEmptyCluster() {
    Points blobs = Blobs.around(new double[][] {{0, 0, 0}, {2, 1, 0}, {0, 3, 1}}, 100, 1.0, 7);
    double[] coords = java.util.Arrays.copyOf(blobs.coords(), blobs.coords().length + 3);
    coords[coords.length - 3] = 9;
    coords[coords.length - 2] = 9;
    coords[coords.length - 1] = 9;
    Points points = new Points(coords, blobs.n() + 1, 3);
    int[] labels = java.util.Arrays.copyOf(Blobs.truth(blobs.n(), 3), points.n());
    labels[points.n() - 1] = 3; // a singleton; cluster 4 stays empty

    ClusterQuality quality;
    try (Parallel parallel = new Parallel(2)) {
      quality = ClusterQuality.of(points, labels, 5, parallel);
    }

    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < points.n(); i++) {
      rows.add(RowFactory.create(Vectors.dense(points.point(i)), labels[i]));
    }
    StructType schema = new StructType().add("pca", SQLDataTypes.VectorType()).add("prediction", DataTypes.IntegerType);
    double spark = new ClusteringEvaluator().setFeaturesCol("pca").setPredictionCol("prediction")
        .evaluate(SparkTestSession.get().createDataFrame(rows, schema));
    assertThat(quality.silhouette()).isCloseTo(spark, within(1e-9));
    assertThat(quality.sizes()).containsExactly(100, 100, 100, 1, 0);
    assertThat(quality.clustersUsed()).isEqualTo(4);
  }

  @Test
  void wssseIsTheSumOfSquaredDistancesToEachClustersMean() {
    Points points = Points.of(new double[][] {{0, 0}, {2, 0}, {10, 10}, {10, 14}, {10, 12}});

    ClusterQuality quality = ClusterQuality.of(points, new int[] {0, 0, 1, 1, 1}, 2, Parallel.sequential());

    // cluster 0: mean (1,0), 1 + 1; cluster 1: mean (10,12), 4 + 4 + 0
    assertThat(quality.wssse()).isCloseTo(10.0, within(1e-9));
    assertThat(quality.sizes()).containsExactly(2, 3);
  }

  @Test
  void oneUsedClusterHasNoSilhouette() {
    ClusterQuality quality = ClusterQuality.of(Points.of(new double[][] {{0, 0}, {1, 1}}), new int[] {1, 1}, 3,
        Parallel.sequential());

    assertThat(quality.silhouette()).isNaN();
    assertThat(quality.wssse()).isCloseTo(1.0, within(1e-12));
  }
}
