package com.banksegment.ingest.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.banksegment.contract.LakeTables;
import com.banksegment.contract.RejectReason;
import com.banksegment.contract.SoftFlag;
import com.banksegment.spark.StageFailedException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;

/**
 * What ingest saw go into its two tables: the counts of the ingest report. Flags, nulls, reasons
 * and dates are observed while the tables are written ({@code Dataset.observe}: no extra pass over
 * the data); the row counts are then read back from the staged Parquet and must agree.
 *
 * @param rows the rows written
 * @param values the clean rows' nulls per column, amounts above the maximum and period
 */
public record Observed(RowCounts rows, CleanValues values) {

  /** Nulls per clean column, amounts above {@code segment.ingest.max-amount}, first and last date. */
  public record CleanValues(Map<String, Long> nullsPerColumn, long amountsAboveMax, String firstTransactionDate,
      String lastTransactionDate) {}

  /** Aggregates to observe on the clean rows being written. */
  static Column[] cleanMetrics(double maxAmount) {
    List<Column> metrics = new ArrayList<>();
    metrics.add(count(lit(1)).as("rows"));
    for (SoftFlag flag : SoftFlag.values()) {
      metrics.add(sum(when(col(flag.column()), 1L).otherwise(0L)).as("flag:" + flag.column()));
    }
    for (String column : LakeTables.CLEAN_TRANSACTIONS.columnNames()) {
      metrics.add(count(col(column)).as("present:" + column));
    }
    metrics.add(sum(when(col("amount").gt(maxAmount), 1L).otherwise(0L)).as("above_max"));
    metrics.add(min(col("transaction_date")).cast("string").as("first_date"));
    metrics.add(max(col("transaction_date")).cast("string").as("last_date"));
    return metrics.toArray(Column[]::new);
  }

  /** Aggregates to observe on the quarantined rows being written. */
  static Column[] quarantineMetrics() {
    List<Column> metrics = new ArrayList<>();
    metrics.add(count(lit(1)).as("rows"));
    for (RejectReason reason : RejectReason.values()) {
      metrics.add(sum(when(col("reason").equalTo(reason.name()), 1L).otherwise(0L)).as(reason.name()));
    }
    return metrics.toArray(Column[]::new);
  }

  /**
   * Combines the observed metrics with the row counts read back from the staged tables;
   * fails if the two disagree (a write that lost or repeated rows).
   */
  static Observed of(Row clean, Row quarantine, long cleanOnDisk, long quarantineOnDisk) {
    long cleanRows = clean.getAs("rows");
    long quarantinedRows = quarantine.getAs("rows");
    if (cleanRows != cleanOnDisk || quarantinedRows != quarantineOnDisk) {
      throw new StageFailedException("ingest wrote " + cleanOnDisk + " clean and " + quarantineOnDisk
          + " quarantined rows but saw " + cleanRows + " and " + quarantinedRows + " go into the writer");
    }
    Map<SoftFlag, Long> flags = new EnumMap<>(SoftFlag.class);
    for (SoftFlag flag : SoftFlag.values()) {
      flags.put(flag, longOrZero(clean, "flag:" + flag.column()));
    }
    Map<String, Long> nulls = new LinkedHashMap<>();
    for (String column : LakeTables.CLEAN_TRANSACTIONS.columnNames()) {
      nulls.put(column, cleanRows - clean.<Long>getAs("present:" + column));
    }
    Map<RejectReason, Long> byReason = new EnumMap<>(RejectReason.class);
    for (RejectReason reason : RejectReason.values()) {
      byReason.put(reason, longOrZero(quarantine, reason.name()));
    }
    return new Observed(new RowCounts(cleanRows, quarantinedRows, byReason, flags),
        new CleanValues(nulls, longOrZero(clean, "above_max"), clean.getAs("first_date"), clean.getAs("last_date")));
  }

  /** Sums over no rows are null. */
  private static long longOrZero(Row row, String name) {
    Long value = row.getAs(name);
    return value == null ? 0L : value;
  }
}
