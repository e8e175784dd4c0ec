package com.banksegment.ui.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.ui.fixture.FixtureRun;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.support.KaribuTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import org.junit.jupiter.api.Test;

class SegmentExplorerViewTest extends KaribuTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void scatterShowsASampleOfEverySegmentInPcaSpace() throws Exception {
    loginAsViewer();
    SegmentExplorerView view = navigate(SegmentExplorerView.class);
    JsonNode scatter = JSON.readTree(view.scatter.getElement().getProperty("config"));
    PublishedRun run = runs.current();
    assertThat(scatter.path("data").path("datasets")).hasSize(run.segments().size());
    int points = 0;
    for (JsonNode dataset : scatter.path("data").path("datasets")) {
      assertThat(dataset.path("data").size()).as(dataset.path("label").asText()).isGreaterThan(0);
      assertThat(dataset.path("data").get(0).has("x")).isTrue();
      points += dataset.path("data").size();
    }
    // The fixture run has fewer customers than the sample takes: all of them fit in it.
    assertThat(points).isEqualTo(FixtureRun.latest().customers().size());
    assertThat(scatter.toString()).doesNotContain(FixtureRun.latest().customer(0).id());
  }

  @Test
  void choosingAnInputRedrawsItsDistributionPerSegment() throws Exception {
    loginAsViewer();
    SegmentExplorerView view = navigate(SegmentExplorerView.class);
    JsonNode monetary = JSON.readTree(view.distributionChart.getElement().getProperty("config"));
    assertThat(monetary.path("data").path("labels").get(0).asText()).isEqualTo("< ₹100");
    HasValueUtilsKt._setValue(view.input, "age");
    JsonNode age = JSON.readTree(view.distributionChart.getElement().getProperty("config"));
    assertThat(age.path("data").path("labels")).extracting(JsonNode::asText)
        .containsExactly("< 25", "25–34", "35–44", "45–54", "55–64", "65+");
    for (JsonNode segment : age.path("data").path("datasets")) {
      double sum = 0;
      for (JsonNode share : segment.path("data")) {
        sum += share.asDouble();
      }
      assertThat(sum).as(segment.path("label").asText()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }
  }

  @Test
  void rfmMixIsAStackOfSharesThatFillsEachSegment() throws Exception {
    loginAsViewer();
    SegmentExplorerView view = navigate(SegmentExplorerView.class);
    JsonNode rfm = JSON.readTree(view.rfmMix.getElement().getProperty("config"));
    assertThat(rfm.path("options").path("scales").path("x").path("stacked").asBoolean()).isTrue();
    int segments = rfm.path("data").path("labels").size();
    for (int s = 0; s < segments; s++) {
      double sum = 0;
      for (JsonNode group : rfm.path("data").path("datasets")) {
        sum += group.path("data").get(s).asDouble();
      }
      assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }
  }
}
