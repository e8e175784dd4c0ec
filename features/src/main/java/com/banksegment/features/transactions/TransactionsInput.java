package com.banksegment.features.transactions;

import com.banksegment.config.BadInputException;
import com.banksegment.config.LakeLayout;
import com.banksegment.config.RunDate;
import com.banksegment.contract.LakeTables;
import com.banksegment.contract.Table;
import com.banksegment.spark.LakeFileSystem;
import com.banksegment.spark.SparkSchemas;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads one run date's clean/transactions partition and checks that it carries the columns this
 * stage uses with their contract types, so a wrong input fails with one line naming the column.
 */
public final class TransactionsInput {
  /** The clean/transactions columns the features stage reads. */
  public static final Table COLUMNS = LakeTables.CLEAN_TRANSACTIONS.select("customer_id", "customer_dob", "gender",
      "location", "account_balance", "transaction_date", "transaction_ts", "transaction_hour", "amount",
      "source_file", "source_line");

  private TransactionsInput() {}

  public static Dataset<Row> read(SparkSession spark, LakeLayout layout, RunDate runDate) {
    String path = layout.partition(LakeTables.CLEAN_TRANSACTIONS, runDate);
    if (!LakeFileSystem.of(spark).exists(path)) {
      throw new BadInputException("clean transactions of run date " + runDate + " not found at " + path
          + ": run the ingest stage for that date first");
    }
    Dataset<Row> rows = spark.read().parquet(path);
    SparkSchemas.requireColumns(COLUMNS, rows.schema(), path);
    return rows.select(SparkSchemas.columns(COLUMNS));
  }
}
