package com.banksegment.modeling.segments;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.modeling.prepare.ModelInputs;
import org.junit.jupiter.api.Test;

/** Issue #15: a name claims only what the segment's medians show against the population's. */
class NameClaimsTest {
  // recency_days, frequency, monetary, age, balance
  static final double[] POPULATION = {25, 1, 450, 35, 17_000};

  static ClusterProfile profile(double[] median, double[] scaledMean, double male) {
    return new ClusterProfile(0, 100, 0.1, median, median, male, 1 - male, 0, "Lost", 1_000, scaledMean,
        new double[] {0, 0});
  }

  @Test
  void dormantNeedsAMedianRecencyClearlyAboveThePopulations() {
    ClusterProfile likeEveryone = profile(new double[] {26, 1, 450, 35, 17_000}, new double[] {0.9, 0, 0, 0, 0, 0},
        0.7);
    ClusterProfile lapsed = profile(new double[] {60, 1, 450, 35, 17_000}, new double[] {0.9, 0, 0, 0, 0, 0}, 0.7);

    assertThat(SegmentNamer.contradictions("Dormant customers", likeEveryone, POPULATION))
        .singleElement().asString().contains("high recency_days").contains("26.0").contains("25.0");
    // the noun is a claim too: "savers" claims a high balance, and this balance is the population's
    assertThat(SegmentNamer.contradictions("Dormant savers", lapsed, POPULATION))
        .singleElement().asString().contains("high balance");
    assertThat(SegmentNamer.contradictions("Dormant customers", lapsed, POPULATION)).isEmpty();
  }

  @Test
  void aModelOfRfmOnlyNamesFromRfmAndRefusesAttributeClaims() {
    ModelInputs rfm = ModelInputs.withAttributes(java.util.List.of());
    double nan = Double.NaN;
    double[] median = {60, 1, 150, nan, nan};
    // Scaled means in the model's own order: recency, frequency, monetary.
    ClusterProfile p = new ClusterProfile(0, 40, 0.46, median, median, nan, nan, nan, "Hibernating", 6_000,
        new double[] {1.1, 0, -0.6}, new double[] {0, 0}, rfm);
    double[] population = {25, 1, 450, nan, nan};

    assertThat(SegmentNamer.baseName(p, population)).isEqualTo("Dormant low spenders");
    assertThat(SegmentNamer.contradictions("Dormant savers", p, population)).singleElement().asString()
        .contains("claims a high balance: the model has no balance");
    assertThat(SegmentNamer.contradictions("Senior customers (men)", p, population)).hasSize(2)
        .anySatisfy(c -> assertThat(c).contains("claims a gender: the model has no gender"));
    assertThat(SegmentNamer.contradictions("Dormant low spenders", p, population)).isEmpty();
  }

  @Test
  void theNamerLeavesOutATraitWhoseMedianDoesNotShowIt() {
    // The standardised mean says "dormant" (a few very old customers), the median says otherwise;
    // age is notable and its median is clearly higher.
    ClusterProfile p = profile(new double[] {26, 1, 450, 52, 17_000}, new double[] {1.2, 0, 0, 0.8, 0, 0}, 0.7);

    String name = SegmentNamer.baseName(p, POPULATION);

    assertThat(name).isEqualTo("Senior customers");
    assertThat(SegmentNamer.baseName(p.scaledMean(), 0.7, 0.3)).as("without the check").startsWith("Dormant");
    assertThat(SegmentNamer.contradictions(name, p, POPULATION)).isEmpty();
  }

  @Test
  void lowClaimsAndTheGenderSuffixAreCheckedToo() {
    ClusterProfile p = profile(new double[] {25, 1, 449, 35, 17_000}, new double[] {0, 0, -0.5, 0, 0, 0}, 0.8);

    assertThat(SegmentNamer.contradictions("Low-spending customers (men)", p, POPULATION))
        .hasSize(2).anySatisfy(m -> assertThat(m).contains("low monetary"))
        .anySatisfy(m -> assertThat(m).contains("claims men: 80 % male"));
  }
}
