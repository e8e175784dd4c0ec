package com.banksegment.modeling.publish;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.banksegment.contract.LakeTables;
import com.banksegment.contract.Table;
import com.banksegment.spark.StageFailedException;
import java.util.function.Consumer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * segment_migration and segment_movers: this run's customer_segments against the previous
 * published run's, matched by customer id; a segment is its stable cluster id.
 */
public final class SegmentMigration {
  public static final String STAYED = "stayed";
  public static final String MOVED = "moved";
  public static final String NEW = "new";
  public static final String GONE = "gone";

  private static final Table MIGRATION = LakeTables.SEGMENT_MIGRATION;
  private static final Table SEGMENTS = LakeTables.CUSTOMER_SEGMENTS;

  private final Dataset<Row> joined;
  private final String previousRunDate;

  /**
   * @param current this run's customer_segments
   * @param previous the previous published run's customer_segments, or null without one
   * @param previousRunDate its date, or null
   */
  public SegmentMigration(Dataset<Row> current, Dataset<Row> previous, String previousRunDate) {
    this.previousRunDate = previousRunDate;
    Dataset<Row> to = current.select(col(SEGMENTS.col("customer_id")).as("cid_to"),
        col(SEGMENTS.col("cluster_id")).as("to_cluster_id"), col(SEGMENTS.col("segment_name")).as("to_segment_name"));
    if (previous == null) {
      this.joined = to.withColumn("from_cluster_id", lit(null).cast("int"))
          .withColumn("from_segment_name", lit(null).cast("string"))
          .withColumn("movement", lit(NEW));
      return;
    }
    Dataset<Row> from = previous.select(col(SEGMENTS.col("customer_id")).as("cid_from"),
        col(SEGMENTS.col("cluster_id")).as("from_cluster_id"),
        col(SEGMENTS.col("segment_name")).as("from_segment_name"));
    Dataset<Row> both = to.join(from, to.col("cid_to").equalTo(from.col("cid_from")), "full_outer");
    this.joined = both.withColumn("cid_to", coalesce(col("cid_to"), col("cid_from")))
        .withColumn("movement",
            when(col("from_cluster_id").isNull(), lit(NEW))
                .when(col("to_cluster_id").isNull(), lit(GONE))
                .when(col("from_cluster_id").equalTo(col("to_cluster_id")), lit(STAYED))
                .otherwise(lit(MOVED)));
  }

  /** Counts per movement and (from, to) pair, in the contract's columns. */
  public Dataset<Row> migration() {
    return joined.groupBy(col("movement"), col("from_cluster_id"), col("from_segment_name"), col("to_cluster_id"),
            col("to_segment_name"))
        .agg(count(lit(1)).as("customers"))
        .select(lit(previousRunDate).cast("string").as(MIGRATION.col("previous_run_date")),
            col(MIGRATION.col("movement")), col(MIGRATION.col("from_cluster_id")),
            col(MIGRATION.col("from_segment_name")), col(MIGRATION.col("to_cluster_id")),
            col(MIGRATION.col("to_segment_name")), col(MIGRATION.col("customers")));
  }

  /** One row per customer whose cluster id changed. */
  public Dataset<Row> movers() {
    return joined.filter(col("movement").equalTo(MOVED))
        .select(col("cid_to").as("customer_id"), lit(previousRunDate).cast("string").as("previous_run_date"),
            col("from_cluster_id"), col("from_segment_name"), col("to_cluster_id"), col("to_segment_name"));
  }

  /**
   * The staged migration's counts add up to both runs' customers: stayed + moved + new = this run,
   * stayed + moved + gone = the previous run.
   */
  public static Consumer<Dataset<Row>> addsUpTo(long currentCustomers, long previousCustomers) {
    return t -> {
      Column m = col("movement");
      Row r = t.agg(sum(when(m.notEqual(GONE), col("customers")).otherwise(0L)),
          sum(when(m.notEqual(NEW), col("customers")).otherwise(0L))).first();
      long now = r.isNullAt(0) ? 0 : r.getLong(0);
      long before = r.isNullAt(1) ? 0 : r.getLong(1);
      if (now != currentCustomers || before != previousCustomers) {
        throw new StageFailedException("staged table " + MIGRATION.name() + " failed validation: " + now
            + " customers in this run and " + before + " in the previous one, expected " + currentCustomers + " and "
            + previousCustomers + "; the published tables were left as they were");
      }
    };
  }
}
