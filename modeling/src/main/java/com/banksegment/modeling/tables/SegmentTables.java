package com.banksegment.modeling.tables;

import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import com.banksegment.contract.LakeTables;
import com.banksegment.modeling.classifier.NaiveBayesClassifier;
import com.banksegment.modeling.lifetime.LifetimeModel;
import com.banksegment.modeling.lifetime.SegmentLifetime;
import com.banksegment.modeling.prepare.Preprocessing;
import com.banksegment.modeling.segments.ClusterProfile;
import com.banksegment.modeling.segments.Segment;
import com.banksegment.modeling.selection.KChoice;
import com.banksegment.modeling.selection.ModelSelection;
import com.banksegment.modeling.selection.SweepPoint;
import com.banksegment.spark.SparkSchemas;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.functions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/** The rows of the published BI tables of a model run, in the contract's columns (docs/data-contract.md). */
public final class SegmentTables {
  private SegmentTables() {}

  /** A column that maps a class or cluster index to the value at that index. */
  public static Column lookup(Column index, List<?> values) {
    Column out = null;
    for (int i = 0; i < values.size(); i++) {
      Column branch = lit(values.get(i));
      out = out == null ? when(index.equalTo(i), branch) : out.when(index.equalTo(i), branch);
    }
    return out;
  }

  /**
   * One row per customer: segment, RFM, the model inputs, the first two PCA coordinates, the
   * served classifier's most probable segment and its probability (in the columns nb_cluster_id and
   * nb_probability, named when Naive Bayes was the only classifier: see docs/data-contract.md), and
   * the lifetime columns of {@link LifetimeModel#predict} with the run's fit status. Age, balance and
   * gender are as in clean/customers: null in every row when the source lacks them.
   */
  public static Dataset<Row> customerSegments(Dataset<Row> scored, String predictionCol, String probabilityCol,
      List<Segment> segments, int dims, String lifetimeStatus) {
    List<Integer> ids = segments.stream().map(Segment::id).toList();
    List<String> names = segments.stream().map(Segment::name).toList();
    Column label = col(NaiveBayesClassifier.LABEL).cast("int");
    Column pca = functions.vector_to_array(col(Preprocessing.PCA_COL), "float64");
    return scored.select(
        col("customer_id"),
        lookup(label, ids).cast("int").as("cluster_id"),
        lookup(label, names).as("segment_name"),
        col("rfm_segment"), col("r_score"), col("f_score"), col("m_score"), col("rfm_score"),
        col("recency_days"), col("frequency"), col("monetary"), col("age"), col("balance"), col("gender"),
        element_at(pca, 1).as("pca_1"),
        dims > 1 ? element_at(pca, 2).as("pca_2") : lit(null).cast("double").as("pca_2"),
        lookup(col(predictionCol).cast("int"), ids).cast("int").as("nb_cluster_id"),
        array_max(functions.vector_to_array(col(probabilityCol), "float64")).as("nb_probability"),
        col(LifetimeModel.P_ALIVE), col(LifetimeModel.EXPECTED_TRANSACTIONS), col(LifetimeModel.EXPECTED_SPEND),
        col(LifetimeModel.CLV), lit(lifetimeStatus).as("lifetime_status"));
  }

  /** Per segment (by cluster id) lifetime sums and means over the staged customer_segments. */
  public static Map<Integer, SegmentLifetime> segmentLifetime(Dataset<Row> customerSegments) {
    Map<Integer, SegmentLifetime> out = new HashMap<>();
    for (Row r : customerSegments.groupBy("cluster_id").agg(avg(LifetimeModel.P_ALIVE),
        sum(LifetimeModel.EXPECTED_TRANSACTIONS), avg(LifetimeModel.EXPECTED_TRANSACTIONS),
        sum(LifetimeModel.CLV), avg(LifetimeModel.CLV)).collectAsList()) {
      out.put(r.getInt(0), new SegmentLifetime(nullable(r, 1), nullable(r, 2), nullable(r, 3), nullable(r, 4),
          nullable(r, 5)));
    }
    return out;
  }

  private static Double nullable(Row r, int i) {
    return r.isNullAt(i) ? null : r.getDouble(i);
  }


  public static Dataset<Row> segmentProfiles(SparkSession spark, List<Segment> segments, String previousRunDate,
      Map<Integer, SegmentLifetime> lifetime) {
    List<Row> rows = new ArrayList<>();
    for (Segment s : segments) {
      ClusterProfile p = s.profile();
      List<Object> v = new ArrayList<>(List.of(s.id(), p.index(), s.name(), s.action(), p.size(), p.share()));
      // An input the model does not have (its source lacks it) is null here, never NaN or 0.
      for (int i = 0; i < ClusterProfile.NUMERIC_INPUTS.size(); i++) {
        v.add(orNull(p.mean()[i]));
        v.add(orNull(p.median()[i]));
      }
      boolean matched = s.match().previousId() != null;
      v.add(orNull(p.shareMale()));
      v.add(orNull(p.shareFemale()));
      v.add(orNull(p.shareUnknown()));
      v.addAll(List.of(p.dominantRfmSegment(), p.totalMonetary(), p.centroid().clone()));
      v.add(matched ? previousRunDate : null);
      v.add(s.match().previousId());
      v.add(matched ? s.match().distance() : null);
      SegmentLifetime l = lifetime.getOrDefault(s.id(), SegmentLifetime.NONE);
      v.addAll(java.util.Arrays.asList(l.meanPAlive(), l.sumExpectedTransactions(), l.meanExpectedTransactions(),
          l.sumClv(), l.meanClv()));
      rows.add(RowFactory.create(v.toArray()));
    }
    return spark.createDataFrame(rows, SparkSchemas.of(LakeTables.SEGMENT_PROFILES));
  }

  private static Double orNull(double v) {
    return Double.isNaN(v) ? null : v;
  }

  public static Dataset<Row> modelSelection(SparkSession spark, List<SweepPoint> points, SweepPoint production,
      KChoice choice) {
    List<Row> rows = new ArrayList<>();
    for (SweepPoint p : points) {
      boolean chosen = p == production;
      boolean knee = p.algorithm().equals(ModelSelection.KMEANS) && choice.knee() != null && p.k() == choice.knee()
          && p.fitCustomers() == points.get(0).fitCustomers();
      rows.add(RowFactory.create(p.algorithm(), p.k(), p.wssse(), p.silhouette(), chosen, knee, p.fitCustomers(),
          p.fitSeconds()));
    }
    return spark.createDataFrame(rows, SparkSchemas.of(LakeTables.MODEL_SELECTION));
  }

  /** Long format: one row per figure; per-cluster figures carry the cluster id. */
  public static Dataset<Row> modelMetrics(SparkSession spark, List<MetricRow> metrics) {
    List<Row> rows = metrics.stream()
        .map(m -> RowFactory.create(m.metric(), m.clusterId(), m.predictedClusterId(), m.value()))
        .toList();
    return spark.createDataFrame(rows, SparkSchemas.of(LakeTables.MODEL_METRICS));
  }

  /** One figure of model_metrics. */
  public record MetricRow(String metric, Integer clusterId, Integer predictedClusterId, double value) {
    static MetricRow of(String metric, double value) {
      return new MetricRow(metric, null, null, value);
    }
  }
}
