package com.banksegment.features.rfm;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import org.apache.spark.sql.Column;

/**
 * R, F and M scores 1..5 by quintiles that stay meaningful under massive ties.
 *
 * <p>A customer's score is 1 plus the number of fifths of all customers that are strictly worse
 * than them: with {@code worse(v)} the count of customers whose value is strictly worse than
 * {@code v} out of {@code n}, {@code score(v) = 1 + #{k in 1..4 : worse(v) >= k*n/5}}. Hence:
 * <ul>
 *   <li>the score depends on the value alone, so equal values always get equal scores;</li>
 *   <li>without ties the bins are the usual quintiles (five groups of n/5 customers);</li>
 *   <li>a block of tied customers gets the score of where the block starts: when 99% of
 *       customers have frequency 1, nobody is worse than them and they all score F=1, while
 *       frequency 2 beats 99% of customers and scores F=5. "Score s" always reads as "better than
 *       at least (s-1)x20% of customers".</li>
 * </ul>
 * Computed with four exact order statistics per measure: {@code worse(v) >= ceil(k*n/5)} holds
 * exactly when the value of rank {@code ceil(k*n/5)} (counting from the worst) is worse than v.
 * Higher is better for frequency and monetary; for recency fewer days is better, so it is scored
 * on {@code -recency_days}.
 */
public final class QuintileScores {
  private QuintileScores() {}

  /** The four 1-based ranks, counted from the worst value, whose values bound the quintiles. */
  public static long[] quintileRanks(long n) {
    long[] ranks = new long[4];
    for (int k = 1; k <= 4; k++) {
      ranks[k - 1] = (k * n + 4) / 5;
    }
    return ranks;
  }

  /**
   * The score column for a measure whose larger values are better.
   *
   * @param goodness the measure, oriented so that larger is better
   * @param cuts the values at {@link #quintileRanks} of that measure (ascending)
   */
  public static Column score(Column goodness, double[] cuts) {
    if (cuts.length != 4) {
      throw new IllegalArgumentException("quintile cuts " + Arrays.toString(cuts) + ": expected 4 values");
    }
    Column score = lit(1);
    for (double cut : cuts) {
      score = score.plus(when(goodness.gt(lit(cut)), 1).otherwise(0));
    }
    return score;
  }

  /** Recency scored so that recent (few days) is high. */
  public static Column recencyGoodness() {
    return col("recency_days").cast("double").unary_$minus();
  }
}
