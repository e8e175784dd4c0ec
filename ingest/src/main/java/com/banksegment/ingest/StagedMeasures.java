package com.banksegment.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Counts taken from the staged (written, not yet committed) tables: rows, quarantine by reason,
 * soft flags, nulls per column, amounts above the configured maximum, first and last date.
 * One aggregation over the clean table and one small group-by over the quarantine.
 */
record StagedMeasures(
    long cleanRows,
    long quarantinedRows,
    Map<RejectReason, Long> quarantinedByReason,
    Map<SoftFlag, Long> softFlags,
    Map<String, Long> nullsPerColumn,
    long amountsAboveMax,
    String firstTransactionDate,
    String lastTransactionDate) {

  static StagedMeasures of(Dataset<Row> clean, Dataset<Row> quarantine, double maxAmount) {
    String[] columns = TransactionTables.CLEAN.fieldNames();
    List<Column> aggregates = new ArrayList<>();
    for (SoftFlag flag : SoftFlag.values()) {
      aggregates.add(sum(when(col(flag.column()), 1L).otherwise(0L)));
    }
    for (String column : columns) {
      aggregates.add(count(col(column)));
    }
    aggregates.add(sum(when(col("amount").gt(maxAmount), 1L).otherwise(0L)));
    aggregates.add(min(col("transaction_date")).cast("string"));
    aggregates.add(max(col("transaction_date")).cast("string"));
    Row row = clean.agg(count(lit(1)), aggregates.toArray(Column[]::new)).first();

    long cleanRows = row.getLong(0);
    int at = 1;
    Map<SoftFlag, Long> flags = new EnumMap<>(SoftFlag.class);
    for (SoftFlag flag : SoftFlag.values()) {
      flags.put(flag, row.isNullAt(at) ? 0L : row.getLong(at));
      at++;
    }
    Map<String, Long> nulls = new LinkedHashMap<>();
    for (String column : columns) {
      nulls.put(column, cleanRows - row.getLong(at++));
    }
    long aboveMax = row.isNullAt(at) ? 0L : row.getLong(at);
    String first = row.getString(at + 1);
    String last = row.getString(at + 2);

    Map<RejectReason, Long> byReason = new EnumMap<>(RejectReason.class);
    for (RejectReason reason : RejectReason.values()) {
      byReason.put(reason, 0L);
    }
    long quarantined = 0;
    for (Row r : quarantine.groupBy("reason").count().collectAsList()) {
      byReason.put(RejectReason.valueOf(r.getString(0)), r.getLong(1));
      quarantined += r.getLong(1);
    }
    return new StagedMeasures(cleanRows, quarantined, byReason, flags, nulls, aboveMax, first, last);
  }

  static <K extends Enum<K>> Map<String, Long> byName(Map<K, Long> counts) {
    Map<String, Long> named = new LinkedHashMap<>();
    counts.forEach((key, value) -> named.put(key instanceof SoftFlag f ? f.column() : key.name(), value));
    return named;
  }
}
