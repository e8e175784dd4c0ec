package com.banksegment.features.eda;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.banksegment.features.customers.CustomerRanks;
import com.banksegment.features.stats.HistogramBins;
import com.banksegment.features.stats.NumericProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the EDA report says about the customers, in two passes over the customer table: one
 * aggregation counts customers per value of every categorical column and per histogram bin;
 * one gives correlations, conflicts and imputations. The numeric profile comes with the ranks
 * ({@link CustomerRanks}).
 */
public record CustomerOverview(List<NumericProfile> profile, Map<String, Map<String, Long>> categories,
                        Map<String, Map<Long, Long>> bins, List<SegmentSummary> segments,
                        AttributeConflicts conflicts, Map<String, Long> imputed,
                        List<Correlations.Cell> correlations, double balanceTop1Share) {

  /** Numeric customer columns in the profile and the correlation matrix (age, balance as observed). */
  static final List<String> NUMERIC = List.of(
      "recency_days", "frequency", "monetary", "avg_amount", "max_amount", "balance", "age");
  /** Columns that are log1p-transformed for the second correlation matrix (they are heavily skewed). */
  static final List<String> SKEWED = List.of("frequency", "monetary", "avg_amount", "max_amount", "balance");
  static final List<String> CATEGORICAL = List.of("gender", "location", "preferred_hour_band", "rfm_segment");
  private static final List<String> DIMENSIONS = List.of("gender", "location", "preferred_hour_band", "rfm_segment",
      "recency_days", "frequency", "age", "balance");

  /** The column's value as observed: imputed ages and balances are left out of profiles and histograms. */
  static Column observed(String column) {
    return switch (column) {
      case "age" -> when(col("age_imputed").unary_$bang(), col("age"));
      case "balance" -> when(col("balance_imputed").unary_$bang(), col("balance"));
      default -> col(column);
    };
  }

  public static CustomerOverview compute(Dataset<Row> customers, CustomerRanks ranks, List<String> segmentOrder) {
    Map<String, double[]> percentiles = ranks.percentiles();
    Map<String, Map<String, Long>> categories = new LinkedHashMap<>();
    Map<String, Map<Long, Long>> bins = new LinkedHashMap<>();
    Map<String, Row> segmentRows = new HashMap<>();
    for (Row g : groupCounts(customers)) {
      String dim = DIMENSIONS.get(g.getInt(0));
      long customersInGroup = g.getLong(3);
      if (CATEGORICAL.contains(dim)) {
        categories.computeIfAbsent(dim, d -> new LinkedHashMap<>()).put(g.getString(2), customersInGroup);
        if (dim.equals("rfm_segment")) {
          segmentRows.put(g.getString(2), g);
        }
      } else if (!g.isNullAt(1)) {
        bins.computeIfAbsent(dim, d -> new HashMap<>()).put(g.getLong(1), customersInGroup);
      }
    }

    double[] balancePercentiles = percentiles.get("balance");
    double p99 = balancePercentiles == null ? Double.NaN : balancePercentiles[NumericProfile.PERCENTS.length - 1];
    Correlations correlations = new Correlations(NUMERIC, SKEWED, percentiles);
    List<Column> aggregates = globalAggregates(p99);
    aggregates.addAll(correlations.sums());
    Row totals = customers.agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new))
        .first();
    long n = totals.getLong(totals.fieldIndex("customers"));

    List<NumericProfile> profile = new ArrayList<>();
    NUMERIC.forEach(c -> profile.add(ranks.profiles().get(c)));
    for (String c : CATEGORICAL) {
      Map<String, Long> values = categories.getOrDefault(c, Map.of());
      long nulls = values.getOrDefault(null, 0L);
      long distinct = values.keySet().stream().filter(k -> k != null).count();
      profile.add(NumericProfile.categorical("customers", c, n - nulls, nulls, distinct));
    }

    List<SegmentSummary> segments = new ArrayList<>();
    List<String> order = new ArrayList<>(segmentOrder.stream().distinct().toList());
    segmentRows.keySet().stream().filter(s -> !order.contains(s)).sorted().forEach(order::add);
    for (String s : order) {
      Row g = segmentRows.get(s);
      long size = g == null ? 0 : g.getLong(3);
      segments.add(new SegmentSummary(s, size, n == 0 ? 0 : size / (double) n,
          mean(g, "mean_r"), mean(g, "mean_f"), mean(g, "mean_m"), mean(g, "mean_recency"),
          g == null ? 0 : g.getDouble(g.fieldIndex("monetary")) / size,
          g == null ? 0 : g.getDouble(g.fieldIndex("monetary"))));
    }

    AttributeConflicts conflicts = new AttributeConflicts(
        totals.getLong(totals.fieldIndex("dob_conflicts")), totals.getLong(totals.fieldIndex("gender_conflicts")),
        totals.getLong(totals.fieldIndex("location_conflicts")), totals.getLong(totals.fieldIndex("balance_conflicts")),
        totals.getLong(totals.fieldIndex("any_conflicts")));
    Map<String, Long> imputed = new LinkedHashMap<>();
    for (String field : List.of("age", "balance", "gender")) {
      imputed.put(field, totals.getLong(totals.fieldIndex(field + "_imputed_count")));
    }
    Object top1 = totals.get(totals.fieldIndex("balance_top1_share"));
    return new CustomerOverview(profile, categories, bins, segments, conflicts, imputed,
        correlations.matrix(totals), top1 == null ? Double.NaN : ((Number) top1).doubleValue());
  }

  /** Customers per value of each categorical column (text key) and per histogram bin (number key). */
  private static List<Row> groupCounts(Dataset<Row> customers) {
    Column keys = array(
        key("gender", null, col("gender")),
        key("location", null, col("location")),
        key("preferred_hour_band", null, col("preferred_hour_band")),
        key("rfm_segment", null, col("rfm_segment")),
        key("recency_days", col("recency_days"), null),
        key("frequency", col("frequency"), null),
        key("age", HistogramBins.age(observed("age")), null),
        key("balance", HistogramBins.logMoney(observed("balance")), null));
    return customers
        .select(explode(keys).as("k"), col("monetary"), col("r_score"), col("f_score"), col("m_score"),
            col("recency_days"))
        .groupBy(col("k.dim"), col("k.num"), col("k.text"))
        .agg(count(lit(1)).as("customers"), sum("monetary").as("monetary"),
            avg("r_score").as("mean_r"), avg("f_score").as("mean_f"), avg("m_score").as("mean_m"),
            avg("recency_days").as("mean_recency"))
        .collectAsList();
  }

  /** Conflicts, imputations and the top 1% balance share: few fields, so Spark generates code for it. */
  private static List<Column> globalAggregates(double balanceP99) {
    List<Column> a = new ArrayList<>();
    a.add(count(lit(1)).as("customers"));
    for (String attribute : List.of("dob", "gender", "location", "balance")) {
      a.add(sum(col(attribute + "_conflict").cast("long")).as(attribute + "_conflicts"));
    }
    a.add(sum(when(col("attribute_conflicts").gt(0), 1L).otherwise(0L)).as("any_conflicts"));
    for (String field : List.of("age", "balance", "gender")) {
      a.add(sum(col(field + "_imputed").cast("long")).as(field + "_imputed_count"));
    }
    Column observedBalance = observed("balance");
    a.add(sum(when(observedBalance.geq(balanceP99), observedBalance)).divide(sum(observedBalance))
        .as("balance_top1_share"));
    return a;
  }

  private static Column key(String dim, Column number, Column text) {
    return struct(lit(DIMENSIONS.indexOf(dim)).as("dim"),
        (number == null ? lit(null) : number).cast("long").as("num"),
        (text == null ? lit(null) : text).cast("string").as("text"));
  }

  private static double mean(Row g, String field) {
    return g == null || g.get(g.fieldIndex(field)) == null ? Double.NaN : g.getDouble(g.fieldIndex(field));
  }
}
