package com.banksegment.modeling;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.functions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * WSSSE (sum of squared Euclidean distances to the cluster's mean) and cluster sizes of any
 * clustering in one pass: per cluster and dimension, sum(x^2) - sum(x)^2 / n.
 */
final class ClusterCost {
  /** @param sizes customers per cluster index 0..k-1 */
  record Cost(double wssse, long[] sizes) {}

  private ClusterCost() {}

  static Cost of(Dataset<Row> predictions, String featuresCol, String predictionCol, int dims, int k) {
    Dataset<Row> arrays = predictions.select(col(predictionCol).as("c"),
        functions.vector_to_array(col(featuresCol), "float64").as("v"));
    int d = dims;
    List<Column> aggs = new ArrayList<>();
    for (int j = 1; j <= d; j++) {
      Column x = element_at(col("v"), j);
      aggs.add(sum(x).as("s" + j));
      aggs.add(sum(x.multiply(x)).as("q" + j));
    }
    Dataset<Row> perCluster = arrays.groupBy("c").agg(count(lit(1)).as("n"), aggs.toArray(new Column[0]));
    double total = 0;
    long[] sizes = new long[k];
    for (Row r : perCluster.collectAsList()) {
      long n = r.getLong(r.fieldIndex("n"));
      sizes[r.getInt(r.fieldIndex("c"))] = n;
      for (int j = 1; j <= d; j++) {
        double s = r.getDouble(r.fieldIndex("s" + j));
        double q = r.getDouble(r.fieldIndex("q" + j));
        total += q - s * s / n;
      }
    }
    return new Cost(total, sizes);
  }
}
