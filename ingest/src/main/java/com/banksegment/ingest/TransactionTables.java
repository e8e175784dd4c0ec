package com.banksegment.ingest;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import com.banksegment.ingest.InputFiles.InputFile;
import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schemas of clean/transactions and quarantine/transactions exactly as in
 * docs/data-contract.md, and of the job's intermediate "parsed" rows that carry both.
 */
public final class TransactionTables {
  private TransactionTables() {}

  public static final StructType CLEAN = schema(
      "transaction_id", StringType,
      "customer_id", StringType,
      "customer_dob", DateType,
      "gender", StringType,
      "location", StringType,
      "account_balance", DoubleType,
      "transaction_date", DateType,
      "transaction_time", StringType,
      "transaction_ts", TimestampType,
      "transaction_hour", IntegerType,
      "amount", DoubleType,
      "dob_placeholder", BooleanType,
      "dob_missing", BooleanType,
      "dob_invalid", BooleanType,
      "gender_unknown", BooleanType,
      "location_missing", BooleanType,
      "balance_missing", BooleanType,
      "source_file", StringType,
      "source_line", LongType);

  public static final StructType QUARANTINE = schema(
      "source_file", StringType,
      "line_number", LongType,
      "raw_line", StringType,
      "reason", StringType,
      "detail", StringType);

  /**
   * One row per input line: the clean columns (null for a rejected line), then the raw line,
   * the file's position in name order and, for a rejected line, reason and detail.
   */
  static final StructType PARSED = CLEAN
      .add("file_index", IntegerType)
      .add("raw_line", StringType)
      .add("reason", StringType)
      .add("detail", StringType);

  /** The parsed row of one input line. */
  static Row parsedRow(ParsedLine parsed, InputFile file, long lineNumber, String rawLine) {
    if (parsed instanceof CleanRecord r) {
      return RowFactory.create(r.transactionId(), r.customerId(), r.customerDob(), r.gender(),
          r.location(), r.accountBalance(), r.transactionDate(), r.transactionTime(),
          r.transactionTs(), r.transactionHour(), r.amount(), r.dobPlaceholder(), r.dobMissing(),
          r.dobInvalid(), r.genderUnknown(), r.locationMissing(), r.balanceMissing(),
          file.name(), lineNumber, file.index(), rawLine, null, null);
    }
    Rejection rejection = (Rejection) parsed;
    Object[] values = new Object[PARSED.size()];
    values[CLEAN.fieldIndex("source_file")] = file.name();
    values[CLEAN.fieldIndex("source_line")] = lineNumber;
    values[PARSED.fieldIndex("file_index")] = file.index();
    values[PARSED.fieldIndex("raw_line")] = rawLine;
    values[PARSED.fieldIndex("reason")] = rejection.reason().name();
    values[PARSED.fieldIndex("detail")] = rejection.detail();
    return RowFactory.create(values);
  }

  /** The clean/transactions columns of parsed rows. */
  static Column[] cleanColumns() {
    return Arrays.stream(CLEAN.fieldNames()).map(functions::col).toArray(Column[]::new);
  }

  /** The quarantine/transactions columns of parsed rows. */
  static Column[] quarantineColumns() {
    return new Column[] {
        functions.col("source_file"), functions.col("source_line").as("line_number"),
        functions.col("raw_line"), functions.col("reason"), functions.col("detail")};
  }

  /** Columns are all nullable in Spark's sense (Parquet readers see them so anyway); the contract says which may be null. */
  private static StructType schema(Object... nameAndType) {
    StructType schema = new StructType();
    for (int i = 0; i < nameAndType.length; i += 2) {
      schema = schema.add((String) nameAndType[i], (DataType) nameAndType[i + 1]);
    }
    return schema;
  }
}
