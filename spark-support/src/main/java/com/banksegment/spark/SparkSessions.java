package com.banksegment.spark;

import com.banksegment.config.SparkSettings;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** Builds the one SparkSession a job's {@code main} hands to the job; tests build their own. */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession create(SparkSettings settings) {
    SparkSession.Builder builder = SparkSession.builder()
        .appName(settings.appName())
        .config("spark.sql.shuffle.partitions", settings.shufflePartitions());
    // Under spark-submit the master comes from the submit command; only set it when running embedded.
    if (System.getProperty("spark.master") == null) {
      builder.master(settings.master());
    }
    for (Map.Entry<String, String> e : settings.conf().entrySet()) {
      builder.config(e.getKey(), e.getValue());
    }
    return builder.getOrCreate();
  }
}
