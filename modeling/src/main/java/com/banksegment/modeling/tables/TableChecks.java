package com.banksegment.modeling.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.banksegment.contract.LakeTables;
import com.banksegment.spark.StageFailedException;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The checks a staged table must pass before it replaces the published one. */
public final class TableChecks {
  private TableChecks() {}

  public static Consumer<Dataset<Row>> customerSegments(long customers, Set<Integer> ids) {
    return t -> {
      Row r = t.agg(count(lit(1)),
          sum(when(col("cluster_id").isNull().or(col("segment_name").isNull()), 1L).otherwise(0L)),
          sum(when(col("cluster_id").isin(ids.toArray()), 0L).otherwise(1L))).first();
      require(r.getLong(0) == customers, LakeTables.CUSTOMER_SEGMENTS.name(), r.getLong(0) + " rows",
          customers + " rows, one per customer");
      require(r.getLong(1) == 0, LakeTables.CUSTOMER_SEGMENTS.name(), r.getLong(1) + " rows without a segment",
          "every customer assigned");
      require(r.getLong(2) == 0, LakeTables.CUSTOMER_SEGMENTS.name(), r.getLong(2) + " rows with an unknown cluster_id",
          "ids among " + ids);
    };
  }

  public static Consumer<Dataset<Row>> segmentProfiles(int k, long customers) {
    return t -> {
      Row r = t.agg(count(lit(1)), sum(col("customers"))).first();
      require(r.getLong(0) == k, LakeTables.SEGMENT_PROFILES.name(), r.getLong(0) + " rows", k + " rows, one per segment");
      require(!r.isNullAt(1) && r.getLong(1) == customers, LakeTables.SEGMENT_PROFILES.name(),
          "segment sizes adding up to " + r.get(1), customers + " customers");
    };
  }

  public static Consumer<Dataset<Row>> modelSelection(int expectedRows) {
    return t -> {
      Row r = t.agg(count(lit(1)), sum(when(col("chosen"), 1L).otherwise(0L))).first();
      require(r.getLong(0) == expectedRows, LakeTables.MODEL_SELECTION.name(), r.getLong(0) + " rows",
          expectedRows + " rows (the sweep and the alternatives)");
      require(r.getLong(1) == 1, LakeTables.MODEL_SELECTION.name(), r.getLong(1) + " rows chosen", "exactly one");
    };
  }

  public static Consumer<Dataset<Row>> modelMetrics(List<String> requiredMetrics) {
    return t -> {
      Set<String> present = Set.copyOf(t.select("metric").distinct().as(org.apache.spark.sql.Encoders.STRING())
          .collectAsList());
      for (String m : requiredMetrics) {
        require(present.contains(m), LakeTables.MODEL_METRICS.name(), "no " + m + " row", "a row for " + m);
      }
    };
  }

  private static void require(boolean ok, String table, String found, String expected) {
    if (!ok) {
      throw new StageFailedException("staged table " + table + " failed validation: " + found + ", expected "
          + expected + "; the published table was left as it was");
    }
  }
}
