package com.banksegment.ui.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.ui.fixture.FixtureLake;
import com.banksegment.ui.fixture.FixtureRun;
import com.banksegment.ui.overview.ui.OverviewView;
import com.banksegment.ui.support.KaribuTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fixture's latest run measured its drift against the earlier run's model: the layout says what the table says. */
class DriftBannerViewTest extends KaribuTest {
  private static double figure(List<Map<String, Object>> metrics, String name) {
    return metrics.stream().filter(r -> name.equals(r.get("metric")) && r.get("cluster_id") == null)
        .mapToDouble(r -> ((Number) r.get("value")).doubleValue()).findFirst().orElseThrow();
  }

  @Test
  void everyPageCarriesTheBannerOfTheServedRunsDrift() {
    loginAsViewer();
    navigate(OverviewView.class);
    List<Map<String, Object>> metrics = FixtureRun.rows(FixtureLake.shared().table("model_metrics", FixtureLake.RUN_DATE));
    double level = figure(metrics, "drift_level");
    double warn = figure(metrics, "drift_warn_threshold");
    DriftBanner banner = _get(MainLayout.class).driftBanner();
    assertThat(banner.isVisible()).as("drift level %s", level).isEqualTo(level >= 1);
    for (Map<String, Object> r : metrics) {
      String metric = (String) r.get("metric");
      if (metric.startsWith("psi_") && ((Number) r.get("value")).doubleValue() >= warn) {
        assertThat(banner.text()).contains(Formats.decimal(((Number) r.get("value")).doubleValue(), 2));
      }
    }
    if (level >= 1) {
      assertThat(banner.text()).endsWith(level >= 2 ? "A refit is due (PSI at or above "
          + Formats.decimal(figure(metrics, "drift_refit_threshold"), 2) + ")." : "No refit is due yet (refit at PSI "
          + Formats.decimal(figure(metrics, "drift_refit_threshold"), 2) + ").");
    }
  }
}
