package com.banksegment.modeling.selection;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.modeling.clustering.Points;
import com.banksegment.spark.SparkTestSession;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class DriverPointsTest {

  /**
   * 3,000 customers in shuffled order; besides plain ids, ids whose UTF-16 order differs from
   * their UTF-8 order (a character of E000-FFFF against one above U+FFFF) and ids that are
   * prefixes of others.
   */
  private static Dataset<Row> customers() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3_000 - 6; i++) {
      ids.add("C" + (i * 7919 % 100_000));
    }
    ids.addAll(List.of("C\uFF21", "C\uD83D\uDE00", "C\u00E9", "C", "C1", "C\uE000x"));
    Collections.shuffle(ids, new Random(4));
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      rows.add(RowFactory.create(ids.get(i), Vectors.dense(i, -i, i * 0.5)));
    }
    return SparkTestSession.get().createDataFrame(rows,
        new StructType().add("customer_id", DataTypes.StringType).add("pca", SQLDataTypes.VectorType()));
  }

  @Test
  void thePointsComeInSparksOrderOfTheIdsWhateverThePartitioning() {
    Dataset<Row> customers = customers();
    List<Row> sortedBySpark = customers.repartition(5).orderBy("customer_id").collectAsList();

    // 200 partitions for 3,000 customers: runs of every size, some of them empty.
    for (int partitions : new int[] {1, 3, 8, 200}) {
      Points points = DriverPoints.collect(customers.repartition(partitions), 3);

      assertThat(points.n()).isEqualTo(sortedBySpark.size());
      for (int i = 0; i < points.n(); i++) {
        assertThat(points.point(i)).as("customer %s", sortedBySpark.get(i).getString(0))
            .containsExactly(((Vector) sortedBySpark.get(i).get(1)).toArray());
      }
    }
  }

  @Test
  void theMergeTakesEmptyRunsAndKeepsTheRunsOrderForEqualIds() {
    DriverPoints.Run first = run(new String[] {"A", "B", "B"}, 1, 2, 3);
    DriverPoints.Run empty = run(new String[0]);
    DriverPoints.Run second = run(new String[] {"AB", "B", "\u00E9"}, 4, 5, 6);

    Points merged = DriverPoints.merge(List.of(first, empty, second), 1);

    // "A" < "AB" (a prefix first) < "B" x 3 (first's two, then second's) < "\u00E9" (bytes C3 A9, unsigned)
    assertThat(merged.coords()).containsExactly(1, 4, 2, 3, 5, 6);
    assertThat(DriverPoints.merge(List.of(empty), 1).n()).isZero();
  }

  private static DriverPoints.Run run(String[] ids, double... coords) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    int[] ends = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      bytes.writeBytes(ids[i].getBytes(java.nio.charset.StandardCharsets.UTF_8));
      ends[i] = bytes.size();
    }
    return new DriverPoints.Run(bytes.toByteArray(), ends, coords);
  }
}
