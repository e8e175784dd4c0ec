package com.banksegment.modeling.prepare;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.banksegment.config.BadInputException;
import com.banksegment.config.LakeLayout;
import com.banksegment.config.RunDate;
import com.banksegment.contract.LakeTables;
import com.banksegment.contract.Table;
import com.banksegment.spark.LakeFileSystem;
import com.banksegment.spark.SparkSchemas;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Reads clean/customers of a run date (docs/data-contract.md) with the columns the model needs,
 * cached, and finds the model's inputs in it ({@link ModelInputs}).
 */
public final class CustomersInput {
  /** The clean/customers columns the model reads (the last three for lifetime value only). */
  public static final Table COLUMNS = LakeTables.CUSTOMERS.select(
      "customer_id", "recency_days", "frequency", "monetary", "age", "balance", "gender",
      "r_score", "f_score", "m_score", "rfm_score", "rfm_segment", "avg_amount", "first_txn_date", "last_txn_date");

  private CustomersInput() {}

  /** The customers (cached by {@link #read}), how many there are, and the model inputs their table has. */
  public record Loaded(Dataset<Row> customers, long count, ModelInputs inputs) {}

  public static Loaded read(SparkSession spark, LakeLayout layout, RunDate runDate) {
    return load(spark, layout, runDate, true);
  }

  /**
   * The same checked customers, not cached: for a stage that reads them once or twice (the decide
   * stage's check and drift sample). Each pass then reads only the columns it needs, vectorised,
   * from Parquet; building the in-memory cache would cost more than it saves.
   */
  public static Loaded readOnce(SparkSession spark, LakeLayout layout, RunDate runDate) {
    return load(spark, layout, runDate, false);
  }

  private static Loaded load(SparkSession spark, LakeLayout layout, RunDate runDate, boolean cache) {
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
    // Cached for the model and score stages: the check, scaling and PCA, the collect and the
    // assignment each read it (from Parquet, twice as slow).
    Dataset<Row> customers = cache ? select(table).persist(StorageLevel.MEMORY_AND_DISK()) : select(table);
    try {
      Row checked = checkPass(customers);
      return new Loaded(customers, checked.getLong(0), checkModelInputs(checked, path));
    } catch (RuntimeException e) {
      customers.unpersist();
      throw e;
    }
  }

  /** A rule of a model input: what is a bad value, and what is expected, in words. */
  private record Rule(String input, Column bad, String expected) {}

  private static final List<Rule> RFM_RULES = List.of(
      new Rule("recency_days", col("recency_days").lt(0), ">= 0"),
      new Rule("frequency", col("frequency").lt(1), ">= 1"),
      new Rule("monetary", col("monetary").lt(0).or(isnan(col("monetary"))), ">= 0"));

  private static final List<Rule> ATTRIBUTE_RULES = List.of(
      new Rule("age", col("age").lt(0).or(isnan(col("age"))), ">= 0"),
      new Rule("balance", col("balance").lt(0).or(isnan(col("balance"))), ">= 0"),
      new Rule("gender", not(col("gender").isin("M", "F", "U")), "M, F or U"));

  /**
   * Which attributes are inputs, and that every input is sound, in one pass. RFM is in every row. An
   * attribute is in every row or in none (the features stage imputes a missing value when the batch
   * observed any): none means the source lacks it and the model goes without it, never on nulls;
   * some rows without it means the table is not what the contract says. Fails with the column and
   * the number of bad rows rather than let VectorAssembler or log1p fail deep inside Spark.
   */
  private static ModelInputs checkModelInputs(Row row, String path) {
    long total = row.getLong(0);
    if (total == 0) {
      throw new BadInputException("customer table " + path + " has no customers: expected at least one row");
    }
    int i = 1;
    for (Rule r : RFM_RULES) {
      long badRows = longAt(row, i++);
      if (badRows > 0) {
        throw new BadInputException("customer table " + path + ": " + badRows + " rows with a null or invalid "
            + r.input() + " (expected " + r.expected() + ")");
      }
    }
    List<String> attributes = new ArrayList<>();
    for (Rule r : ATTRIBUTE_RULES) {
      long withValue = longAt(row, i++);
      long badRows = longAt(row, i++);
      if (withValue > 0 && withValue < total) {
        throw new BadInputException("customer table " + path + ": " + (total - withValue) + " of " + total
            + " rows with a null " + r.input() + ": expected a value in every row (the features stage imputes a"
            + " missing one) or in none (a source without " + r.input() + ")");
      }
      if (badRows > 0) {
        throw new BadInputException("customer table " + path + ": " + badRows + " rows with an invalid "
            + r.input() + " (expected " + r.expected() + ")");
      }
      if (withValue > 0) {
        attributes.add(r.input());
      }
    }
    return ModelInputs.withAttributes(attributes);
  }

  /** The one pass of the check (it also fills the cache): the row count, then the counts each rule reads. */
  private static Row checkPass(Dataset<Row> customers) {
    List<Column> checks = new ArrayList<>();
    for (Rule r : RFM_RULES) {
      checks.add(sum(bad(col(r.input()).isNull().or(r.bad()))));
    }
    for (Rule r : ATTRIBUTE_RULES) {
      checks.add(count(col(r.input())));
      checks.add(sum(bad(col(r.input()).isNotNull().and(r.bad()))));
    }
    return customers.agg(count(lit(1)), checks.toArray(Column[]::new)).first();
  }

  private static long longAt(Row row, int i) {
    return row.isNullAt(i) ? 0 : row.getLong(i);
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
