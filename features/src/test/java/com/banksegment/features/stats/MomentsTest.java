package com.banksegment.features.stats;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.banksegment.spark.SparkTestSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class MomentsTest {

  @Test
  void groupsMergedOnTheDriverGiveSparksWholeDatasetMomentsForSkewedMoney() {
    Random random = new Random(5);
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      values.add(Math.exp(random.nextGaussian() * 2 + 9));   // balances: mean far from zero, long tail
    }
    values.add(7.0);                                          // a group of one
    Dataset<Row> rows = SparkTestSession.get().createDataset(values, Encoders.DOUBLE()).toDF("x");
    List<Column> aggregates = Moments.aggregates(col("x"), "x");

    Moments merged = Moments.EMPTY;
    for (Row group : rows.groupBy(col("x").cast("long").mod(13).as("g"))
        .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new)).collectAsList()) {
      merged = merged.plus(Moments.from(group, "x"));
    }
    Row whole = rows.selectExpr("count(x)", "avg(x)", "stddev(x)", "skewness(x)").first();

    assertThat(merged.n()).isEqualTo(whole.getLong(0));
    assertThat(merged.mean()).isCloseTo(whole.getDouble(1), within(1e-9 * whole.getDouble(1)));
    assertThat(merged.stddev()).isCloseTo(whole.getDouble(2), within(1e-9 * whole.getDouble(2)));
    assertThat(merged.skewness()).isCloseTo(whole.getDouble(3), within(1e-9 * Math.abs(whole.getDouble(3))));
  }

  @Test
  void constantValuesHaveNoSpreadAndNoSkewness() {
    Moments m = Moments.of(3, 5, 0, null).plus(Moments.of(2, 5, 0, null));
    assertThat(m.n()).isEqualTo(5);
    assertThat(m.stddev()).isZero();
    assertThat(m.skewness()).isNaN();
    assertThat(Moments.EMPTY.plus(m)).isEqualTo(m);
  }
}
