package com.banksegment.modeling.segments;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.mode;
import static org.apache.spark.sql.functions.percentile_approx;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.banksegment.modeling.prepare.ModelInputs;
import com.banksegment.modeling.prepare.Preprocessing;
import com.banksegment.modeling.selection.ModelSelection;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.functions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Cluster profiles in one aggregation over the assigned customers. */
public final class ProfileBuilder {
  /** Relative error of the medians is about 1 / this (Spark's percentile_approx accuracy): ample for a typical customer. */
  private static final int MEDIAN_ACCURACY = 1_000;

  private ProfileBuilder() {}

  /**
   * @param assigned customers with the raw inputs, {@code scaled}, {@code pca} and {@code prediction}
   * @param centroids the model's centres by cluster index, or null to use the mean of each cluster
   * @param inputs the model's inputs: only those are profiled (the others' means and medians are NaN)
   */
  public static List<ClusterProfile> build(Dataset<Row> assigned, int k, int dims, double[][] centroids,
      ModelInputs inputs) {
    List<ClusterProfile> profiles = profiles(assigned, dims, centroids, inputs);
    if (profiles.size() != k) {
      // K-means can leave a cluster empty on degenerate data; the model still has k centres.
      throw new IllegalStateException(profiles.size() + " of " + k + " clusters have customers: expected every"
          + " cluster to be used (too few distinct customers for k = " + k + "?)");
    }
    return profiles;
  }

  /**
   * Profiles of customers assigned by an existing model (a score-only run): a segment none of them
   * fall into gets a profile of 0 customers (no means or medians) at the model's centroid.
   */
  public static List<ClusterProfile> buildForServedModel(Dataset<Row> assigned, int k, int dims,
      double[][] centroids, ModelInputs inputs) {
    List<ClusterProfile> profiles = new ArrayList<>(profiles(assigned, dims, centroids, inputs));
    for (int index = 0; index < k; index++) {
      int i = index;
      if (profiles.stream().noneMatch(p -> p.index() == i)) {
        double[] none = new double[ClusterProfile.NUMERIC_INPUTS.size()];
        java.util.Arrays.fill(none, Double.NaN);
        double[] scaled = new double[inputs.size()];
        java.util.Arrays.fill(scaled, Double.NaN);
        profiles.add(new ClusterProfile(index, 0, 0.0, none, none.clone(), Double.NaN, Double.NaN, Double.NaN,
            "Others", 0.0, scaled, centroids[index].clone(), inputs));
      }
    }
    profiles.sort(java.util.Comparator.comparingInt(ClusterProfile::index));
    return profiles;
  }

