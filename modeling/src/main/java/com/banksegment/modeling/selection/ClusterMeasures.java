package com.banksegment.modeling.selection;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.functions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * WSSSE, cluster sizes and the silhouette of any clustering, in two passes of plain SQL
 * expressions (compiled by Spark's code generation).
 *
 * <p>The silhouette is the one of Spark's {@code ClusteringEvaluator} (squared Euclidean
 * distance, Rousseeuw's definition, linear in the number of points because the mean squared
 * distance of x to the points of cluster C is {@code |x|^2 + Psi_C / n_C - 2 x . S_C / n_C} with
 * S_C the sum and Psi_C the sum of squared norms of C's points). The evaluator computes it with a
 * Scala closure per point that is several times slower than these expressions; a test checks
 * that both give the same figure.
 */
public final class ClusterMeasures {
  /**
   * @param sizes customers per cluster index 0..k-1
   * @param silhouette NaN when fewer than two clusters hold points
   */
  record Measures(double wssse, long[] sizes, double silhouette) {
    long clustersUsed() {
      return java.util.Arrays.stream(sizes).filter(size -> size > 0).count();
    }
  }

  private record ClusterSums(long n, double[] sum, double squaredNormSum) {}

  private ClusterMeasures() {}

  static Measures of(Dataset<Row> predictions, String featuresCol, String predictionCol, int dims, int k) {
    Dataset<Row> points = predictions.select(col(predictionCol).cast("int").as("c"),
        functions.vector_to_array(col(featuresCol), "float64").as("v"));
    List<Column> x = new ArrayList<>();
    for (int j = 1; j <= dims; j++) {
      x.add(element_at(col("v"), j));
    }
    ClusterSums[] clusters = clusterSums(points, x, k);
    double wssse = 0;
    long[] sizes = new long[k];
    int used = 0;
    for (int c = 0; c < k; c++) {
      if (clusters[c] != null) {
        sizes[c] = clusters[c].n();
        used++;
        double squaredSumNorm = 0;
        for (double s : clusters[c].sum()) {
          squaredSumNorm += s * s;
        }
        wssse += clusters[c].squaredNormSum() - squaredSumNorm / clusters[c].n();
      }
    }
    double silhouette = used < 2 ? Double.NaN : silhouette(points, x, clusters);
    return new Measures(wssse, sizes, silhouette);
  }

  /** Pass 1: per cluster, the count, the sum of the points and the sum of their squared norms. */
  private static ClusterSums[] clusterSums(Dataset<Row> points, List<Column> x, int k) {
    int dims = x.size();
    List<Column> aggs = new ArrayList<>();
    for (int j = 0; j < dims; j++) {
      aggs.add(sum(x.get(j)).as("s" + j));
    }
    aggs.add(sum(squaredNorm(x)).as("psi"));
    ClusterSums[] clusters = new ClusterSums[k];
    for (Row r : points.groupBy("c").agg(count(lit(1)).as("n"), aggs.toArray(new Column[0])).collectAsList()) {
      double[] s = new double[dims];
      for (int j = 0; j < dims; j++) {
        s[j] = r.getDouble(r.fieldIndex("s" + j));
      }
      clusters[r.getInt(r.fieldIndex("c"))] = new ClusterSums(r.getLong(r.fieldIndex("n")), s,
          r.getDouble(r.fieldIndex("psi")));
    }
    return clusters;
  }

  /** Pass 2: the mean over all points of (b - a) / max(a, b), singletons counting 0. */
  private static double silhouette(Dataset<Row> points, List<Column> x, ClusterSums[] clusters) {
    Dataset<Row> withNorm = points.withColumn("sq", squaredNorm(x));
    List<Column> others = new ArrayList<>();
    Column own = null;
    Column ownSize = null;
    for (int c = 0; c < clusters.length; c++) {
      ClusterSums cluster = clusters[c];
      if (cluster == null) {
        continue;
      }
      Column dot = lit(0.0);
      for (int j = 0; j < x.size(); j++) {
        dot = dot.plus(x.get(j).multiply(lit(cluster.sum()[j])));
      }
      Column meanDistance = col("sq").plus(lit(cluster.squaredNormSum() / cluster.n()))
          .minus(dot.multiply(lit(2.0 / cluster.n())));
      withNorm = withNorm.withColumn("d" + c, meanDistance);
      others.add(when(col("c").notEqual(lit(c)), col("d" + c)));
      own = (own == null ? when(col("c").equalTo(lit(c)), col("d" + c)) : own.when(col("c").equalTo(lit(c)), col("d" + c)));
      ownSize = (ownSize == null ? when(col("c").equalTo(lit(c)), lit((double) cluster.n()))
          : ownSize.when(col("c").equalTo(lit(c)), lit((double) cluster.n())));
    }
    // a: mean distance to the rest of the own cluster (the point itself excluded); b: nearest other cluster.
    Dataset<Row> ab = withNorm.select(col("c"), ownSize.as("n_own"),
        when(ownSize.gt(lit(1.0)), own.multiply(ownSize).divide(ownSize.minus(lit(1.0)))).as("a"),
        least(others.toArray(new Column[0])).as("b"));
    Column coefficient = when(col("n_own").equalTo(lit(1.0)), lit(0.0))
        .when(col("a").lt(col("b")), lit(1.0).minus(col("a").divide(col("b"))))
        .when(col("a").gt(col("b")), col("b").divide(col("a")).minus(lit(1.0)))
        .otherwise(lit(0.0));
    return ab.agg(avg(coefficient)).first().getDouble(0);
  }

  /** |x|^2 of a point given as its coordinate columns. */
  private static Column squaredNorm(List<Column> x) {
    Column squaredNorm = lit(0.0);
    for (Column xj : x) {
      squaredNorm = squaredNorm.plus(xj.multiply(xj));
    }
    return squaredNorm;
  }
}
