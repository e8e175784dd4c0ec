package com.banksegment.modeling.selection;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.modeling.clustering.Parallel;
import com.banksegment.modeling.clustering.Partition;
import com.banksegment.modeling.clustering.Points;
import com.banksegment.spark.SparkTestSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Spark KMeansModel built from driver centres assigns every point as the driver does, and saves. */
class SparkKMeansTest {
  @TempDir
  Path dir;

  @Test
  void assignsLikeTheDriverAndReadsBackAfterSaving() throws Exception {
    Random random = new Random(5);
    double[][] rows = new double[500][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = new double[] {random.nextGaussian() * 3, random.nextGaussian() * 3, random.nextGaussian()};
    }
    Points points = Points.of(rows);
    double[] centres = {0, 0, 0, 3, 3, 0, -3, 2, 1, 2, -3, -1};
    int[] driver = Partition.assign(points, centres, Parallel.sequential()).labels();

    KMeansModel model = SparkKMeans.fromCentres(centres, 3);
    List<Row> input = new ArrayList<>();
    for (double[] r : rows) {
      input.add(RowFactory.create(Vectors.dense(r)));
    }
    var df = SparkTestSession.get().createDataFrame(input, new StructType().add("pca", SQLDataTypes.VectorType()));
    List<Row> predicted = model.transform(df).select("prediction").collectAsList();

    for (int i = 0; i < rows.length; i++) {
      assertThat(predicted.get(i).getInt(0)).as("point %d", i).isEqualTo(driver[i]);
    }
    assertThat(model.getK()).isEqualTo(4);
    model.write().save(dir.resolve("m").toString());
    KMeansModel read = KMeansModel.load(dir.resolve("m").toString());
    assertThat(read.clusterCenters()[2].toArray()).containsExactly(-3, 2, 1);
    assertThat(read.getK()).isEqualTo(4);
  }
}
