package com.banksegment.features.stats;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.var_pop;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Count, mean and the second and third central moment sums of a set of values, merged with the
 * pairwise formulas of Chan, Golub and LeVeque so that parts computed separately (one per group
 * of an aggregation) combine without the cancellation of raw power sums.
 */
public record Moments(long n, double mean, double m2, double m3) {
  public static final Moments EMPTY = new Moments(0, 0, 0, 0);

  /** The aggregates {@link #from} reads back, for one column; few buffer fields, so Spark generates code. */
  public static List<Column> aggregates(Column value, String prefix) {
    return List.of(count(value).as(prefix + "_n"), avg(value).as(prefix + "_mean"),
        var_pop(value).as(prefix + "_var"), functions.skewness(value).as(prefix + "_skew"));
  }

  public static Moments from(Row row, String prefix) {
    long n = row.getLong(row.fieldIndex(prefix + "_n"));
    if (n == 0) {
      return EMPTY;
    }
    Object skew = row.get(row.fieldIndex(prefix + "_skew"));
    return of(n, row.getDouble(row.fieldIndex(prefix + "_mean")), row.getDouble(row.fieldIndex(prefix + "_var")),
        skew == null ? null : ((Number) skew).doubleValue());
  }

  /** From a part's count, mean, population variance and (population) skewness as Spark computes them. */
  static Moments of(long n, double mean, double variancePop, Double skewness) {
    double m2 = variancePop * n;
    double m3 = m2 > 0 && skewness != null && !skewness.isNaN() ? skewness * Math.pow(m2, 1.5) / Math.sqrt(n) : 0;
    return new Moments(n, mean, m2, m3);
  }

  public Moments plus(Moments o) {
    if (o.n == 0) {
      return this;
    }
    if (n == 0) {
      return o;
    }
    double total = n + o.n;
    double delta = o.mean - mean;
    double mean = this.mean + delta * o.n / total;
    double m2 = this.m2 + o.m2 + delta * delta * n * o.n / total;
    double m3 = this.m3 + o.m3 + delta * delta * delta * n * o.n * (n - o.n) / (total * total)
        + 3 * delta * (n * o.m2 - o.n * this.m2) / total;
    return new Moments(n + o.n, mean, m2, m3);
  }

  /** Sample standard deviation, as Spark's stddev. */
  double stddev() {
    return n < 2 ? Double.NaN : Math.sqrt(m2 / (n - 1));
  }

  /** Population skewness, as Spark's skewness. */
  double skewness() {
    return m2 == 0 ? Double.NaN : Math.sqrt(n) * m3 / Math.pow(m2, 1.5);
  }
}
