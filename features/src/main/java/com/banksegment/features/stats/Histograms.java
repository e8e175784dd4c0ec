package com.banksegment.features.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;

/** Rows of the long-format histograms table: one row per (feature, bin). */
public final class Histograms {
  public enum Kind { LOG_MONEY, AGE, VALUE }

  private Histograms() {}

  /**
   * Rows for one feature from its bin counts; the bounds are [lower, upper). Empty bins between
   * the smallest and the largest are listed with a zero count, so a chart keeps its scale.
   */
  public static List<Row> rows(String feature, String unit, Kind kind, Map<Long, Long> counts) {
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    TreeMap<Long, Long> bins = new TreeMap<>(counts);
    TreeMap<Long, Long> positive = new TreeMap<>(bins.tailMap(HistogramBins.ZERO, false));
    long step = kind == Kind.AGE ? HistogramBins.AGE_WIDTH : 1;
    if (!positive.isEmpty()) {
      for (long b = positive.firstKey(); b < positive.lastKey(); b += step) {
        bins.putIfAbsent(b, 0L);
      }
    }
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<Long, Long> e : bins.entrySet()) {
      long bin = e.getKey();
      double lower;
      double upper;
      String label;
      switch (kind) {
        case LOG_MONEY -> {
          lower = HistogramBins.logMoneyLower(bin);
          upper = HistogramBins.logMoneyUpper(bin);
          label = HistogramBins.logMoneyLabel(bin);
        }
        case AGE -> {
          lower = bin;
          upper = bin + HistogramBins.AGE_WIDTH;
          label = bin + "–" + (bin + HistogramBins.AGE_WIDTH - 1);
        }
        default -> {
          lower = bin;
          upper = bin + 1;
          label = Long.toString(bin);
        }
      }
      rows.add(ReportTable.row(feature, unit, bin, lower, upper, label, e.getValue(),
          total == 0 ? 0.0 : e.getValue() / (double) total));
    }
    return rows;
  }
}
