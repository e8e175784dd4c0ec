package com.banksegment.features;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.unix_micros;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * What the EDA report says about the transactions themselves (volume per day and per hour, the
 * amount histogram and profile, the batch's date range, which fixes the snapshot date), plus the
 * dictionaries the customer aggregation needs (locations, source files, the range of the
 * ordering columns). One pass counts each row under several keys (the whole batch, its date,
 * hour, amount bin, location, file); the amount profile and its exact percentiles take two
 * more cheap passes ({@link ColumnStatistics}).
 */
record TransactionOverview(long transactions, LocalDate firstDate, LocalDate lastDate, double totalAmount,
                           NumericProfile amount, ReportTable daily, ReportTable hourly, List<Row> amountHistogram,
                           List<String> locations, List<String> sourceFiles, long minMicros, long maxMicros,
                           long maxSourceLine) {
  private static final int ALL = 0;
  private static final int DATE = 1;
  private static final int HOUR = 2;
  private static final int AMOUNT_BIN = 3;
  private static final int LOCATION = 4;
  private static final int FILE = 5;

  static TransactionOverview compute(Dataset<Row> tx) {
    // Numeric keys where possible: formatting a million dates and hours as strings costs more
    // than the whole aggregation.
    Column keys = array(
        key(ALL, lit(0L), lit(null)),
        key(DATE, unix_date(col("transaction_date")), lit(null)),
        key(HOUR, col("transaction_hour"), lit(null)),
        key(AMOUNT_BIN, Bins.logMoney(col("amount")), lit(null)),
        key(LOCATION, lit(0L), col("location")),
        key(FILE, lit(0L), col("source_file")));
    // Only count and sum per key (plus three ranges for the whole batch) keep the aggregation small.
    Column isAll = col("k.dim").equalTo(ALL);
    List<Row> groups = tx.select(explode(keys).as("k"), col("amount"), col("transaction_ts"), col("source_line"))
        .groupBy(col("k.dim").as("dim"), col("k.num").as("num"), col("k.text").as("text"))
        .agg(functions.count(lit(1)).as("rows"), sum("amount").as("amount_sum"),
            min(when(isAll, unix_micros(col("transaction_ts")))).as("min_micros"),
            max(when(isAll, unix_micros(col("transaction_ts")))).as("max_micros"),
            max(when(isAll, col("source_line"))).as("max_line"))
        .collectAsList();

    Row all = null;
    TreeMap<LocalDate, Row> days = new TreeMap<>();
    TreeMap<Integer, Row> hours = new TreeMap<>();
    Map<Long, Long> amountBins = new HashMap<>();
    TreeSet<String> locations = new TreeSet<>();
    TreeSet<String> files = new TreeSet<>();
    for (Row g : groups) {
      long num = g.isNullAt(1) ? 0 : g.getLong(1);
      String text = g.getString(2);
      switch (g.getInt(0)) {
        case ALL -> all = g;
        case DATE -> days.put(LocalDate.ofEpochDay(num), g);
        case HOUR -> hours.put((int) num, g);
        case AMOUNT_BIN -> amountBins.put(num, count(g));
        case LOCATION -> {
          if (text != null) {
            locations.add(text);
          }
        }
        default -> files.add(text);
      }
    }
    if (all == null) {
      return new TransactionOverview(0, null, null, 0, null, null, null, List.of(), List.of(), List.of(), 0, 0, 0);
    }
    ColumnStatistics.Result amountStats = ColumnStatistics.compute(tx,
        List.of(new ColumnStatistics.Request("amount", col("amount"), NumericProfile::percentileRanks))).get("amount");
    NumericProfile amount = NumericProfile.of("transactions", "amount", amountStats, count(all), amountStats.values(),
        false);

    List<Row> dailyRows = new ArrayList<>();
    // Every date of the period, so days without transactions show as gaps rather than vanish.
    for (LocalDate d = days.firstKey(); !d.isAfter(days.lastKey()); d = d.plusDays(1)) {
      Row g = days.get(d);
      dailyRows.add(ReportTable.row(java.sql.Date.valueOf(d), g == null ? 0L : count(g), g == null ? 0.0 : amountSum(g)));
    }
    List<Row> hourlyRows = new ArrayList<>();
    hours.forEach((h, g) -> hourlyRows.add(ReportTable.row(h, count(g), amountSum(g))));
    return new TransactionOverview(count(all), days.firstKey(), days.lastKey(), amountSum(all), amount,
        new ReportTable("daily_volume", ReportTable.schema("transaction_date", DataTypes.DateType,
            "transactions", DataTypes.LongType, "amount", DataTypes.DoubleType), dailyRows),
        new ReportTable("hourly_volume", ReportTable.schema("hour", DataTypes.IntegerType,
            "transactions", DataTypes.LongType, "amount", DataTypes.DoubleType), hourlyRows),
        Histograms.rows("amount", "transactions", Histograms.Kind.LOG_MONEY, amountBins),
        List.copyOf(locations), List.copyOf(files),
        all.getLong(all.fieldIndex("min_micros")), all.getLong(all.fieldIndex("max_micros")),
        all.getLong(all.fieldIndex("max_line")));
  }

  long zeroAmounts() {
    return amountHistogram.stream().filter(r -> r.getLong(2) == Bins.ZERO).mapToLong(r -> r.getLong(6)).sum();
  }

  private static Column key(int dim, Column number, Column text) {
    return struct(lit(dim).as("dim"), number.cast("long").as("num"), text.cast("string").as("text"));
  }

  private static long count(Row g) {
    return g.getLong(g.fieldIndex("rows"));
  }

  private static double amountSum(Row g) {
    Object v = g.get(g.fieldIndex("amount_sum"));
    return v == null ? 0 : ((Number) v).doubleValue();
  }
}
