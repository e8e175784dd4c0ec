package com.banksegment.ui.model.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.ui.base.ui.chart.BankChart;
import com.banksegment.ui.lake.domain.Lifetime;
import com.banksegment.ui.lake.domain.SegmentProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lifetime value part of the model page with each lifetime status: fitted (charts of the
 * segments' own figures), spend model refused (P(alive) only), not fitted (a sentence, no chart).
 * The fixture lake's synthetic data has too few repeat buyers to fit, as the bank's file: the
 * fitted paths are shown here on hand-made segments.
 */
class LifetimeSectionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static SegmentProfile segment(int id, String name, double pAlive, double sumClv, double meanClv) {
    return new SegmentProfile(id, name, "Nurture", 100, 0.5, 0.5, 1000, 10, 1, 100, 30, 1000, 100, 1000, 0.5, 0.5,
        "Loyal", null, pAlive, 2.0, sumClv, meanClv);
  }

  private static final List<SegmentProfile> SEGMENTS = List.of(segment(0, "Regular savers", 0.8, 120000, 1200),
      segment(3, "Dormant savers", 0.2, 5000, 50));

  @Test
  void aFittedModelChartsTotalAndMeanLifetimeValueAndPAliveBySegment() throws Exception {
    LifetimeSection section = new LifetimeSection(SEGMENTS, new Lifetime(0, 0, 400, 90), 200);
    List<BankChart> charts = find(section, BankChart.class);
    assertThat(charts).hasSize(2);
    JsonNode total = JSON.readTree(charts.get(0).getElement().getProperty("config"));
    assertThat(total.path("data").path("labels")).extracting(JsonNode::asText)
        .containsExactly("Regular savers (#0)", "Dormant savers (#3)");
    assertThat(total.path("data").path("datasets").get(0).path("data")).extracting(JsonNode::asDouble)
        .containsExactly(120000.0, 5000.0);
    assertThat(total.path("data").path("datasets").get(1).path("data")).extracting(JsonNode::asDouble)
        .containsExactly(0.8, 0.2);
    JsonNode mean = JSON.readTree(charts.get(1).getElement().getProperty("config"));
    assertThat(mean.path("data").path("datasets").get(0).path("data")).extracting(JsonNode::asDouble)
        .containsExactly(1200.0, 50.0);
    assertThat(find(section, Paragraph.class)).noneMatch(p -> "lifetime-none".equals(p.getId().orElse("")));
  }

  @Test
  void withoutTheSpendModelOnlyPAliveIsCharted() throws Exception {
    LifetimeSection section = new LifetimeSection(SEGMENTS, new Lifetime(0, 1, 400, 90), 200);
    List<BankChart> charts = find(section, BankChart.class);
    assertThat(charts).hasSize(1);
    JsonNode alive = JSON.readTree(charts.get(0).getElement().getProperty("config"));
    assertThat(alive.path("data").path("datasets")).hasSize(1);
    assertThat(alive.path("data").path("datasets").get(0).path("label").asText()).isEqualTo("Mean P(alive)");
  }

  @Test
  void aModelNotFittedIsSaidInWordsInsteadOfChartingNulls() {
    List<SegmentProfile> nulls = List.of(segment(0, "Regular savers", Double.NaN, Double.NaN, Double.NaN));
    LifetimeSection section = new LifetimeSection(nulls, new Lifetime(1, 1, 7, 90), 2530);
    assertThat(find(section, BankChart.class)).isEmpty();
    assertThat(find(section, Paragraph.class)).filteredOn(p -> "lifetime-none".equals(p.getId().orElse("")))
        .extracting(Paragraph::getText).containsExactly("The lifetime model was not fitted for this run: too few"
            + " customers bought more than once (7 of 2,530 customers) to estimate how often they buy, so there is no"
            + " lifetime value or P(alive) to show.");
    assertThat(LifetimeSection.notFitted(Lifetime.absent(), 10)).startsWith("This run has no lifetime value");
  }

  static <T extends Component> List<T> find(Component root, Class<T> type) {
    List<T> out = new ArrayList<>();
    if (type.isInstance(root)) {
      out.add(type.cast(root));
    }
    root.getChildren().forEach(c -> out.addAll(find(c, type)));
    return out;
  }
}
