package com.banksegment.ui.overview.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.ui.base.ui.Formats;
import com.banksegment.ui.base.ui.MainLayout;
import com.banksegment.ui.base.ui.chart.BankChart;
import com.banksegment.ui.base.ui.component.Figure;
import com.banksegment.ui.fixture.FixtureRun;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.domain.SegmentProfile;
import com.banksegment.ui.support.KaribuTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverviewViewTest extends KaribuTest {
  private final FixtureRun fixture = FixtureRun.latest();
  private final int k = fixture.bundle().clusters().size();

  @Test
  void listsEverySegmentLargestFirstWithItsSizeSharesFiguresAndAction() {
    loginAsViewer();
    OverviewView view = navigate(OverviewView.class);
    Grid<SegmentProfile> grid = view.segmentGrid();
    assertThat(GridKt._size(grid)).isEqualTo(k);
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < k; i++) {
      SegmentProfile s = GridKt._get(grid, i);
      List<String> row = GridKt._getFormattedRow(grid, i);
      assertThat(s.customers()).as("largest first").isLessThanOrEqualTo(previous);
      previous = s.customers();
      // Sizes are the customers the modeling stage put in each segment (customer_segments).
      assertThat(s.customers()).isEqualTo(fixture.customersIn(s.id()));
      // The first cell holds the name, the id and the suggested action.
      assertThat(GridKt._getCellComponent(grid, i, "segment").getElement().getTextRecursively())
          .contains(s.name(), "#" + s.id(), s.action());
      assertThat(row.get(1)).isEqualTo(Formats.count(fixture.customersIn(s.id())));
      assertThat(row.get(2)).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f %%", 100.0 * s.customers() / fixture.customers().size()));
      assertThat(row).contains(s.dominantRfmSegment());
      assertThat(s.action()).isEqualTo(fixture.bundle().cluster(s.id()).action());
    }
  }

  @Test
  void showsHeadlineFiguresAndTheRunAndModelServed() {
    loginAsViewer();
    navigate(OverviewView.class);
    List<String> figures = _find(Figure.class).stream().map(Figure::value).toList();
    assertThat(figures).contains(Formats.count(fixture.customers().size()), String.valueOf(k));
    PublishedRun run = runs.current();
    String largest = run.segments().stream().max(java.util.Comparator.comparingLong(SegmentProfile::customers)).orElseThrow().name();
    assertThat(figures).contains(largest);
    MainLayout layout = _get(MainLayout.class);
    String trained = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", java.util.Locale.UK)
        .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.parse(fixture.bundle().createdAt()));
    assertThat(layout.getElement().getTextRecursively()).contains("Run 2016-10-21", "kmeans, " + k + " segments · trained " + trained);
  }

  @Test
  void chartsCarryTheSegmentsAndTheirShares() throws Exception {
    loginAsViewer();
    navigate(OverviewView.class);
    List<BankChart> charts = _find(BankChart.class);
    assertThat(charts).hasSize(2);
    JsonNode doughnut = new ObjectMapper().readTree(charts.get(0).getElement().getProperty("config"));
    assertThat(doughnut.path("type").asText()).isEqualTo("doughnut");
    assertThat(doughnut.path("data").path("labels")).hasSize(k);
    double sum = 0;
    for (JsonNode v : doughnut.path("data").path("datasets").get(0).path("data")) {
      sum += v.asDouble();
    }
    assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    JsonNode bars = new ObjectMapper().readTree(charts.get(1).getElement().getProperty("config"));
    assertThat(bars.path("data").path("datasets")).extracting(d -> d.path("label").asText())
        .containsExactly("Share of customers", "Share of transaction value");
  }
}
