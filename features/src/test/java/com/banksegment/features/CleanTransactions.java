package com.banksegment.features;

import com.banksegment.config.LakeLayout;
import com.banksegment.config.RunDate;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Tiny clean/transactions fixtures with exactly the schema of docs/data-contract.md. */
final class CleanTransactions {
  static final StructType SCHEMA = new StructType()
      .add("transaction_id", DataTypes.StringType)
      .add("customer_id", DataTypes.StringType)
      .add("customer_dob", DataTypes.DateType)
      .add("gender", DataTypes.StringType)
      .add("location", DataTypes.StringType)
      .add("account_balance", DataTypes.DoubleType)
      .add("transaction_date", DataTypes.DateType)
      .add("transaction_time", DataTypes.StringType)
      .add("transaction_ts", DataTypes.TimestampType)
      .add("transaction_hour", DataTypes.IntegerType)
      .add("amount", DataTypes.DoubleType)
      .add("dob_placeholder", DataTypes.BooleanType)
      .add("dob_missing", DataTypes.BooleanType)
      .add("dob_invalid", DataTypes.BooleanType)
      .add("gender_unknown", DataTypes.BooleanType)
      .add("location_missing", DataTypes.BooleanType)
      .add("balance_missing", DataTypes.BooleanType)
      .add("source_file", DataTypes.StringType)
      .add("source_line", DataTypes.LongType);

  private final List<Row> rows = new ArrayList<>();
  private int nextLine = 2;

  /**
   * Adds one transaction of file batch.csv at the next line. dob is "yyyy-mm-dd" or null
   * (unknown), time "HH:mm:ss". Lines are numbered in the order rows are added, as the ingest
   * numbers a file.
   */
  CleanTransactions add(String customer, String dob, String gender, String location, Double balance,
                        String date, String time, double amount) {
    return addAt("batch.csv", nextLine++, customer, dob, gender, location, balance, date, time, amount);
  }

  /** Adds one transaction at an explicit file and line. */
  CleanTransactions addAt(String file, long line, String customer, String dob, String gender, String location,
                          Double balance, String date, String time, double amount) {
    LocalDate day = LocalDate.parse(date);
    LocalTime clock = LocalTime.parse(time);
    rows.add(RowFactory.create("T" + file + line, customer, dob == null ? null : Date.valueOf(dob), gender,
        location, balance, Date.valueOf(day), time, Timestamp.valueOf(day.atTime(clock)), clock.getHour(), amount,
        false, dob == null, false, gender == null, location == null, balance == null, file, line));
    return this;
  }

  Dataset<Row> toDataset(SparkSession spark) {
    return spark.createDataFrame(rows, SCHEMA);
  }

  /** Writes the rows as the clean/transactions partition of the run date in the given lake. */
  void writeTo(SparkSession spark, LakeLayout layout, RunDate runDate) {
    toDataset(spark).write().mode(SaveMode.Overwrite)
        .parquet(LakeLayout.partitionOf(layout.cleanTransactions(), runDate));
  }
}