  private static List<ClusterProfile> profiles(Dataset<Row> assigned, int dims, double[][] centroids,
      ModelInputs inputs) {
    List<String> numeric = ClusterProfile.NUMERIC_INPUTS;
    int n = inputs.size();
    List<Column> aggs = new ArrayList<>();
    for (String f : numeric) {
      if (inputs.has(f)) {
        aggs.add(avg(col(f).cast("double")).as("mean_" + f));
        aggs.add(percentile_approx(col(f).cast("double"), lit(0.5), lit(MEDIAN_ACCURACY)).as("median_" + f));
      }
    }
    aggs.add(sum(when(col("gender").equalTo("M"), 1L).otherwise(0L)).as("male"));
    aggs.add(sum(when(col("gender").equalTo("F"), 1L).otherwise(0L)).as("female"));
    aggs.add(sum(col("monetary")).as("total_monetary"));
    // The most frequent RFM segment of the cluster; deterministic: on a tie the lowest value, the
    // alphabetically first name. In this aggregation rather than a grouping of its own: one pass.
    aggs.add(mode(col("rfm_segment"), true).as("dominant_rfm_segment"));
    for (int j = 1; j <= n; j++) {
      aggs.add(avg(element_at(col("scaled_arr"), j)).as("scaled_" + j));
    }
    // A model with centres (K-means) gives the centroid: only the others need the PCA means, so
    // only they unpack every customer's PCA vector (no measurable gain at 1M: the medians' sketches
    // are most of this pass).
    Dataset<Row> source = assigned
        .withColumn("scaled_arr", functions.vector_to_array(col(Preprocessing.SCALED), "float64"));
    if (centroids == null) {
      source = source.withColumn("pca_arr", functions.vector_to_array(col(Preprocessing.PCA_COL), "float64"));
      for (int j = 1; j <= dims; j++) {
        aggs.add(avg(element_at(col("pca_arr"), j)).as("pca_" + j));
      }
    }
    Dataset<Row> rows = source
        .groupBy(ModelSelection.PREDICTION)
        .agg(count(lit(1)).as("size"), aggs.toArray(new Column[0]));
    List<Row> collected = rows.collectAsList();
    long total = collected.stream().mapToLong(r -> r.getLong(r.fieldIndex("size"))).sum();
    List<ClusterProfile> profiles = new ArrayList<>();
    for (Row r : collected) {
      int index = r.getInt(r.fieldIndex(ModelSelection.PREDICTION));
      long size = r.getLong(r.fieldIndex("size"));
      double[] mean = new double[numeric.size()];
      double[] median = new double[numeric.size()];
      for (int i = 0; i < numeric.size(); i++) {
        boolean used = inputs.has(numeric.get(i));
        mean[i] = used ? r.getDouble(r.fieldIndex("mean_" + numeric.get(i))) : Double.NaN;
        median[i] = used ? r.getDouble(r.fieldIndex("median_" + numeric.get(i))) : Double.NaN;
      }
      double[] scaledMean = new double[n];
      for (int j = 0; j < n; j++) {
        scaledMean[j] = r.getDouble(r.fieldIndex("scaled_" + (j + 1)));
      }
      double[] centroid = new double[dims];
      for (int j = 0; j < dims; j++) {
        centroid[j] = centroids != null ? centroids[index][j] : r.getDouble(r.fieldIndex("pca_" + (j + 1)));
      }
      boolean gender = inputs.has("gender");
      double male = gender ? (double) r.getLong(r.fieldIndex("male")) / size : Double.NaN;
      double female = gender ? (double) r.getLong(r.fieldIndex("female")) / size : Double.NaN;
      profiles.add(new ClusterProfile(index, size, (double) size / total, mean, median, male, female,
          1.0 - male - female, dominant(r),
          r.getDouble(r.fieldIndex("total_monetary")), scaledMean, centroid, inputs));
    }
    profiles.sort(java.util.Comparator.comparingInt(ClusterProfile::index));
    return profiles;
  }

  /**
   * The median of each numeric input over all customers: what segment names are measured against
   * (in {@link ClusterProfile#NUMERIC_INPUTS} order; NaN for an input the model does not have).
   */
  public static double[] populationMedians(Dataset<Row> customers, ModelInputs inputs) {
    List<String> numeric = ClusterProfile.NUMERIC_INPUTS;
    List<String> used = numeric.stream().filter(inputs::has).toList();
    Column[] medians = used.stream()
        .map(f -> percentile_approx(col(f).cast("double"), lit(0.5), lit(MEDIAN_ACCURACY)).as("median_" + f))
        .toArray(Column[]::new);
    Row r = customers.agg(medians[0], java.util.Arrays.copyOfRange(medians, 1, medians.length)).first();
    double[] out = new double[numeric.size()];
    for (int i = 0; i < out.length; i++) {
      int at = used.indexOf(numeric.get(i));
      out[i] = at < 0 ? Double.NaN : r.getDouble(at);
    }
    return out;
  }

  /** A cluster's most frequent RFM segment; "Others" when none of its customers has one. */
  private static String dominant(Row r) {
    int at = r.fieldIndex("dominant_rfm_segment");
    return r.isNullAt(at) ? "Others" : r.getString(at);
  }
}
