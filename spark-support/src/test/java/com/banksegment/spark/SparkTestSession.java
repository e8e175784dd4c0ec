package com.banksegment.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One local SparkSession for the whole test JVM (local[2], UI off, 2 shuffle partitions):
 * starting Spark costs seconds, so test classes share it and stop nothing.
 */
public final class SparkTestSession {
  private static SparkSession session;

  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.default.parallelism", "2")
          .config("spark.sql.session.timeZone", "UTC")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.sql.adaptive.enabled", "false")
          // As in every stage's session (SparkSessions): one SQL conf per task.
          .config("spark.plugins", TaskSqlConfPlugin.class.getName())
          .getOrCreate();
      session.sparkContext().setLogLevel("WARN");
    }
    return session;
  }
}
