package com.banksegment.modeling.selection;

import com.banksegment.modeling.clustering.Points;
import com.banksegment.modeling.prepare.Preprocessing;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The customers' PCA coordinates brought to the driver once, in customer id order: the sample,
 * the k-means++ draws and so the fits then depend on the data and the seed only, not on how
 * Spark happened to partition the table (issue #15: the same file gave another k after a change
 * of partitioning).
 */
final class DriverPoints {
  static final String CUSTOMER_ID = "customer_id";

  private DriverPoints() {}

  static Points collect(Dataset<Row> features, int dims) {
    // One flat array per partition: a million small vectors would cost far more to ship and to hold.
    List<double[]> parts = features.orderBy(CUSTOMER_ID).select(Preprocessing.PCA_COL).javaRDD().mapPartitions(
        (Iterator<Row> rows) -> {
          double[] flat = new double[1024 * dims];
          int used = 0;
          while (rows.hasNext()) {
            double[] v = ((Vector) rows.next().get(0)).toArray();
            if (used + dims > flat.length) {
              flat = java.util.Arrays.copyOf(flat, flat.length * 2);
            }
            System.arraycopy(v, 0, flat, used, dims);
            used += dims;
          }
          List<double[]> one = new ArrayList<>(1);
          one.add(java.util.Arrays.copyOf(flat, used));
          return one.iterator();
        }).collect();
    int total = parts.stream().mapToInt(p -> p.length).sum();
    double[] coords = new double[total];
    int at = 0;
    for (double[] p : parts) {
      System.arraycopy(p, 0, coords, at, p.length);
      at += p.length;
    }
    return new Points(coords, total / dims, dims);
  }
}
