package com.banksegment.features.stats;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.banksegment.features.rfm.QuintileScores;
import com.banksegment.spark.SparkTestSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ColumnStatisticsTest {

  @Test
  void valuesAtRanksMatchASortedCopyAcrossScalesTiesAndSigns() {
    Random random = new Random(7);
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      double v = switch (i % 5) {
        case 0 -> Math.exp(random.nextGaussian() * 3 + 5);        // money-like, wide range
        case 1 -> Math.round(random.nextDouble() * 5);            // heavy ties 0..5
        case 2 -> -random.nextDouble() * 1000;                    // negatives
        case 3 -> 0.0;                                            // a block of zeros
        default -> 1e9 + random.nextInt(3);                      // large and tied
      };
      values.add(v);
    }
    values.add(null);
    values.add(Double.NaN);
    Dataset<Row> rows = SparkTestSession.get().createDataset(values, Encoders.DOUBLE()).toDF("x");
    long[] ranks = {1, 2, 600, 601, 1500, 2999, 3000};

    ColumnStatistics.Result r = ColumnStatistics.compute(rows,
        List.of(new ColumnStatistics.Request("x", col("x"), n -> ranks))).get("x");

    double[] sorted = values.stream().filter(v -> v != null && !v.isNaN()).mapToDouble(Double::doubleValue)
        .sorted().toArray();
    assertThat(r.count()).as("nulls and NaN are not observed values").isEqualTo(3000);
    for (int k = 0; k < ranks.length; k++) {
      assertThat(r.values()[k]).as("rank " + ranks[k]).isEqualTo(sorted[(int) ranks[k] - 1]);
    }

    // Min, max and the summed per-bucket distinct estimates agree with Spark over all values.
    Row spark = rows.where("x is not null and not isnan(x)").selectExpr("min(x)", "max(x)", "count(distinct x)").first();
    assertThat(r.min()).isEqualTo(spark.getDouble(0));
    assertThat(r.max()).isEqualTo(spark.getDouble(1));
    assertThat((double) r.distinct()).as("distinct estimate").isCloseTo(spark.getLong(2), withinPercentage(5));
  }

  @Test
  void severalColumnsAndAnAllNullColumnInOnePass() {
    Dataset<Row> rows = SparkTestSession.get()
        .sql("select * from values (1, 10.0, cast(null as double)), (2, 30.0, null), (3, 20.0, null) as t(a, b, c)");
    Map<String, ColumnStatistics.Result> r = ColumnStatistics.compute(rows, List.of(
        new ColumnStatistics.Request("a", col("a"), ColumnStatistics::medianRanks),
        new ColumnStatistics.Request("b", col("b"), n -> new long[] {1, 3}),
        new ColumnStatistics.Request("c", col("c"), ColumnStatistics::medianRanks)));

    assertThat(r.get("a").values()).containsExactly(2.0);
    assertThat(r.get("b").values()).containsExactly(10.0, 30.0);
    assertThat(r.get("c").count()).isZero();
    assertThat(r.get("c").values()).isEmpty();
    assertThat(r.get("b").distinct()).isEqualTo(3);
  }

  @Test
  void rankArithmeticIsExactInIntegers() {
    assertThat(ColumnStatistics.nearestRank(5, 100)).isEqualTo(5);
    assertThat(ColumnStatistics.nearestRank(5, 101)).isEqualTo(6);
    assertThat(ColumnStatistics.nearestRank(99, 19_937)).isEqualTo(19_738);
    assertThat(ColumnStatistics.medianRanks(5)).containsExactly(3);
    assertThat(ColumnStatistics.medianRanks(6)).containsExactly(3, 4);
    assertThat(QuintileScores.quintileRanks(10)).containsExactly(2, 4, 6, 8);
    assertThat(QuintileScores.quintileRanks(7)).containsExactly(2, 3, 5, 6);
    assertThat(Arrays.stream(QuintileScores.quintileRanks(1)).distinct().toArray()).containsExactly(1);
  }
}
