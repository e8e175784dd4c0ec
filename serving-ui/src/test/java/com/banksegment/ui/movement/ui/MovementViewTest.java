package com.banksegment.ui.movement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.contract.ActionCatalog;
import com.banksegment.ui.base.ui.Formats;
import com.banksegment.ui.base.ui.chart.BankChart;
import com.banksegment.ui.fixture.FixtureLake;
import com.banksegment.ui.fixture.FixtureRun;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.domain.SegmentProfile;
import com.banksegment.ui.movement.domain.Mover;
import com.banksegment.ui.support.KaribuTest;
import com.banksegment.ui.support.TestActions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The movement page on the fixture lake, whose latest run was published after the earlier one by
 * the real publish stage: its segment_migration and segment_movers are what the page shows.
 */
class MovementViewTest extends KaribuTest {
  private final List<Map<String, Object>> migration = FixtureRun.rows(
      FixtureLake.shared().table("segment_migration", FixtureLake.RUN_DATE));
  private final List<Map<String, Object>> movers = FixtureRun.rows(
      FixtureLake.shared().table("segment_movers", FixtureLake.RUN_DATE));

  private long count(String movement) {
    return migration.stream().filter(r -> movement.equals(r.get("movement")))
        .mapToLong(r -> ((Number) r.get("customers")).longValue()).sum();
  }

  private Set<Integer> winBackIds(PublishedRun run) {
    ActionCatalog catalogue = TestActions.catalogue();
    return run.segments().stream().filter(s -> catalogue.isWinBackSegment(s.name())).map(SegmentProfile::id)
        .collect(Collectors.toSet());
  }

  private List<Map<String, Object>> winBackMovers(PublishedRun run) {
    Set<Integer> ids = winBackIds(run);
    return movers.stream().filter(r -> ids.contains(((Number) r.get("to_cluster_id")).intValue())).toList();
  }

  @Test
  void showsTheCountsTheBiggestMovesAndWhereEachSegmentWent() throws Exception {
    loginAsViewer();
    navigate(MovementView.class);
    PublishedRun run = runs.current();
    assertThat(count("stayed") + count("moved") + count("new")).as("the counts add up to this run")
        .isEqualTo(run.customers());
    String figures = _get(com.vaadin.flow.component.html.Div.class, s -> s.withId("movement-figures")).getElement()
        .getTextRecursively();
    for (String m : List.of("stayed", "moved", "new", "gone")) {
      assertThat(figures).contains(Formats.count(count(m)));
    }
    Map<String, Object> biggest = migration.stream().filter(r -> "moved".equals(r.get("movement")))
        .max(java.util.Comparator.comparingLong(r -> ((Number) r.get("customers")).longValue())).orElseThrow();
    UnorderedList flows = _get(UnorderedList.class, s -> s.withId("movement-flows"));
    assertThat(flows.getChildren().findFirst().orElseThrow().getElement().getText())
        .isEqualTo(Formats.count(((Number) biggest.get("customers")).longValue()) + " customers moved from "
            + biggest.get("from_segment_name") + " to " + biggest.get("to_segment_name") + ".");

    MovementMatrix matrix = _get(MovementMatrix.class);
    assertThat(matrix.getBody().getRows()).as("one row per previous segment and one for new customers")
        .hasSize((int) migration.stream().map(r -> r.get("from_cluster_id")).filter(java.util.Objects::nonNull)
            .distinct().count() + 1);
    JsonNode chart = new ObjectMapper().readTree(_get(BankChart.class).getElement().getProperty("config"));
    double charted = 0;
    for (JsonNode d : chart.path("data").path("datasets")) {
      for (JsonNode v : d.path("data")) {
        charted += v.asDouble();
      }
    }
    assertThat(charted).as("every customer of the previous run is in the chart")
        .isEqualTo(count("stayed") + count("moved") + count("gone"));
  }

  @Test
  void anAnalystSeesTheCustomersWhoMovedIntoWinBackSegments() {
    loginAsAnalyst();
    navigate(MovementView.class);
    PublishedRun run = runs.current();
    List<Map<String, Object>> expected = winBackMovers(run);
    assertThat(expected).as("fixture customers who moved into a segment marked for win-back").isNotEmpty();
    assertThat(_get(Paragraph.class, s -> s.withId("winback-count")).getText())
        .startsWith(Formats.count(expected.size()) + (expected.size() == 1 ? " customer" : " customers") + " moved into ");
    @SuppressWarnings("unchecked")
    Grid<Mover> grid = _get(Grid.class, s -> s.withId("winback-movers"));
    assertThat(GridKt._size(grid)).isEqualTo(Math.min(expected.size(), MovementView.MOVERS_SHOWN));
    Set<String> ids = expected.stream().map(r -> (String) r.get("customer_id")).collect(Collectors.toSet());
    for (int i = 0; i < GridKt._size(grid); i++) {
      Mover m = GridKt._get(grid, i);
      assertThat(ids).contains(m.customerId());
      assertThat(winBackIds(run)).contains(m.toId());
      assertThat(m.fromId()).isNotEqualTo(m.toId());
    }
  }

  @Test
  void aViewerSeesCountsButNoCustomerId() {
    loginAsViewer();
    MovementView view = navigate(MovementView.class);
    assertThat(_find(Grid.class, s -> s.withId("winback-movers"))).isEmpty();
    String page = view.getElement().getTextRecursively();
    for (Map<String, Object> r : movers) {
      assertThat(page).doesNotContain((String) r.get("customer_id"));
    }
    assertThat(_get(Paragraph.class, s -> s.withId("winback-viewer")).getText())
        .isEqualTo("The customers' ids are shown to analysts only.");
    long intoWinBack = winBackMovers(runs.current()).size();
    assertThat(_get(Paragraph.class, s -> s.withId("winback-count")).getText())
        .startsWith(Formats.count(intoWinBack) + " customer");
  }
}
