package com.banksegment.features.rfm;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import com.banksegment.config.RfmSegmentRule;
import com.banksegment.config.RfmSegmentRule.ScoreRange;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;

/**
 * Named RFM segments from the configured rules (segment.features.rfm-segments): the first rule
 * whose R, F and M ranges all contain the customer's scores wins; {@value #OTHERS} catches the
 * score triples that no rule covers.
 */
public final class RfmSegments {
  public static final String OTHERS = "Others";
  private final List<RfmSegmentRule> rules;

  public RfmSegments(List<RfmSegmentRule> rules) {
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("RFM segment rules: none given, expected at least one");
    }
    this.rules = List.copyOf(rules);
  }

  /** The segment of one score triple, as the Spark column computes it. */
  public String segmentOf(int r, int f, int m) {
    for (RfmSegmentRule rule : rules) {
      if (rule.matches(r, f, m)) {
        return rule.name();
      }
    }
    return OTHERS;
  }

  /** Score triples (as "RFM" strings) that no rule covers, which would land in {@value #OTHERS}. */
  public List<String> uncoveredTriples() {
    List<String> gaps = new ArrayList<>();
    for (int r = 1; r <= 5; r++) {
      for (int f = 1; f <= 5; f++) {
        for (int m = 1; m <= 5; m++) {
          if (OTHERS.equals(segmentOf(r, f, m))) {
            gaps.add("" + r + f + m);
          }
        }
      }
    }
    return gaps;
  }

  /** The same first-match rule as a Spark CASE WHEN over r_score, f_score and m_score. */
  public Column column() {
    Column result = null;
    for (RfmSegmentRule rule : rules) {
      Column matches = within(col("r_score"), rule.r()).and(within(col("f_score"), rule.f()))
          .and(within(col("m_score"), rule.m()));
      result = result == null ? when(matches, rule.name()) : result.when(matches, rule.name());
    }
    return result.otherwise(lit(OTHERS));
  }

  private static Column within(Column score, ScoreRange range) {
    return score.between(range.low(), range.high());
  }
}
