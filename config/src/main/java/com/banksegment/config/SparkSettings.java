package com.banksegment.config;

import java.util.Map;

/** How the Spark session of a batch job is built. */
public record SparkSettings(String master, String appName, int shufflePartitions, Map<String, String> conf) {
  static SparkSettings read(SettingsReader r) {
    return new SparkSettings(
        r.nonBlank("segment.spark.master"),
        r.nonBlank("segment.spark.app-name"),
        r.intBetween("segment.spark.shuffle-partitions", 1, 100_000),
        r.stringMap("segment.spark.conf"));
  }
}
