package com.banksegment.features.stats;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.approx_count_distinct;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log1p;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.signum;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Exact order statistics (the value of a given rank) and the profile of several columns in two
 * cheap passes, where Spark's exact percentiles sort or hash every value on one thread.
 *
 * <p>Pass 1 stacks the columns and groups their non-null values into fine, monotone buckets (64
 * per e-fold of |x|+1, about 1.6% wide), with count, min, max and a distinct-count sketch per
 * bucket (buckets hold disjoint values, so the distinct counts add up). The driver learns in
 * which bucket every requested rank falls. Pass 2 counts the distinct values of only
 * those few buckets, which pins each rank to its exact value. Nulls and NaN are not observed
 * values: ranks count only the others.
 */
public final class ColumnStatistics {
  private static final double BUCKETS_PER_E = 64.0;
  private static final long KEY_STRIDE = 1_000_000L;
  /** The HyperLogLog++ error; 5% keeps the sketch at 52 words, within Spark's code generation limit. */
  static final double DISTINCT_RSD = 0.05;

  /** The column's values at the 1-based ranks that {@code ranks} gives for its observed count. */
  public record Request(String name, Column value, LongFunction<long[]> ranks) {}

  /**
   * A column's observed count, distinct values (estimate), min, max and the values at the
   * requested ranks (min, max NaN and no values when nothing was observed).
   */
  public record Result(long count, long distinct, double min, double max, long[] ranks, double[] values) {}

  private ColumnStatistics() {}

  public static Map<String, Result> compute(Dataset<Row> rows, List<Request> requests) {
    Column[] entries = new Column[requests.size()];
    for (int i = 0; i < entries.length; i++) {
      entries[i] = struct(lit(i).as("i"), requests.get(i).value().cast("double").as("v"));
    }
    Column v = col("v");
    Dataset<Row> values = rows.select(explode(array(entries)).as("e"))
        .select(col("e.i").as("i"), col("e.v").as("v"))
        .where(v.isNotNull().and(isnan(v).unary_$bang()))
        .withColumn("b", signum(v).multiply(floor(log1p(abs(v)).multiply(BUCKETS_PER_E))).cast("long"));
    List<Row> buckets = values.groupBy("i", "b")
        .agg(count(v), min(v), max(v), approx_count_distinct(v, DISTINCT_RSD))
        .collectAsList();

    List<TreeMap<Long, Row>> byColumn = new ArrayList<>();
    requests.forEach(r -> byColumn.add(new TreeMap<>()));
    buckets.forEach(r -> byColumn.get(r.getInt(0)).put(r.getLong(1), r));

    // Every requested rank: the bucket that holds it and the rank inside that bucket.
    List<long[]> ranks = new ArrayList<>();
    List<long[][]> located = new ArrayList<>();
    Set<Long> needed = new HashSet<>();
    for (int i = 0; i < requests.size(); i++) {
      long n = byColumn.get(i).values().stream().mapToLong(r -> r.getLong(2)).sum();
      long[] wanted = n == 0 ? new long[0] : requests.get(i).ranks().apply(n);
      long[][] where = new long[wanted.length][];
      for (int k = 0; k < wanted.length; k++) {
        long rank = Math.max(1, Math.min(n, wanted[k]));
        long before = 0;
        for (Map.Entry<Long, Row> e : byColumn.get(i).entrySet()) {
          long inBucket = e.getValue().getLong(2);
          if (before + inBucket >= rank) {
            where[k] = new long[] {e.getKey(), rank - before};
            needed.add(key(i, e.getKey()));
            break;
          }
          before += inBucket;
        }
      }
      ranks.add(wanted);
      located.add(where);
    }

    Map<Long, TreeMap<Double, Long>> exact = valuesOf(values, needed);
    Map<String, Result> results = new LinkedHashMap<>();
    for (int i = 0; i < requests.size(); i++) {
      double[] out = new double[ranks.get(i).length];
      for (int k = 0; k < out.length; k++) {
        long[] where = located.get(i)[k];
        out[k] = valueAt(exact.get(key(i, where[0])), where[1]);
      }
      results.put(requests.get(i).name(), profile(byColumn.get(i), ranks.get(i), out));
    }
    return results;
  }

