package com.banksegment.ui;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The UI must never be able to start a SparkContext: Spark is not even on its class path (the
 * maven-enforcer rule no-spark-in-the-ui fails the build if a dependency brings it in).
 */
class NoSparkTest {
  @Test
  void sparkIsNotOnTheClassPath() {
    assertThatThrownBy(() -> Class.forName("org.apache.spark.SparkContext")).isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("org.apache.spark.sql.SparkSession")).isInstanceOf(ClassNotFoundException.class);
  }
}
