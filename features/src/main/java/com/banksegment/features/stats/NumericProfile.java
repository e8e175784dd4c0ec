package com.banksegment.features.stats;

import com.banksegment.contract.EdaTables;
import org.apache.spark.sql.Row;

/**
 * One row of the column profile: count, nulls, distinct (HyperLogLog++ estimates per value
 * bucket, summed), min, max, mean, standard deviation, skewness and the nearest-rank percentiles
 * 1, 5, 25, 50, 75, 95, 99 (exact). Categorical columns fill only count, nulls and distinct (exact).
 */
public record NumericProfile(String table, String column, String kind, long count, long nulls, long distinct,
                      Double min, Double max, Double mean, Double stddev, Double skewness, double[] percentiles) {

  public static final int[] PERCENTS = {1, 5, 25, 50, 75, 95, 99};

  public static NumericProfile categorical(String table, String column, long count, long nulls, long distinct) {
    return new NumericProfile(table, column, "categorical", count, nulls, distinct,
        null, null, null, null, null, null);
  }

  /** The 1-based ranks of {@link #PERCENTS} among n observed values. */
  public static long[] percentileRanks(long n) {
    long[] ranks = new long[PERCENTS.length];
    for (int i = 0; i < ranks.length; i++) {
      ranks[i] = ColumnStatistics.nearestRank(PERCENTS[i], n);
    }
    return ranks;
  }

  /**
   * The profile of a column from its {@link ColumnStatistics} result.
   *
   * @param m the column's moments (mean, stddev, skewness), of the same orientation as {@code r}
   * @param rows all rows, observed or not, so that nulls = rows - observed
   * @param percentiles the values at {@link #percentileRanks} (null when nothing was observed)
   * @param negated the statistics were computed on the column's negation (recency is ranked as -days)
   */
  public static NumericProfile of(String table, String column, ColumnStatistics.Result r, Moments m, long rows,
                           double[] percentiles, boolean negated) {
    double sign = negated ? -1 : 1;
    return new NumericProfile(table, column, "numeric", r.count(), rows - r.count(), r.distinct(),
        finite(sign * (negated ? r.max() : r.min())), finite(sign * (negated ? r.min() : r.max())),
        r.count() == 0 ? null : sign * m.mean(), finite(m.stddev()), finite(sign * m.skewness()),
        r.count() == 0 || percentiles == null ? null : percentiles.clone());
  }

  public double percentile(int percent) {
    for (int i = 0; i < PERCENTS.length; i++) {
      if (PERCENTS[i] == percent && percentiles != null) {
        return percentiles[i];
      }
    }
    return Double.NaN;
  }

  public Row toRow() {
    Object[] v = new Object[EdaTables.COLUMN_PROFILE.columns().size()];
    Object[] head = {table, column, kind, count, nulls, distinct, min, max, mean, stddev, skewness};
    System.arraycopy(head, 0, v, 0, head.length);
    for (int i = 0; i < PERCENTS.length; i++) {
      v[head.length + i] = percentiles == null ? null : percentiles[i];
    }
    return ReportTable.row(v);
  }

  private static Double finite(double v) {
    return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
  }

}
