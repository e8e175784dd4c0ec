package com.banksegment.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.config.SparkSettings;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SparkSessionsTest {
  private static final SparkSettings YARN_PROFILE = new SparkSettings("yarn", "app", 200,
      Map.of("spark.dynamicAllocation.enabled", "true", "spark.sql.adaptive.enabled", "true"));

  @Test
  void embeddedRunTakesEverySettingOfTheSuite() {
    Map<String, String> conf = SparkSessions.sessionConf(YARN_PROFILE, new Properties());

    assertThat(conf).containsEntry("spark.master", "yarn")
        .containsEntry("spark.app.name", "app")
        .containsEntry("spark.sql.shuffle.partitions", "200")
        .containsEntry("spark.dynamicAllocation.enabled", "true")
        .containsEntry("spark.sql.adaptive.enabled", "true");
  }

  @Test
  void settingsGivenToSparkSubmitWinOverTheSuite() {
    Properties submitted = new Properties();
    submitted.setProperty("spark.master", "local[2]");
    submitted.setProperty("spark.app.name", "bank-segmentation-model-2016-10-21");
    submitted.setProperty("spark.sql.shuffle.partitions", "3000");
    submitted.setProperty("spark.dynamicAllocation.enabled", "false");

    Map<String, String> conf = SparkSessions.sessionConf(YARN_PROFILE, submitted);

    assertThat(conf).doesNotContainKeys("spark.master", "spark.app.name", "spark.sql.shuffle.partitions",
            "spark.dynamicAllocation.enabled")
        .containsEntry("spark.sql.adaptive.enabled", "true");
  }

  @Test
  void localMastersSetPermissionsWithoutAProcessAndClustersKeepHadoopsFileSystem() {
    SparkSettings embedded = new SparkSettings("local[*]", "app", 8, Map.of());

    assertThat(SparkSessions.sessionConf(embedded, new Properties()))
        .containsEntry("spark.hadoop.fs.file.impl", ForklessLocalFileSystem.class.getName());
    assertThat(SparkSessions.sessionConf(YARN_PROFILE, new Properties())).doesNotContainKey("spark.hadoop.fs.file.impl");
    Properties onYarn = new Properties();
    onYarn.setProperty("spark.master", "yarn");
    assertThat(SparkSessions.sessionConf(embedded, onYarn)).doesNotContainKey("spark.hadoop.fs.file.impl");
  }
}
