package com.banksegment.features;

import com.banksegment.config.LakeLayout;
import com.banksegment.config.RunDate;
import com.banksegment.contract.LakeTables;
import com.banksegment.spark.SparkSchemas;
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
import org.apache.spark.sql.types.StructType;

/** Tiny clean/transactions fixtures with exactly the contract's schema (docs/data-contract.md). */
public final class CleanTransactions {
  public static final StructType SCHEMA = SparkSchemas.allNullable(LakeTables.CLEAN_TRANSACTIONS);

  private final List<Row> rows = new ArrayList<>();
  private int nextLine = 2;

  /**
   * Adds one transaction of file batch.csv at the next line. dob is "yyyy-mm-dd" or null
   * (unknown), time "HH:mm:ss". Lines are numbered in the order rows are added, as the ingest
   * numbers a file.
   */
  public CleanTransactions add(String customer, String dob, String gender, String location, Double balance,
                        String date, String time, double amount) {
    return addAt("batch.csv", nextLine++, customer, dob, gender, location, balance, date, time, amount);
  }

  /** Adds one transaction at an explicit file and line. */
  public CleanTransactions addAt(String file, long line, String customer, String dob, String gender, String location,
                          Double balance, String date, String time, double amount) {
    LocalDate day = LocalDate.parse(date);
    LocalTime clock = LocalTime.parse(time);
    rows.add(RowFactory.create("T" + file + line, customer, dob == null ? null : Date.valueOf(dob), gender,
        location, balance, Date.valueOf(day), time, Timestamp.valueOf(day.atTime(clock)), clock.getHour(), amount,
        false, dob == null, false, gender == null, location == null, balance == null, file, line));
    return this;
  }

  public Dataset<Row> toDataset(SparkSession spark) {
    return spark.createDataFrame(rows, SCHEMA);
  }

  /** Writes the rows as the clean/transactions partition of the run date in the given lake. */
  public void writeTo(SparkSession spark, LakeLayout layout, RunDate runDate) {
    toDataset(spark).write().mode(SaveMode.Overwrite)
        .parquet(layout.partition(LakeTables.CLEAN_TRANSACTIONS, runDate));
  }
}
