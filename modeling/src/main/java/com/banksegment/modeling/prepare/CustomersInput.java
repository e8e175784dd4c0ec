package com.banksegment.modeling.prepare;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.banksegment.config.BadInputException;
import com.banksegment.config.LakeLayout;
import com.banksegment.config.RunDate;
import com.banksegment.contract.LakeTables;
import com.banksegment.contract.Table;
import com.banksegment.spark.LakeFileSystem;
import com.banksegment.spark.SparkSchemas;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/** Reads clean/customers of a run date (docs/data-contract.md) with the columns the model needs, cached. */
public final class CustomersInput {
  /** The clean/customers columns the model reads (the last three for lifetime value only). */
  public static final Table COLUMNS = LakeTables.CUSTOMERS.select(
      "customer_id", "recency_days", "frequency", "monetary", "age", "balance", "gender",
      "r_score", "f_score", "m_score", "rfm_score", "rfm_segment", "avg_amount", "first_txn_date", "last_txn_date");

  private CustomersInput() {}

  public static Dataset<Row> read(SparkSession spark, LakeLayout layout, RunDate runDate) {
    String path = layout.partition(LakeTables.CUSTOMERS, runDate);
    if (!LakeFileSystem.of(spark).exists(path)) {
      throw new BadInputException("customer table " + path + " not found: expected the features stage's output for "
          + runDate + " (run ingest and features for that date first)");
    }
    Dataset<Row> table = spark.read().parquet(path);
    List<String> present = Arrays.asList(table.columns());
    for (String column : COLUMNS.columnNames()) {
      if (!present.contains(column)) {
        throw new BadInputException("customer table " + path + " has no column " + column
            + ": expected the columns " + COLUMNS.columnNames() + " (docs/data-contract.md, clean/customers)");
      }
    }
    // Cached: the check, scaling, PCA and the transform each read it (from Parquet, twice as slow).
    Dataset<Row> customers = select(table).persist(StorageLevel.MEMORY_AND_DISK());
    checkModelInputs(customers, path);
    return customers;
  }

  /**
   * The features stage imputes every model input, so a null or impossible value means the table is
   * not what the contract says: fail with the column and the number of bad rows rather than let
   * VectorAssembler or log1p fail deep inside Spark.
   */
  private static void checkModelInputs(Dataset<Row> customers, String path) {
    Column[] checks = {
        count(col("customer_id")),
        sum(bad(col("recency_days").isNull().or(col("recency_days").lt(0)))),
        sum(bad(col("frequency").isNull().or(col("frequency").lt(1)))),
        sum(bad(col("monetary").isNull().or(col("monetary").lt(0)).or(isnan(col("monetary"))))),
        sum(bad(col("age").isNull().or(col("age").lt(0)).or(isnan(col("age"))))),
        sum(bad(col("balance").isNull().or(col("balance").lt(0)).or(isnan(col("balance")))))};
    Row r = customers.agg(checks[0], java.util.Arrays.copyOfRange(checks, 1, checks.length)).first();
    if (r.getLong(0) == 0) {
      throw new BadInputException("customer table " + path + " has no customers: expected at least one row");
    }
    String[] names = {"recency_days (expected >= 0)", "frequency (expected >= 1)", "monetary (expected >= 0)",
        "age (expected >= 0)", "balance (expected >= 0)"};
    for (int i = 0; i < names.length; i++) {
      long badRows = r.isNullAt(i + 1) ? 0 : r.getLong(i + 1);
      if (badRows > 0) {
        throw new BadInputException("customer table " + path + ": " + badRows + " rows with a null or invalid "
            + names[i]);
      }
    }
  }

  private static Column bad(Column condition) {
    return when(condition, 1L).otherwise(0L);
  }

  /** Casts to the contract's types, so a table with int or long counts reads the same. */
  static Dataset<Row> select(Dataset<Row> table) {
    return table.select(COLUMNS.columns().stream()
        .map(c -> col(c.name()).cast(SparkSchemas.typeOf(c.type())))
        .toArray(Column[]::new));
  }
}
