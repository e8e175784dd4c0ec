package com.banksegment.ui.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.ui.lake.domain.Drift;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The banner above every page: which inputs drifted, their PSI, whether a refit is due; nothing otherwise. */
class DriftBannerTest {
  private static Drift drift(int level, Map<String, Double> psi) {
    return new Drift(level, 0.1, 0.25, psi);
  }

  private static Map<String, Double> psi(Object... pairs) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], (Double) pairs[i + 1]);
    }
    return m;
  }

  @Test
  void aRefitLevelNamesTheDriftedInputsAndSaysARefitIsDue() {
    DriftBanner banner = new DriftBanner();
    banner.show(drift(2, psi("recency_days", 0.12, "balance", 0.31, "age", 0.03)));
    assertThat(banner.isVisible()).isTrue();
    assertThat(banner.text()).isEqualTo("The customers of this run have drifted from those the model was fitted on:"
        + " balance (PSI 0.31), recency (PSI 0.12). A refit is due (PSI at or above 0.25).");
    assertThat(banner.getElement().getThemeList()).contains("refit");
  }

  @Test
  void aWarnLevelSaysNoRefitIsDueYet() {
    DriftBanner banner = new DriftBanner();
    banner.show(drift(1, psi("age", 0.14)));
    assertThat(banner.text()).contains("age (PSI 0.14)").endsWith("No refit is due yet (refit at PSI 0.25).");
    assertThat(banner.getElement().getThemeList()).doesNotContain("refit");
  }

  @Test
  void stableOrNotMeasuredShowsNothing() {
    DriftBanner banner = new DriftBanner();
    banner.show(drift(2, psi("age", 0.4)));
    banner.show(drift(0, psi("age", 0.01)));
    assertThat(banner.isVisible()).isFalse();
    assertThat(banner.text()).isEmpty();
    banner.show(Drift.NOT_MEASURED);
    assertThat(banner.isVisible()).isFalse();
    banner.show(null);
    assertThat(banner.isVisible()).isFalse();
  }
}
