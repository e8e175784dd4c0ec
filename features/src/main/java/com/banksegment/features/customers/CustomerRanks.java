package com.banksegment.features.customers;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import com.banksegment.features.rfm.QuintileScores;
import com.banksegment.features.stats.ColumnStatistics;
import com.banksegment.features.stats.Moments;
import com.banksegment.features.stats.NumericProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Everything the stage needs from the per-customer aggregate's value distributions, from one
 * aggregation (count and moments) and one {@link ColumnStatistics} run: the quintile cuts of R,
 * F and M, the medians used for imputation, and the profile (with exact percentiles) of the
 * numeric customer columns, ages and balances as observed.
 *
 * @param percentiles per column of the numeric customer columns, the values at
 *     {@link NumericProfile#PERCENTS} (null when the column has no observed value)
 */
public record CustomerRanks(long customers, double[] recencyCuts, double[] frequencyCuts, double[] monetaryCuts,
                     double medianAge, double medianBalance, Map<String, double[]> percentiles,
                     Map<String, NumericProfile> profiles) {

  private static final int P = NumericProfile.PERCENTS.length;
  private static final int Q = 4;

  /**
   * The first action on the (cached) aggregate: it also materializes the cache and counts the
   * customers. Up to {@code driverMaxCustomers} customers the order statistics are taken on the
   * driver ({@link ColumnStatistics#onDriver}), above in two Spark passes.
   */
  public static CustomerRanks compute(Dataset<Row> aggregate, long driverMaxCustomers) {
    // Recency is ranked on -recency_days (fewer days is better); its percentiles mirror those ranks.
    List<ColumnStatistics.Request> requests = List.of(
        new ColumnStatistics.Request("recency_days", QuintileScores.recencyGoodness(),
            n -> concat(QuintileScores.quintileRanks(n), mirror(NumericProfile.percentileRanks(n), n))),
        scored("frequency", col("frequency")), scored("monetary", col("monetary")),
        new ColumnStatistics.Request("avg_amount", col("avg_amount"), NumericProfile::percentileRanks),
        new ColumnStatistics.Request("max_amount", col("max_amount"), NumericProfile::percentileRanks),
        withMedian("balance", col("balance_observed")), withMedian("age", col("age_observed")));
    List<Column> aggregates = new ArrayList<>();
    for (ColumnStatistics.Request request : requests) {
      aggregates.addAll(Moments.aggregates(request.value(), request.name()));
    }
    Row totals = aggregate.agg(count(lit(1)).as("customers"), aggregates.toArray(Column[]::new)).first();
    long customers = totals.getLong(0);
    Map<String, ColumnStatistics.Result> r = customers <= driverMaxCustomers
        ? ColumnStatistics.onDriver(aggregate, requests)
        : ColumnStatistics.compute(aggregate, requests);

    Map<String, double[]> percentiles = new LinkedHashMap<>();
    Map<String, NumericProfile> profiles = new LinkedHashMap<>();
    for (ColumnStatistics.Request request : requests) {
      String column = request.name();
      ColumnStatistics.Result result = r.get(column);
      boolean scoredColumn = List.of("recency_days", "frequency", "monetary").contains(column);
      double[] p = slice(result, scoredColumn ? Q : 0, (scoredColumn ? Q : 0) + P);
      if (p != null && column.equals("recency_days")) {
        p = Arrays.stream(p).map(v -> -v).toArray();
      }
      percentiles.put(column, p);
      profiles.put(column, NumericProfile.of("customers", column, result, Moments.from(totals, column), customers,
          p, column.equals("recency_days")));
    }
    return new CustomerRanks(customers, cuts(r.get("recency_days")), cuts(r.get("frequency")), cuts(r.get("monetary")),
        median(r.get("age")), median(r.get("balance")), percentiles, profiles);
  }

  private static ColumnStatistics.Request scored(String name, Column value) {
    return new ColumnStatistics.Request(name, value,
        n -> concat(QuintileScores.quintileRanks(n), NumericProfile.percentileRanks(n)));
  }

  private static ColumnStatistics.Request withMedian(String name, Column value) {
    return new ColumnStatistics.Request(name, value,
        n -> concat(NumericProfile.percentileRanks(n), ColumnStatistics.medianRanks(n)));
  }

  /** With no customers at all there is nothing to cut: every cut is +infinity and every score is 1. */
  private static double[] cuts(ColumnStatistics.Result r) {
    if (r.count() == 0) {
      double[] none = new double[Q];
      Arrays.fill(none, Double.POSITIVE_INFINITY);
      return none;
    }
    return Arrays.copyOfRange(r.values(), 0, Q);
  }

  private static double median(ColumnStatistics.Result r) {
    if (r.count() == 0) {
      return Double.NaN;
    }
    double[] middle = Arrays.copyOfRange(r.values(), P, r.values().length);
    return middle.length == 1 ? middle[0] : (middle[0] + middle[1]) / 2;
  }

  private static double[] slice(ColumnStatistics.Result r, int from, int to) {
    return r.count() == 0 ? null : Arrays.copyOfRange(r.values(), from, to);
  }

  /** Rank k from the bottom of x is rank n+1-k from the bottom of -x. */
  private static long[] mirror(long[] ranks, long n) {
    return Arrays.stream(ranks).map(k -> n + 1 - k).toArray();
  }

  private static long[] concat(long[] a, long[] b) {
    long[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
