package com.banksegment.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.banksegment.config.LakeLayout;
import com.banksegment.config.RunDate;
import com.banksegment.spark.SparkTestSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {
  static final RunDate MONDAY = RunDate.parse("2016-10-17");
  static final RunDate TUESDAY = RunDate.parse("2016-10-18");

  @TempDir
  Path lake;
  final SparkSession spark = SparkTestSession.get();

  @Test
  void aFailedValidationLeavesTheLastGoodTablesAndPointer() throws IOException {
    LakeLayout layout = new LakeLayout(lake.toString());
    publish(layout, MONDAY, 3, t -> { });
    new Publisher(spark, layout, MONDAY).movePointer();

    // Re-running Monday and running Tuesday both fail validation of the second table.
    for (RunDate day : new RunDate[] {MONDAY, TUESDAY}) {
      assertThatThrownBy(() -> publish(layout, day, 5, t -> {
        throw new IllegalStateException("staged table segment_profiles failed validation: 5 rows");
      })).hasMessageContaining("failed validation");
    }

    assertThat(rows(layout, "customer_segments", MONDAY)).isEqualTo(3);
    assertThat(rows(layout, "segment_profiles", MONDAY)).isEqualTo(3);
    assertThat(lake.resolve("published/customer_segments/run_date=" + TUESDAY)).doesNotExist();
    assertThat(Files.readString(lake.resolve("published/_LATEST"))).isEqualTo(MONDAY + "\n");
    try (Stream<Path> staged = Files.walk(lake.resolve("_staging"))) {
      assertThat(staged.filter(p -> p.toString().endsWith(".parquet"))).isEmpty();
    }
  }

  @Test
  void aGoodRunReplacesOnlyItsOwnDateAndMovesThePointerLast() throws IOException {
    LakeLayout layout = new LakeLayout(lake.toString());
    publish(layout, MONDAY, 3, t -> { });
    new Publisher(spark, layout, MONDAY).movePointer();
    publish(layout, TUESDAY, 4, t -> { });
    boolean moved = new Publisher(spark, layout, TUESDAY).movePointer();

    assertThat(moved).isTrue();
    assertThat(rows(layout, "customer_segments", MONDAY)).isEqualTo(3);
    assertThat(rows(layout, "customer_segments", TUESDAY)).isEqualTo(4);
    assertThat(Files.readString(lake.resolve("published/_LATEST"))).isEqualTo(TUESDAY + "\n");
  }

  @Test
  void reRunningAnOlderDateDoesNotSendReadersBack() throws IOException {
    LakeLayout layout = new LakeLayout(lake.toString());
    Files.createDirectories(lake.resolve("published"));
    Files.writeString(lake.resolve("published/_LATEST"), TUESDAY + "\n");

    assertThat(new Publisher(spark, layout, MONDAY).movePointer()).isFalse();
    assertThat(Files.readString(lake.resolve("published/_LATEST"))).isEqualTo(TUESDAY + "\n");
  }

  private void publish(LakeLayout layout, RunDate day, int n,
      java.util.function.Consumer<Dataset<Row>> profilesCheck) {
    Map<String, Publisher.Table> tables = new LinkedHashMap<>();
    tables.put("customer_segments", new Publisher.Table(spark.range(n).toDF("customer_id"), t -> { }));
    tables.put("segment_profiles", new Publisher.Table(spark.range(n).toDF("cluster_id"), profilesCheck));
    new Publisher(spark, layout, day).publishTables(tables);
  }

  private long rows(LakeLayout layout, String table, RunDate day) {
    return spark.read().parquet(layout.published(table) + "/" + day.partition()).count();
  }
}
