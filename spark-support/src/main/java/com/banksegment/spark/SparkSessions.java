package com.banksegment.spark;

import com.banksegment.config.SparkSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.spark.sql.SparkSession;

/** Builds the one SparkSession a job's {@code main} hands to the job; tests build their own. */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession create(SparkSettings settings) {
    SparkSession.Builder builder = SparkSession.builder();
    sessionConf(settings, System.getProperties()).forEach(builder::config);
    return builder.getOrCreate();
  }

  /**
   * The settings the suite adds to the session. Under spark-submit every setting of the submit
   * command (--master, --name, --conf, --properties-file) arrives as a {@code spark.*} system property;
   * those win, so a cluster is sized in one place (spark-defaults.conf) and the suite's
   * segment.spark.* values only fill in what the submit left unset (all of it when embedded).
   */
  static Map<String, String> sessionConf(SparkSettings settings, Properties submitted) {
    Map<String, String> wanted = new LinkedHashMap<>();
    wanted.put("spark.master", settings.master());
    wanted.put("spark.app.name", settings.appName());
    wanted.put("spark.sql.shuffle.partitions", String.valueOf(settings.shufflePartitions()));
    wanted.putAll(settings.conf());
    Map<String, String> result = new LinkedHashMap<>();
    wanted.forEach((key, value) -> {
      if (submitted.getProperty(key) == null) {
        result.put(key, value);
      }
    });
    result.put(PLUGINS, withOurPlugin(submitted.getProperty(PLUGINS, result.get(PLUGINS))));
    String master = submitted.getProperty("spark.master", wanted.get("spark.master"));
    if (master.startsWith("local") && submitted.getProperty(LOCAL_FILE_SYSTEM) == null) {
      result.putIfAbsent(LOCAL_FILE_SYSTEM, ForklessLocalFileSystem.class.getName());
    }
    return result;
  }

  /** Hadoop's class for file:// paths: on one machine, the one that sets permissions without a chmod process. */
  static final String LOCAL_FILE_SYSTEM = "spark.hadoop.fs.file.impl";

  /** Spark's list of plugins to load; the suite's own is always in it (added to a cluster's list). */
  static final String PLUGINS = "spark.plugins";

  private static String withOurPlugin(String plugins) {
    String ours = TaskSqlConfPlugin.class.getName();
    if (plugins == null || plugins.isBlank()) {
      return ours;
    }
    return java.util.Arrays.asList(plugins.split("\\s*,\\s*")).contains(ours) ? plugins : plugins + "," + ours;
  }
}
