package com.banksegment.ingest.tables;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import com.banksegment.contract.LakeTables;
import com.banksegment.ingest.parse.CleanRecord;
import com.banksegment.ingest.parse.ParsedLine;
import com.banksegment.ingest.parse.Rejection;
import com.banksegment.ingest.read.InputFiles.InputFile;
import com.banksegment.spark.SparkSchemas;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * The row ingest makes of each input line: the clean/transactions columns of the contract (all
 * null but the source for a rejected line), then the raw line, the file's position in name order
 * and, for a rejected line, reason and detail. Both tables are selected from these rows.
 */
public final class ParsedRows {
  private ParsedRows() {}

  private static final StructType CLEAN = SparkSchemas.allNullable(LakeTables.CLEAN_TRANSACTIONS);

  public static final StructType SCHEMA = CLEAN
      .add("file_index", IntegerType)
      .add("raw_line", StringType)
      .add("reason", StringType)
      .add("detail", StringType);

  /** The row of one input line, its values in the contract's column order. */
  public static Row of(ParsedLine parsed, InputFile file, long lineNumber, String rawLine) {
    if (parsed instanceof CleanRecord r) {
      return RowFactory.create(r.transactionId(), r.customerId(), r.customerDob(), r.gender(),
          r.location(), r.accountBalance(), r.transactionDate(), r.transactionTime(),
          r.transactionTs(), r.transactionHour(), r.amount(), r.dobPlaceholder(), r.dobMissing(),
          r.dobInvalid(), r.genderUnknown(), r.locationMissing(), r.balanceMissing(),
          file.name(), lineNumber, file.index(), rawLine, null, null);
    }
    Rejection rejection = (Rejection) parsed;
    Object[] values = new Object[SCHEMA.size()];
    values[CLEAN.fieldIndex("source_file")] = file.name();
    values[CLEAN.fieldIndex("source_line")] = lineNumber;
    values[SCHEMA.fieldIndex("file_index")] = file.index();
    values[SCHEMA.fieldIndex("raw_line")] = rawLine;
    values[SCHEMA.fieldIndex("reason")] = rejection.reason().name();
    values[SCHEMA.fieldIndex("detail")] = rejection.detail();
    return RowFactory.create(values);
  }

  /** The clean/transactions columns of parsed rows. */
  static Column[] cleanColumns() {
    return SparkSchemas.columns(LakeTables.CLEAN_TRANSACTIONS);
  }

  /** The quarantine/transactions columns of parsed rows: a rejected line's number is its source line. */
  static Column[] quarantineColumns() {
    return LakeTables.QUARANTINE_TRANSACTIONS.columnNames().stream()
        .map(c -> c.equals("line_number") ? functions.col("source_line").as(c) : functions.col(c))
        .toArray(Column[]::new);
  }
}
