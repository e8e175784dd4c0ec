package com.banksegment.features.eda;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log1p;
import static org.apache.spark.sql.functions.sum;

import com.banksegment.features.eda.Correlations.Cell;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;

/**
 * Pearson correlation matrices of the numeric customer features, raw and with the skewed ones
 * log1p-transformed, from plain sums in the caller's aggregation. Spark's corr() keeps six
 * buffer fields per pair: 42 pairs would disable code generation for the whole aggregation.
 * Each feature is shifted by its median first, which keeps the sums far from cancellation.
 */
public final class Correlations {
  static final List<String> METHODS = List.of("pearson", "pearson_log1p");

  record Cell(String method, String x, String y, Double coefficient) {}

  private final List<String> features;
  private final List<String> skewed;
  private final Map<String, double[]> percentiles;

  /**
   * @param percentiles per feature, the profile percentiles (index 3 is the median); a feature
   *     without any (no observed value) gets no correlations
   */
  Correlations(List<String> features, List<String> skewed, Map<String, double[]> percentiles) {
    this.features = List.copyOf(features);
    this.skewed = List.copyOf(skewed);
    this.percentiles = percentiles;
  }

  /** The sums to add to an aggregation over the customer table. */
  List<Column> sums() {
    List<Column> a = new ArrayList<>();
    a.add(sum(lit(1L)).as("corr_n"));
    for (String method : METHODS) {
      for (int i = 0; i < features.size(); i++) {
        Column u = shifted(method, features.get(i));
        a.add(sum(u).as(name(method, i, -1)));
        for (int j = i; j < features.size(); j++) {
          a.add(sum(u.multiply(shifted(method, features.get(j)))).as(name(method, i, j)));
        }
      }
    }
    return a;
  }

  /** Every (method, x, y) cell, diagonal and both triangles, from the aggregated sums. */
  List<Cell> matrix(Row sums) {
    double n = ((Number) sums.get(sums.fieldIndex("corr_n"))).doubleValue();
    List<Cell> cells = new ArrayList<>();
    for (String method : METHODS) {
      for (int i = 0; i < features.size(); i++) {
        for (int j = 0; j < features.size(); j++) {
          int a = Math.min(i, j);
          int b = Math.max(i, j);
          Double r = null;
          if (percentiles.get(features.get(a)) != null && percentiles.get(features.get(b)) != null && n > 1) {
            double su = value(sums, name(method, a, -1));
            double sv = value(sums, name(method, b, -1));
            double varU = value(sums, name(method, a, a)) - su * su / n;
            double varV = value(sums, name(method, b, b)) - sv * sv / n;
            double cov = value(sums, name(method, a, b)) - su * sv / n;
            if (varU > 0 && varV > 0) {
              r = Math.max(-1, Math.min(1, cov / Math.sqrt(varU * varV)));
            }
          }
          cells.add(new Cell(method, features.get(i), features.get(j), r));
        }
      }
    }
    return cells;
  }

  private Column shifted(String method, String feature) {
    double[] p = percentiles.get(feature);
    double median = p == null ? 0 : p[3];
    boolean log = method.equals("pearson_log1p") && skewed.contains(feature);
    Column x = col(feature).cast("double");
    return log ? log1p(x).minus(Math.log1p(median)) : x.minus(median);
  }

  private static String name(String method, int i, int j) {
    return "corr|" + method + "|" + i + "|" + j;
  }

  private static double value(Row row, String field) {
    Object v = row.get(row.fieldIndex(field));
    return v == null ? Double.NaN : ((Number) v).doubleValue();
  }
}
