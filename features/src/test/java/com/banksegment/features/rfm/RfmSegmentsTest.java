package com.banksegment.features.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.banksegment.config.RfmSegmentRule;
import com.banksegment.config.RfmSegmentRule.ScoreRange;
import com.banksegment.config.SuiteSettings;
import com.banksegment.spark.SparkTestSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class RfmSegmentsTest {
  private static final RfmSegments DEFAULTS = new RfmSegments(SuiteSettings.load().features().rfmSegments());
  private static final Set<String> COMMON_SET = Set.of("Champions", "Loyal Customers", "Potential Loyalist",
      "New Customers", "Promising", "Need Attention", "About To Sleep", "At Risk", "Can't Lose Them",
      "Hibernating", "Lost");

  @Test
  void everyScoreTripleHasExactlyOneNamedSegmentWithTheDefaultRules() {
    assertThat(DEFAULTS.uncoveredTriples()).as("triples that would fall into Others").isEmpty();
    Set<String> used = new java.util.HashSet<>();
    for (int r = 1; r <= 5; r++) {
      for (int f = 1; f <= 5; f++) {
        for (int m = 1; m <= 5; m++) {
          used.add(DEFAULTS.segmentOf(r, f, m));
        }
      }
    }
    assertThat(used).as("the default rules use exactly the common set of eleven").isEqualTo(COMMON_SET);
  }

  @Test
  void defaultRulesPlaceTheTypicalCustomers() {
    assertThat(DEFAULTS.segmentOf(5, 5, 5)).isEqualTo("Champions");
    assertThat(DEFAULTS.segmentOf(4, 5, 2)).isEqualTo("Loyal Customers");
    assertThat(DEFAULTS.segmentOf(5, 2, 3)).isEqualTo("Potential Loyalist");
    assertThat(DEFAULTS.segmentOf(5, 1, 1)).as("recent one-off").isEqualTo("New Customers");
    assertThat(DEFAULTS.segmentOf(4, 1, 5)).isEqualTo("Promising");
    assertThat(DEFAULTS.segmentOf(3, 1, 5)).as("slipping big spender").isEqualTo("Need Attention");
    assertThat(DEFAULTS.segmentOf(3, 1, 2)).isEqualTo("About To Sleep");
    assertThat(DEFAULTS.segmentOf(1, 5, 5)).isEqualTo("Can't Lose Them");
    assertThat(DEFAULTS.segmentOf(2, 4, 1)).isEqualTo("At Risk");
    assertThat(DEFAULTS.segmentOf(2, 1, 5)).isEqualTo("Hibernating");
    assertThat(DEFAULTS.segmentOf(1, 1, 5)).as("one-off long ago").isEqualTo("Lost");
  }

  @Test
  void firstMatchingRuleWinsAndGapsFallIntoOthers() {
    RfmSegments rules = new RfmSegments(List.of(
        rule("Top", "5", "1-5", "1-5"),
        rule("Wide", "1-5", "1-5", "5"),
        rule("Top again", "5", "5", "5")));
    assertThat(rules.segmentOf(5, 5, 5)).isEqualTo("Top");
    assertThat(rules.segmentOf(2, 3, 5)).isEqualTo("Wide");
    assertThat(rules.segmentOf(2, 3, 4)).isEqualTo(RfmSegments.OTHERS);
    assertThat(rules.uncoveredTriples()).hasSize(125 - 25 - 20).contains("111", "444").doesNotContain("555", "115");
  }

  @Test
  void theSparkColumnAgreesWithTheRulesOnAllTriples() {
    StructType schema = new StructType().add("r_score", DataTypes.IntegerType)
        .add("f_score", DataTypes.IntegerType).add("m_score", DataTypes.IntegerType);
    List<Row> triples = new ArrayList<>();
    for (int r = 1; r <= 5; r++) {
      for (int f = 1; f <= 5; f++) {
        for (int m = 1; m <= 5; m++) {
          triples.add(RowFactory.create(r, f, m));
        }
      }
    }
    Dataset<Row> scored = SparkTestSession.get().createDataFrame(triples, schema)
        .withColumn("segment", DEFAULTS.column());
    Map<String, String> bySpark = new HashMap<>();
    for (Row row : scored.collectAsList()) {
      bySpark.put("" + row.getInt(0) + row.getInt(1) + row.getInt(2), row.getString(3));
    }
    assertThat(bySpark).hasSize(125);
    bySpark.forEach((triple, segment) -> assertThat(segment).as(triple).isEqualTo(DEFAULTS.segmentOf(
        triple.charAt(0) - '0', triple.charAt(1) - '0', triple.charAt(2) - '0')));
  }

  @Test
  void noRulesIsRefused() {
    assertThatThrownBy(() -> new RfmSegments(List.of())).hasMessageContaining("none given");
  }

  private static RfmSegmentRule rule(String name, String r, String f, String m) {
    return new RfmSegmentRule(name, range(r), range(f), range(m));
  }

  private static ScoreRange range(String text) {
    String[] p = text.split("-");
    return new ScoreRange(Integer.parseInt(p[0]), Integer.parseInt(p[p.length - 1]));
  }
}
