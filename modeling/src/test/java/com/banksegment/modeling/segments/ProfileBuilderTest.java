package com.banksegment.modeling.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.banksegment.modeling.prepare.ModelInputs;
import com.banksegment.spark.SparkTestSession;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class ProfileBuilderTest {
  private static final ModelInputs RFM = ModelInputs.withAttributes(List.of());
  private static final StructType ASSIGNED = new StructType()
      .add("prediction", DataTypes.IntegerType).add("recency_days", DataTypes.IntegerType)
      .add("frequency", DataTypes.IntegerType).add("monetary", DataTypes.DoubleType)
      .add("gender", DataTypes.StringType).add("rfm_segment", DataTypes.StringType)
      .add("scaled", SQLDataTypes.VectorType()).add("pca", SQLDataTypes.VectorType());

  private static Row customer(int cluster, int recency, int frequency, double monetary, String rfmSegment) {
    return RowFactory.create(cluster, recency, frequency, monetary, "M", rfmSegment,
        Vectors.dense(recency / 10.0, frequency, monetary / 100), Vectors.dense(cluster, -cluster));
  }

  @Test
  void eachClusterIsNamedAfterItsMostFrequentRfmSegmentTheAlphabeticallyFirstOnATie() {
    List<Row> rows = new ArrayList<>();
    // Cluster 0: "Loyal" and "At risk" twice each, "Champions" once: a tie, "At risk" comes first.
    rows.add(customer(0, 10, 3, 300, "Loyal"));
    rows.add(customer(0, 12, 2, 200, "Loyal"));
    rows.add(customer(0, 40, 1, 100, "At risk"));
    rows.add(customer(0, 50, 1, 150, "At risk"));
    rows.add(customer(0, 5, 6, 900, "Champions"));
    // Cluster 1: "Lost" three times.
    rows.add(customer(1, 300, 1, 20, "Lost"));
    rows.add(customer(1, 320, 1, 10, "Lost"));
    rows.add(customer(1, 280, 1, 30, "Lost"));
    rows.add(customer(1, 250, 2, 60, "Hibernating"));

    List<ClusterProfile> profiles = ProfileBuilder.build(
        SparkTestSession.get().createDataFrame(rows, ASSIGNED).repartition(3), 2, 2, null, RFM);

    assertThat(profiles).extracting(ClusterProfile::dominantRfmSegment).containsExactly("At risk", "Lost");
    assertThat(profiles).extracting(ClusterProfile::size).containsExactly(5L, 4L);
    assertThat(profiles.get(0).totalMonetary()).isEqualTo(1650.0);
    assertThat(profiles.get(1).mean()[0]).isCloseTo(287.5, within(1e-9));
    assertThat(profiles.get(1).centroid()).containsExactly(1.0, -1.0);

    // A model with centres (K-means): the centroid is the model's, whatever the members' mean.
    double[][] centres = {{0.5, 0.25}, {-2.0, 3.0}};
    List<ClusterProfile> withCentres = ProfileBuilder.build(
        SparkTestSession.get().createDataFrame(rows, ASSIGNED).repartition(3), 2, 2, centres, RFM);
    assertThat(withCentres.get(0).centroid()).containsExactly(0.5, 0.25);
    assertThat(withCentres.get(1).centroid()).containsExactly(-2.0, 3.0);
    assertThat(withCentres).extracting(ClusterProfile::dominantRfmSegment).containsExactly("At risk", "Lost");
  }
}
