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

  /**
   * The driver's path against the Spark passes on the same columns: ties, negatives, zeros of
   * both signs, nulls and NaN, an all-null column, over 7 partitions (some of them empty).
   */
  @Test
  void theDriversSortGivesTheSparkPassesValues() {
    Random random = new Random(3);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 4_000; i++) {
      Double heavy = i % 97 == 0 ? null : Math.round(random.nextDouble() * 20) / 4.0;
      double money = i % 13 == 0 ? -0.0 : i % 11 == 0 ? Double.NaN : Math.exp(random.nextGaussian() * 2 + 4);
      rows.add(org.apache.spark.sql.RowFactory.create(heavy, money, -(double) (i % 50), null));
    }
    org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
        .add("ties", "double").add("money", "double").add("negated", "double").add("none", "double");
    Dataset<Row> data = SparkTestSession.get().createDataFrame(rows, schema).repartition(7);
    data = data.union(data.limit(0)).coalesce(9);
    List<ColumnStatistics.Request> requests = List.of(
        new ColumnStatistics.Request("ties", col("ties"), n -> concat(QuintileScores.quintileRanks(n),
            ColumnStatistics.medianRanks(n))),
        new ColumnStatistics.Request("money", col("money"), n -> new long[] {1, 2, n / 3, n / 2, n - 1, n}),
        new ColumnStatistics.Request("negated", col("negated"), QuintileScores::quintileRanks),
        new ColumnStatistics.Request("none", col("none"), ColumnStatistics::medianRanks));

    Map<String, ColumnStatistics.Result> spark = ColumnStatistics.compute(data, requests);
    Map<String, ColumnStatistics.Result> driver = ColumnStatistics.onDriver(data, requests);

    for (ColumnStatistics.Request request : requests) {
      ColumnStatistics.Result s = spark.get(request.name());
      ColumnStatistics.Result d = driver.get(request.name());
      assertThat(d.count()).as(request.name()).isEqualTo(s.count());
      assertThat(d.ranks()).as(request.name()).containsExactly(s.ranks());
      assertThat(d.values()).as(request.name()).containsExactly(s.values());
      // Boxed: Double.equals, under which NaN (nothing observed) equals NaN and -0.0 differs from 0.0.
      assertThat(Double.valueOf(d.min())).as(request.name()).isEqualTo(Double.valueOf(s.min()));
      assertThat(Double.valueOf(d.max())).as(request.name()).isEqualTo(Double.valueOf(s.max()));
      assertThat((double) d.distinct()).as(request.name()).isCloseTo(s.distinct(), withinPercentage(5));
    }
    assertThat(driver.get("ties").distinct()).isEqualTo(21);
    assertThat(1 / driver.get("money").values()[0]).as("-0.0 ranks as 0.0, as in Spark's grouping").isPositive();
    assertThat(1 / driver.get("negated").max()).as("a column of -0.0 only: its max is -0.0").isNegative();
    assertThat(driver.get("none").count()).isZero();
    assertThat(driver.get("none").min()).isNaN();
  }

  private static long[] concat(long[] a, long[] b) {
    long[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
