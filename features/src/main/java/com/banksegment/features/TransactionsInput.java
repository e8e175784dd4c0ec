package com.banksegment.features;

import com.banksegment.config.BadInputException;
import com.banksegment.config.LakeLayout;
import com.banksegment.config.RunDate;
import com.banksegment.spark.LakeFiles;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads one run date's clean/transactions partition (docs/data-contract.md) and checks that it
 * carries the columns this stage uses, so a wrong input fails with one line naming the column.
 */
final class TransactionsInput {
  /** The clean/transactions columns the features stage reads, with their contract types. */
  static final Map<String, DataType> COLUMNS = columns();

  private TransactionsInput() {}

  static Dataset<Row> read(SparkSession spark, LakeLayout layout, RunDate runDate) {
    String path = LakeLayout.partitionOf(layout.cleanTransactions(), runDate);
    if (!LakeFiles.of(spark).exists(path)) {
      throw new BadInputException("clean transactions of run date " + runDate + " not found at " + path
          + ": run the ingest stage for that date first");
    }
    Dataset<Row> rows = spark.read().parquet(path);
    checkSchema(path, rows.schema());
    return rows.select(COLUMNS.keySet().stream().map(rows::col).toArray(Column[]::new));
  }

  static void checkSchema(String path, StructType schema) {
    for (Map.Entry<String, DataType> expected : COLUMNS.entrySet()) {
      StructField found = schema.getFieldIndex(expected.getKey()).isDefined()
          ? schema.apply(expected.getKey()) : null;
      if (found == null) {
        throw new BadInputException(path + ": column " + expected.getKey() + " is missing"
            + " (expected the clean/transactions schema of docs/data-contract.md)");
      }
      if (!found.dataType().equals(expected.getValue())) {
        throw new BadInputException(path + ": column " + expected.getKey() + " is "
            + found.dataType().simpleString() + ", expected " + expected.getValue().simpleString());
      }
    }
  }

  private static Map<String, DataType> columns() {
    Map<String, DataType> c = new LinkedHashMap<>();
    c.put("customer_id", DataTypes.StringType);
    c.put("customer_dob", DataTypes.DateType);
    c.put("gender", DataTypes.StringType);
    c.put("location", DataTypes.StringType);
    c.put("account_balance", DataTypes.DoubleType);
    c.put("transaction_date", DataTypes.DateType);
    c.put("transaction_ts", DataTypes.TimestampType);
    c.put("transaction_hour", DataTypes.IntegerType);
    c.put("amount", DataTypes.DoubleType);
    c.put("source_file", DataTypes.StringType);
    c.put("source_line", DataTypes.LongType);
    return Collections.unmodifiableMap(c);
  }
}
