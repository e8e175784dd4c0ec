package com.banksegment.features.rfm;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.features.stats.ColumnStatistics;
import com.banksegment.spark.SparkTestSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class QuintileScoresTest {

  /** Scores of each value, computed as the stage does (exact cuts, then the score column). */
  private static Map<Double, Integer> scores(List<Double> values, boolean lowerIsBetter) {
    Dataset<Row> rows = SparkTestSession.get().createDataset(values, Encoders.DOUBLE()).toDF("x");
    Column goodness = lowerIsBetter ? col("x").unary_$minus() : col("x");
    double[] cuts = ColumnStatistics.compute(rows,
        List.of(new ColumnStatistics.Request("x", goodness, QuintileScores::quintileRanks))).get("x").values();
    Map<Double, Integer> byValue = new HashMap<>();
    for (Row r : rows.select(col("x"), QuintileScores.score(goodness, cuts).as("s")).collectAsList()) {
      Integer previous = byValue.put(r.getDouble(0), r.getInt(1));
      assertThat(previous == null || previous == r.getInt(1)).as("equal values, equal scores: " + r).isTrue();
    }
    return byValue;
  }

  private static List<Double> repeat(double value, int times) {
    return new ArrayList<>(java.util.Collections.nCopies(times, value));
  }

  @Test
  void distinctValuesFallIntoFiveEqualQuintiles() {
    List<Double> values = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      values.add((double) i);
    }
    Map<Double, Integer> s = scores(values, false);
    assertThat(values.stream().map(s::get).toList()).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
  }

  @Test
  void aMassiveTieAtTheBottomScoresOneAndWhatBeatsItScoresFive() {
    List<Double> frequency = repeat(1, 99);
    frequency.add(2.0);
    Map<Double, Integer> s = scores(frequency, false);
    assertThat(s).containsEntry(1.0, 1).containsEntry(2.0, 5);
  }

  @Test
  void realHeadLikeFrequencies() {
    List<Double> frequency = repeat(1, 19_874);
    frequency.addAll(repeat(2, 63));
    assertThat(scores(frequency, false)).containsEntry(1.0, 1).containsEntry(2.0, 5);
  }

  @Test
  void everyoneTiedScoresOne() {
    assertThat(scores(repeat(7, 50), false)).containsExactly(Map.entry(7.0, 1));
  }

  @Test
  void tiedBlocksTakeTheScoreOfWhereTheyStart() {
    // 30% ones, 50% twos, 20% threes: nothing beats the ones; twos beat 30% (one fifth); threes beat 80%.
    List<Double> values = repeat(1, 30);
    values.addAll(repeat(2, 50));
    values.addAll(repeat(3, 20));
    assertThat(scores(values, false)).containsEntry(1.0, 1).containsEntry(2.0, 2).containsEntry(3.0, 5);
  }

  @Test
  void recencyScoresFewDaysHigh() {
    List<Double> days = new ArrayList<>();
    for (int d = 1; d <= 10; d++) {
      days.add((double) d);
    }
    Map<Double, Integer> s = scores(days, true);
    assertThat(days.stream().map(s::get).toList()).containsExactly(5, 5, 4, 4, 3, 3, 2, 2, 1, 1);
  }

  @Test
  void matchesTheDefinitionOnRandomTiedData() {
    Random random = new Random(3);
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < 997; i++) {
      values.add((double) (int) Math.floor(Math.pow(random.nextDouble(), 3) * 40));
    }
    Map<Double, Integer> s = scores(values, false);
    long n = values.size();
    Map<Double, Long> below = values.stream().distinct().collect(Collectors.toMap(v -> v,
        v -> values.stream().filter(x -> x < v).count()));
    for (Map.Entry<Double, Integer> e : s.entrySet()) {
      long worse = below.get(e.getKey());
      int expected = 1 + (int) Arrays.stream(new int[] {1, 2, 3, 4}).filter(k -> 5 * worse >= k * n).count();
      assertThat(e.getValue()).as("score of " + e.getKey() + " (" + worse + " of " + n + " worse)").isEqualTo(expected);
    }
  }
}
