package com.banksegment.modeling;

import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.functions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The published BI tables of a model run (columns documented in docs/data-contract.md). */
final class SegmentTables {
  static final String CUSTOMER_SEGMENTS = "customer_segments";
  static final String SEGMENT_PROFILES = "segment_profiles";
  static final String MODEL_SELECTION = "model_selection";
  static final String MODEL_METRICS = "model_metrics";

  private SegmentTables() {}

  /** A column that maps a class or cluster index to the value at that index. */
  static Column lookup(Column index, List<?> values) {
    Column out = null;
    for (int i = 0; i < values.size(); i++) {
      Column branch = lit(values.get(i));
      out = out == null ? when(index.equalTo(i), branch) : out.when(index.equalTo(i), branch);
    }
    return out;
  }

  /** One row per customer: segment, RFM, the model inputs, the first two PCA coordinates, Naive Bayes. */
  static Dataset<Row> customerSegments(Dataset<Row> scored, List<Segment> segments, int dims) {
    List<Integer> ids = segments.stream().map(Segment::id).toList();
    List<String> names = segments.stream().map(Segment::name).toList();
    Column label = col(NaiveBayesStage.LABEL).cast("int");
    Column pca = functions.vector_to_array(col(Preprocessing.PCA_COL), "float64");
    return scored.select(
        col("customer_id"),
        lookup(label, ids).cast("int").as("cluster_id"),
        lookup(label, names).as("segment_name"),
        col("rfm_segment"), col("r_score"), col("f_score"), col("m_score"), col("rfm_score"),
        col("recency_days"), col("frequency"), col("monetary"), col("age"), col("balance"), col("gender"),
        element_at(pca, 1).as("pca_1"),
        dims > 1 ? element_at(pca, 2).as("pca_2") : lit(null).cast("double").as("pca_2"),
        lookup(col(NaiveBayesStage.NB_PREDICTION).cast("int"), ids).cast("int").as("nb_cluster_id"),
        array_max(functions.vector_to_array(col(NaiveBayesStage.NB_PROBABILITY), "float64")).as("nb_probability"));
  }

  static Dataset<Row> segmentProfiles(SparkSession spark, List<Segment> segments, String previousRunDate) {
    List<StructField> fields = new ArrayList<>(List.of(
        field("cluster_id", DataTypes.IntegerType, false),
        field("model_cluster_index", DataTypes.IntegerType, false),
        field("segment_name", DataTypes.StringType, false),
        field("action", DataTypes.StringType, false),
        field("customers", DataTypes.LongType, false),
        field("share", DataTypes.DoubleType, false)));
    for (String f : ClusterProfile.NUMERIC_INPUTS) {
      fields.add(field("mean_" + f, DataTypes.DoubleType, false));
      fields.add(field("median_" + f, DataTypes.DoubleType, false));
    }
    fields.addAll(List.of(
        field("share_male", DataTypes.DoubleType, false),
        field("share_female", DataTypes.DoubleType, false),
        field("share_unknown_gender", DataTypes.DoubleType, false),
        field("dominant_rfm_segment", DataTypes.StringType, false),
        field("total_monetary", DataTypes.DoubleType, false),
        field("centroid", DataTypes.createArrayType(DataTypes.DoubleType, false), false),
        field("previous_run_date", DataTypes.StringType, true),
        field("previous_cluster_id", DataTypes.IntegerType, true),
        field("match_distance", DataTypes.DoubleType, true)));
    List<Row> rows = new ArrayList<>();
    for (Segment s : segments) {
      ClusterProfile p = s.profile();
      List<Object> v = new ArrayList<>(List.of(s.id(), p.index(), s.name(), s.action(), p.size(), p.share()));
      for (int i = 0; i < ClusterProfile.NUMERIC_INPUTS.size(); i++) {
        v.add(p.mean()[i]);
        v.add(p.median()[i]);
      }
      boolean matched = s.match().previousId() != null;
      v.addAll(List.of(p.shareMale(), p.shareFemale(), p.shareUnknown(), p.dominantRfmSegment(), p.totalMonetary(),
          p.centroid().clone()));
      v.add(matched ? previousRunDate : null);
      v.add(s.match().previousId());
      v.add(matched ? s.match().distance() : null);
      rows.add(RowFactory.create(v.toArray()));
    }
    return spark.createDataFrame(rows, new StructType(fields.toArray(new StructField[0])));
  }

  static Dataset<Row> modelSelection(SparkSession spark, List<SweepPoint> points, SweepPoint production,
      KChoice choice) {
    StructType schema = new StructType(new StructField[] {
        field("algorithm", DataTypes.StringType, false),
        field("k", DataTypes.IntegerType, false),
        field("wssse", DataTypes.DoubleType, false),
        field("silhouette", DataTypes.DoubleType, false),
        field("chosen", DataTypes.BooleanType, false),
        field("knee", DataTypes.BooleanType, false),
        field("fit_customers", DataTypes.LongType, false),
        field("fit_seconds", DataTypes.DoubleType, false)});
    List<Row> rows = new ArrayList<>();
    for (SweepPoint p : points) {
      boolean chosen = p == production;
      boolean knee = p.algorithm().equals(ModelSelection.KMEANS) && choice.knee() != null && p.k() == choice.knee()
          && p.fitCustomers() == points.get(0).fitCustomers();
      rows.add(RowFactory.create(p.algorithm(), p.k(), p.wssse(), p.silhouette(), chosen, knee, p.fitCustomers(),
          p.fitSeconds()));
    }
    return spark.createDataFrame(rows, schema);
  }

  /** Long format: one row per figure; per-cluster figures carry the cluster id. */
  static Dataset<Row> modelMetrics(SparkSession spark, List<MetricRow> metrics) {
    StructType schema = new StructType(new StructField[] {
        field("metric", DataTypes.StringType, false),
        field("cluster_id", DataTypes.IntegerType, true),
        field("predicted_cluster_id", DataTypes.IntegerType, true),
        field("value", DataTypes.DoubleType, false)});
    List<Row> rows = metrics.stream()
        .map(m -> RowFactory.create(m.metric(), m.clusterId(), m.predictedClusterId(), m.value()))
        .toList();
    return spark.createDataFrame(rows, schema);
  }

  /** One figure of model_metrics. */
  record MetricRow(String metric, Integer clusterId, Integer predictedClusterId, double value) {
    static MetricRow of(String metric, double value) {
      return new MetricRow(metric, null, null, value);
    }
  }

  private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }
}
