package com.banksegment.ui.compare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.ui.base.ui.Formats;
import com.banksegment.ui.compare.service.RunComparison.Pair;
import com.banksegment.ui.fixture.FixtureLake;
import com.banksegment.ui.fixture.FixtureRun;
import com.banksegment.ui.support.KaribuTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.banksegment.ui.base.ui.chart.BankChart;
import org.junit.jupiter.api.Test;

class CompareRunsViewTest extends KaribuTest {
  @Test
  void theLatestRunIsComparedWithTheOneBeforeSegmentBySegment() throws Exception {
    loginAsViewer();
    CompareRunsView view = navigate(CompareRunsView.class);
    assertThat(view.before.getValue()).isEqualTo(FixtureLake.EARLIER);
    assertThat(view.after.getValue()).isEqualTo(FixtureLake.RUN_DATE);
    FixtureRun earlier = FixtureRun.of(FixtureLake.EARLIER);
    FixtureRun later = FixtureRun.latest();
    int rows = GridKt._size(view.grid);
    assertThat(rows).isGreaterThanOrEqualTo(later.bundle().clusters().size());
    long matched = 0;
    for (int i = 0; i < rows; i++) {
      Pair p = GridKt._get(view.grid, i);
      if (p.before() != null) {
        assertThat(p.before().customers()).isEqualTo(earlier.customersIn(p.segmentId()));
      }
      if (p.after() != null) {
        assertThat(p.after().customers()).isEqualTo(later.customersIn(p.segmentId()));
      }
      if (p.before() != null && p.after() != null) {
        matched++;
        assertThat(GridKt._getFormattedRow(view.grid, i).get(1)).isEqualTo(Formats.count(p.before().customers()) + " → "
            + Formats.count(p.after().customers()));
      }
    }
    assertThat(matched).as("the later run kept some of the earlier run's segment ids").isPositive();
    JsonNode chart = new ObjectMapper().readTree(LocatorJ._get(BankChart.class).getElement().getProperty("config"));
    assertThat(chart.path("data").path("datasets")).extracting(d -> d.path("label").asText())
        .containsExactly("Run 2016-09-30", "Run 2016-10-21");
  }
}
