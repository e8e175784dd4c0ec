package com.banksegment.features.transactions;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.unix_micros;

import com.banksegment.contract.EdaTables;
import com.banksegment.features.stats.ColumnStatistics;
import com.banksegment.features.stats.HistogramBins;
import com.banksegment.features.stats.Histograms;
import com.banksegment.features.stats.Moments;
import com.banksegment.features.stats.NumericProfile;
import com.banksegment.features.stats.ReportTable;
import com.banksegment.spark.stage.JobGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * What the EDA report says about the transactions themselves (volume per day and per hour, the
 * amount histogram and profile, the batch's date range, which fixes the snapshot date), plus the
 * dictionaries the customer aggregation needs (locations, source files, the range of the
 * ordering columns).
 *
 * <p>One aggregation by (date, hour, amount bin), a few tens of thousands of groups at most,
 * gives every volume and the amount's moments, summed up on the driver; one by (location, file)
 * gives the dictionaries; the amount's exact percentiles take two more cheap passes
 * ({@link ColumnStatistics}); the three run side by side. Stacking the keys instead (explode)
 * costs twice as much.
 */
public record TransactionOverview(long transactions, LocalDate firstDate, LocalDate lastDate, double totalAmount,
                           NumericProfile amount, ReportTable daily, ReportTable hourly, List<Row> amountHistogram,
                           List<String> locations, List<String> sourceFiles, long minMicros, long maxMicros,
                           long maxSourceLine) {

  public static TransactionOverview compute(Dataset<Row> tx) {
    Column micros = unix_micros(col("transaction_ts"));
    List<Column> aggregates = new ArrayList<>(List.of(sum("amount").as("amount_sum"),
        min(micros).as("min_micros"), max(micros).as("max_micros"), max("source_line").as("max_line")));
    aggregates.addAll(Moments.aggregates(col("amount"), "amount"));
    // Three independent queries over the same rows, side by side: on a small input each one is
    // mostly the driver's planning and code generation, which leaves a core idle.
    CompletableFuture<List<Row>> dictionaries = JobGroup.onNewThread(() ->
        tx.select("location", "source_file").distinct().collectAsList());
    CompletableFuture<ColumnStatistics.Result> amountStatistics = JobGroup.onNewThread(() ->
        ColumnStatistics.compute(tx, List.of(new ColumnStatistics.Request("amount", col("amount"),
            NumericProfile::percentileRanks))).get("amount"));
    List<Row> cells = JobGroup.meanwhile(CompletableFuture.allOf(dictionaries, amountStatistics), () ->
        tx.groupBy(col("transaction_date").as("date"), col("transaction_hour").as("hour"),
                HistogramBins.logMoney(col("amount")).as("bin"))
            .agg(functions.count(lit(1)).as("rows"), aggregates.toArray(Column[]::new))
            .collectAsList());
    if (cells.isEmpty()) {
      return new TransactionOverview(0, null, null, 0, null, null, null, List.of(), List.of(), List.of(), 0, 0, 0);
    }

    TreeMap<LocalDate, long[]> dayCounts = new TreeMap<>();
    Map<LocalDate, Double> dayAmounts = new HashMap<>();
    TreeMap<Integer, long[]> hourCounts = new TreeMap<>();
    Map<Integer, Double> hourAmounts = new HashMap<>();
    Map<Long, Long> amountBins = new HashMap<>();
    long transactions = 0;
    double totalAmount = 0;
    long minMicros = Long.MAX_VALUE;
    long maxMicros = Long.MIN_VALUE;
    long maxLine = 0;
    Moments moments = Moments.EMPTY;
    // Merged in a fixed order so that the floating-point sums do not depend on Spark's.
    cells = new ArrayList<>(cells);
    cells.sort(java.util.Comparator.comparing((Row r) -> r.getDate(0)).thenComparingInt(r -> r.getInt(1))
        .thenComparingLong(r -> r.isNullAt(2) ? Long.MIN_VALUE : r.getLong(2)));
    for (Row c : cells) {
      long n = c.getLong(c.fieldIndex("rows"));
      double amount = c.getDouble(c.fieldIndex("amount_sum"));
      LocalDate day = c.getDate(0).toLocalDate();
      dayCounts.computeIfAbsent(day, d -> new long[1])[0] += n;
      dayAmounts.merge(day, amount, Double::sum);
      hourCounts.computeIfAbsent(c.getInt(1), h -> new long[1])[0] += n;
      hourAmounts.merge(c.getInt(1), amount, Double::sum);
      if (!c.isNullAt(2)) {
        amountBins.merge(c.getLong(2), n, Long::sum);
      }
      transactions += n;
      totalAmount += amount;
      minMicros = Math.min(minMicros, c.getLong(c.fieldIndex("min_micros")));
      maxMicros = Math.max(maxMicros, c.getLong(c.fieldIndex("max_micros")));
      maxLine = Math.max(maxLine, c.getLong(c.fieldIndex("max_line")));
      moments = moments.plus(Moments.from(c, "amount"));
    }

    TreeSet<String> locations = new TreeSet<>();
    TreeSet<String> files = new TreeSet<>();
    for (Row r : dictionaries.join()) {
      if (!r.isNullAt(0)) {
        locations.add(r.getString(0));
      }
      files.add(r.getString(1));
    }

    ColumnStatistics.Result amountStats = amountStatistics.join();
    NumericProfile amount = NumericProfile.of("transactions", "amount", amountStats, moments, transactions,
        amountStats.values(), false);

    List<Row> dailyRows = new ArrayList<>();
    // Every date of the period, so days without transactions show as gaps rather than vanish.
    for (LocalDate d = dayCounts.firstKey(); !d.isAfter(dayCounts.lastKey()); d = d.plusDays(1)) {
      long[] n = dayCounts.get(d);
      dailyRows.add(ReportTable.row(java.sql.Date.valueOf(d), n == null ? 0L : n[0], dayAmounts.getOrDefault(d, 0.0)));
    }
    List<Row> hourlyRows = new ArrayList<>();
    hourCounts.forEach((h, n) -> hourlyRows.add(ReportTable.row(h, n[0], hourAmounts.get(h))));
    return new TransactionOverview(transactions, dayCounts.firstKey(), dayCounts.lastKey(), totalAmount, amount,
        new ReportTable(EdaTables.DAILY_VOLUME, dailyRows),
        new ReportTable(EdaTables.HOURLY_VOLUME, hourlyRows),
        Histograms.rows("amount", "transactions", Histograms.Kind.LOG_MONEY, amountBins),
        List.copyOf(locations), List.copyOf(files), minMicros, maxMicros, maxLine);
  }

  public long zeroAmounts() {
    return amountHistogram.stream().filter(r -> r.getLong(2) == HistogramBins.ZERO).mapToLong(r -> r.getLong(6)).sum();
  }
}
