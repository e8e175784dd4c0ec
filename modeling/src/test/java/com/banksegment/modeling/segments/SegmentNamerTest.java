package com.banksegment.modeling.segments;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.contract.ActionCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentNamerTest {
  // scaled means in feature order: recency, frequency, monetary, age, balance, gender

  @Test
  void theMostNotableTraitLeadsAndTheNextGivesTheNoun() {
    assertThat(SegmentNamer.baseName(new double[] {1.4, 0, -0.8, 0.1, 0.2, 0}, 0.7, 0.3))
        .isEqualTo("Dormant low spenders");
    assertThat(SegmentNamer.baseName(new double[] {-0.3, 2.5, 0.1, 0, 1.1, 0}, 0.7, 0.3))
        .isEqualTo("Regular savers");
    assertThat(SegmentNamer.baseName(new double[] {0, 0, 0.9, -1.6, 0, 0}, 0.6, 0.4))
        .isEqualTo("Young big spenders");
  }

  @Test
  void oneNotableTraitNamesCustomersAndNoneGivesEveryday() {
    assertThat(SegmentNamer.baseName(new double[] {0.1, 0, 0, 0, 1.8, 0}, 0.7, 0.3))
        .isEqualTo("High-balance customers");
    assertThat(SegmentNamer.baseName(new double[] {0.2, 0.1, -0.2, 0.24, 0, 3}, 0.7, 0.3))
        .isEqualTo("Everyday customers");
  }

  @Test
  void genderIsASuffixOnlyForAClearMajorityAndNeverTheLeadingTrait() {
    assertThat(SegmentNamer.baseName(new double[] {0, 0, 0, 1.2, 0, 1.5}, 0.95, 0.05))
        .isEqualTo("Senior customers (men)");
    assertThat(SegmentNamer.baseName(new double[] {0, 0, 0, 1.2, 0, -1.5}, 0.02, 0.95))
        .isEqualTo("Senior customers (women)");
    assertThat(SegmentNamer.baseName(new double[] {0, 0, 0, 1.2, 0, 0.2}, 0.89, 0.1))
        .isEqualTo("Senior customers");
  }

  @Test
  void lowFrequencyIsNotATraitBecauseAlmostEveryoneHasOneTransaction() {
    assertThat(SegmentNamer.baseName(new double[] {0, -0.9, 0, 0, -0.5, 0}, 0.7, 0.3))
        .isEqualTo("Low-balance customers");
  }

  @Test
  void repeatedNamesGetANumberAndInheritedNamesAreNotReused() {
    ClusterProfile a = profile(0, new double[] {1.4, 0, -0.8, 0, 0, 0});
    ClusterProfile b = profile(1, new double[] {1.2, 0, -0.6, 0, 0, 0});

    assertThat(SegmentNamer.nameAll(List.of(a, b), List.of(), null))
        .containsExactly("Dormant low spenders", "Dormant low spenders 2");
    assertThat(SegmentNamer.nameAll(List.of(a), List.of("Dormant low spenders"), null))
        .containsExactly("Dormant low spenders 2");
  }

  @Test
  void everyNameFindsItsConfiguredActionByPrefix() {
    ActionCatalog actions = new ActionCatalog(Map.of(
        "High-balance", "wealth", "Dormant", "win-back", "Big spender", "premium card", "default", "nurture"));

    assertThat(actions.actionFor("Dormant low spenders (men)")).isEqualTo("win-back");
    assertThat(actions.actionFor("High-balance savers")).isEqualTo("wealth");
    assertThat(actions.actionFor("Big spender seniors")).isEqualTo("premium card");
    assertThat(actions.actionFor("Everyday customers")).isEqualTo("nurture");
    assertThat(actions.actionFor("Low-spending customers")).isEqualTo("nurture");
  }

  static ClusterProfile profile(int index, double[] scaledMean) {
    return new ClusterProfile(index, 100 - index, 0.5, new double[5], new double[5], 0.7, 0.3, 0, "Others", 1,
        scaledMean, new double[] {index, 0});
  }
}
