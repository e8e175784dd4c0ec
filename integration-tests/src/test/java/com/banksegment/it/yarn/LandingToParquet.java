package com.banksegment.it.yarn;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A small Spark application for {@link com.banksegment.it.YarnSubmitIT}: reads a landing folder
 * of the bank's CSV from HDFS and writes it as Parquet (args: input folder, output folder).
 * Only Spark APIs that Spark 3.5 and 4.1 share; returns from main, as YARN cluster mode expects.
 */
public final class LandingToParquet {
  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().getOrCreate();
    Dataset<Row> rows = spark.read().option("header", "true").csv(args[0]);
    rows.repartition(2).write().mode("overwrite").parquet(args[1]);
    System.out.println("LandingToParquet rows=" + spark.read().parquet(args[1]).count());
    spark.stop();
  }
}