  /**
   * The same results from one pass that brings the requested columns to the driver (8 bytes a
   * value: 49 MB for seven columns of 883,823 customers) and sorts them there: for tables small
   * enough that two Spark passes cost more than the transfer. The values at the ranks, the count,
   * min and max are the same; the distinct count is exact instead of an estimate.
   */
  public static Map<String, Result> onDriver(Dataset<Row> rows, List<Request> requests) {
    int m = requests.size();
    Column[] values = requests.stream().map(r -> r.value().cast("double")).toArray(Column[]::new);
    // One array per column and partition, NaN for null: a million small rows would cost far more to ship.
    List<double[][]> parts = rows.select(values).javaRDD().mapPartitions((Iterator<Row> it) -> {
      double[][] columns = new double[m][1024];
      int n = 0;
      while (it.hasNext()) {
        Row row = it.next();
        if (n == columns[0].length) {
          for (int j = 0; j < m; j++) {
            columns[j] = Arrays.copyOf(columns[j], n * 2);
          }
        }
        for (int j = 0; j < m; j++) {
          columns[j][n] = row.isNullAt(j) ? Double.NaN : row.getDouble(j);
        }
        n++;
      }
      for (int j = 0; j < m; j++) {
        columns[j] = Arrays.copyOf(columns[j], n);
      }
      return List.<double[][]>of(columns).iterator();
    }).collect();
    Map<String, Result> results = new LinkedHashMap<>();
    for (int j = 0; j < m; j++) {
      results.put(requests.get(j).name(), ofColumn(parts, j, requests.get(j).ranks()));
    }
    return results;
  }

  /**
   * Column j's statistics over its observed values (no null, no NaN). For the ranks -0.0 counts as
   * 0.0, as in the grouping of the Spark passes; min and max are taken as Spark's min and max take
   * them (the first of equal values, so -0.0 where the column holds only -0.0).
   */
  private static Result ofColumn(List<double[][]> parts, int j, LongFunction<long[]> rankFunction) {
    int total = parts.stream().mapToInt(p -> p[j].length).sum();
    double[] values = new double[total];
    int n = 0;
    double min = Double.NaN;
    double max = Double.NaN;
    for (double[][] part : parts) {
      for (double v : part[j]) {
        if (Double.isNaN(v)) {
          continue;
        }
        min = n == 0 || v < min ? v : min;
        max = n == 0 || v > max ? v : max;
        values[n++] = v == 0.0 ? 0.0 : v;
      }
    }
    values = Arrays.copyOf(values, n);
    Arrays.sort(values);
    long[] wanted = n == 0 ? new long[0] : rankFunction.apply(n);
    double[] at = new double[wanted.length];
    for (int k = 0; k < wanted.length; k++) {
      at[k] = values[(int) Math.max(1, Math.min(n, wanted[k])) - 1];
    }
    long distinct = 0;
    for (int i = 0; i < n; i++) {
      distinct += i == 0 || values[i] != values[i - 1] ? 1 : 0;
    }
    return new Result(n, distinct, min, max, wanted, at);
  }

  /** Nearest-rank percentile: the value at rank ceil(p/100 * n), in integer arithmetic. */
  static long nearestRank(int percent, long n) {
    return (percent * n + 99) / 100;
  }

  /** Ranks of the median: the middle one, or the two middle ones when n is even. */
  public static long[] medianRanks(long n) {
    return n % 2 == 1 ? new long[] {(n + 1) / 2} : new long[] {n / 2, n / 2 + 1};
  }

  private static Result profile(TreeMap<Long, Row> buckets, long[] ranks, double[] values) {
    long count = 0;
    long distinct = 0;
    double min = Double.NaN;
    double max = Double.NaN;
    for (Row r : buckets.values()) {
      count += r.getLong(2);
      distinct += r.getLong(5);
      min = Double.isNaN(min) ? r.getDouble(3) : Math.min(min, r.getDouble(3));
      max = Double.isNaN(max) ? r.getDouble(4) : Math.max(max, r.getDouble(4));
    }
    return new Result(count, distinct, min, max, ranks, values);
  }

  private static Map<Long, TreeMap<Double, Long>> valuesOf(Dataset<Row> values, Set<Long> keys) {
    Map<Long, TreeMap<Double, Long>> exact = new java.util.HashMap<>();
    if (keys.isEmpty()) {
      return exact;
    }
    Column keyColumn = col("i").cast("long").multiply(KEY_STRIDE).plus(col("b"));
    for (Row r : values.withColumn("key", keyColumn).where(col("key").isin(keys.toArray()))
        .groupBy("key", "v").count().collectAsList()) {
      exact.computeIfAbsent(r.getLong(0), k -> new TreeMap<>()).put(r.getDouble(1), r.getLong(2));
    }
    return exact;
  }

  private static double valueAt(TreeMap<Double, Long> bucketValues, long rankInBucket) {
    long before = 0;
    for (Map.Entry<Double, Long> e : bucketValues.entrySet()) {
      before += e.getValue();
      if (before >= rankInBucket) {
        return e.getKey();
      }
    }
    throw new IllegalStateException("rank " + rankInBucket + " beyond its bucket");
  }

  private static long key(int request, long bucket) {
    return request * KEY_STRIDE + bucket;
  }
}
