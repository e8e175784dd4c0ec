package com.banksegment.charts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartSpecTest {
  private static JsonNode json(ChartSpec spec) throws Exception {
    return new ObjectMapper().readTree(spec.toJson());
  }

  @Test
  void aBarChartWithALineOnASecondAxisAndFormats() throws Exception {
    JsonNode c = json(ChartSpec.bar().labels(List.of("a", "b"))
        .series("Count", new double[] {1, Double.NaN}, "#111111")
        .series("Share", "line", "y2", new double[] {0.25, 0.75}, "#222222")
        .axis("y", "Count", ChartSpec.Format.NUMBER).axis("y2", "Share", ChartSpec.Format.PERCENT)
        .tooltip(ChartSpec.Format.PERCENT));
    assertThat(c.path("type").asText()).isEqualTo("bar");
    assertThat(c.path("data").path("datasets").get(0).path("data").get(1).isNull()).as("NaN is a gap").isTrue();
    assertThat(c.path("data").path("datasets").get(1).path("type").asText()).isEqualTo("line");
    assertThat(c.path("data").path("datasets").get(1).path("yAxisID").asText()).isEqualTo("y2");
    assertThat(c.path("options").path("scales").path("y2").path("position").asText()).isEqualTo("right");
    assertThat(c.path("options").path("bank").path("axisFormats").path("y2").asText()).isEqualTo("percent");
    assertThat(c.path("options").path("bank").path("tooltipFormat").asText()).isEqualTo("percent");
    assertThat(c.path("options").path("animation").asBoolean()).isFalse();
  }

  @Test
  void scatterPointsAndDoughnutSliceColours() throws Exception {
    JsonNode s = json(ChartSpec.scatter().points("Seg", List.of(new double[] {1.5, -2}), "#1f4e9c"));
    assertThat(s.path("data").path("datasets").get(0).path("data").get(0).path("x").asDouble()).isEqualTo(1.5);
    assertThat(s.path("data").path("datasets").get(0).path("backgroundColor").asText()).isEqualTo("#1f4e9c8c");
    JsonNode d = json(ChartSpec.doughnut().labels(List.of("a", "b")).series("x", new double[] {1, 2}, null)
        .sliceColours(List.of("#000001", "#000002")));
    assertThat(d.path("data").path("datasets").get(0).path("backgroundColor")).extracting(JsonNode::asText)
        .containsExactly("#000001", "#000002");
  }

  @Test
  void markersAReferenceLineALogAxisPerBarColoursAndATooltipUnit() throws Exception {
    JsonNode c = json(ChartSpec.line().labels(List.of("2", "3", "4"))
        .series("WSSSE", new double[] {9, 4, 3}, "#111111")
        .markers("chosen", new double[] {Double.NaN, 4, Double.NaN}, "#222222")
        .reference("threshold", 0.9, "#333333")
        .logarithmic("y", 1).tooltip(ChartSpec.Format.NUMBER, " customers"));
    JsonNode sets = c.path("data").path("datasets");
    assertThat(sets.get(1).path("showLine").asBoolean(true)).isFalse();
    assertThat(sets.get(1).path("data").get(0).isNull()).isTrue();
    assertThat(sets.get(2).path("data")).hasSize(3).allSatisfy(v -> assertThat(v.asDouble()).isEqualTo(0.9));
    assertThat(sets.get(2).path("borderDash")).isNotEmpty();
    assertThat(c.path("options").path("scales").path("y").path("type").asText()).isEqualTo("logarithmic");
    assertThat(c.path("options").path("bank").path("tooltipUnit").asText()).isEqualTo(" customers");
    JsonNode bars = json(ChartSpec.bar().labels(List.of("a", "b")).series("n", new double[] {1, 2}, null)
        .sliceColours(List.of("#000001", "#000002")));
    assertThat(bars.path("data").path("datasets").get(0).path("backgroundColor")).extracting(JsonNode::asText)
        .containsExactly("#000001", "#000002");
  }

  @Test
  void aSegmentKeepsItsColourEverywhere() {
    assertThat(Palette.segment(3)).isEqualTo(Palette.segment(13)).isNotEqualTo(Palette.segment(4));
    // RFM segments have a palette of their own: no RFM colour is a segment colour.
    assertThat(Palette.RFM_COLOURS.values()).doesNotContainAnyElementsOf(Palette.SEGMENT_COLOURS);
    assertThat(Palette.OTHER_RFM).doesNotContainAnyElementsOf(Palette.SEGMENT_COLOURS);
    assertThat(Palette.rfm("Champions")).isEqualTo(Palette.rfm("Champions")).isNotEqualTo(Palette.rfm("Lost"));
    assertThat(Palette.SERIES).doesNotContainAnyElementsOf(Palette.SEGMENT_COLOURS);
    assertThat(Palette.SEGMENT_COLOURS).doesNotContain(Palette.PRIMARY, Palette.ACCENT, Palette.MUTED);
  }
}
