package com.banksegment.spark;

import com.banksegment.config.BadInputException;
import com.banksegment.contract.ColumnType;
import com.banksegment.contract.Table;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The one adapter from the lake contract to Spark: schemas, column lists and schema checks. */
public final class SparkSchemas {
  private SparkSchemas() {}

  public static DataType typeOf(ColumnType type) {
    return switch (type) {
      case STRING -> DataTypes.StringType;
      case INT -> DataTypes.IntegerType;
      case LONG -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
      case DATE -> DataTypes.DateType;
      case TIMESTAMP -> DataTypes.TimestampType;
      case DOUBLE_ARRAY -> DataTypes.createArrayType(DataTypes.DoubleType, false);
    };
  }

  /** The table's schema with the contract's nullability (for rows built on the driver). */
  public static StructType of(Table table) {
    return build(table, false);
  }

  /**
   * The table's schema with every column nullable: for intermediate rows that may leave a
   * column empty (ingest's parsed lines) and for report tables as Spark reads them back.
   */
  public static StructType allNullable(Table table) {
    return build(table, true);
  }

  private static StructType build(Table table, boolean allNullable) {
    List<StructField> fields = new ArrayList<>();
    for (com.banksegment.contract.Column c : table.columns()) {
      fields.add(DataTypes.createStructField(c.name(), typeOf(c.type()), allNullable || c.nullable()));
    }
    return DataTypes.createStructType(fields);
  }

  /** The table's columns in contract order, for a {@code select} of exactly what is written. */
  public static Column[] columns(Table table) {
    return table.columnNames().stream().map(functions::col).toArray(Column[]::new);
  }

  /**
   * Checks that data read from {@code path} has the columns of {@code expected} (a whole table or
   * the columns a reader needs of it) with their contract types; other columns may be there too.
   *
   * @throws BadInputException naming the path, the first column missing or of the wrong type, and
   *     the contract's table
   */
  public static void requireColumns(Table expected, StructType found, String path) {
    for (com.banksegment.contract.Column c : expected.columns()) {
      if (!found.getFieldIndex(c.name()).isDefined()) {
        throw new BadInputException(path + ": column " + c.name() + " is missing (expected the " + expected.path()
            + " columns of docs/data-contract.md)");
      }
      DataType actual = found.apply(c.name()).dataType();
      if (!sameType(actual, typeOf(c.type()))) {
        throw new BadInputException(path + ": column " + c.name() + " is " + actual.simpleString() + ", expected "
            + typeOf(c.type()).simpleString());
      }
    }
  }

  /**
   * What is wrong with a written table's schema against its contract (exactly its columns, in
   * order, with their types), or null when it conforms: the check every staged table passes.
   */
  public static String mismatch(Table expected, StructType written) {
    List<String> want = new ArrayList<>();
    for (com.banksegment.contract.Column c : expected.columns()) {
      want.add(c.name() + ":" + typeOf(c.type()).simpleString());
    }
    List<String> got = new ArrayList<>();
    for (StructField f : written.fields()) {
      got.add(f.name() + ":" + f.dataType().simpleString());
    }
    return want.equals(got) ? null : "columns " + got + ", expected " + want + " (docs/data-contract.md)";
  }

  /** Types compare without nullability (Parquet reads every column and array element back as nullable). */
  private static boolean sameType(DataType a, DataType b) {
    return a.simpleString().equals(b.simpleString());
  }
}
