package com.banksegment.ui.model.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.ui.base.ui.Formats;
import com.banksegment.ui.base.ui.chart.BankChart;
import com.banksegment.ui.base.ui.component.Figure;
import com.banksegment.ui.lake.domain.ModelQuality;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.support.KaribuTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelViewTest extends KaribuTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void showsTheChosenKSilhouetteAndNaiveBayesFigures() {
    loginAsViewer();
    navigate(ModelView.class);
    ModelQuality q = runs.current().quality();
    List<String> figures = _find(Figure.class).stream().map(Figure::value).toList();
    assertThat(figures).contains("4", Formats.decimal(q.silhouette(), 3), Formats.percent(q.accuracy()),
        Formats.decimal(q.weightedF1(), 3), Formats.percent(q.centroidAgreement()),
        String.valueOf(q.pcaExplainedVariance().length));
  }

  @Test
  void elbowAndSilhouetteArePlottedForEveryKOfTheSweep() throws Exception {
    loginAsViewer();
    navigate(ModelView.class);
    JsonNode elbow = config(_find(BankChart.class).get(0));
    assertThat(elbow.path("data").path("labels")).extracting(JsonNode::asText).containsExactly("k=2", "k=3", "k=4", "k=5", "k=6");
    assertThat(elbow.path("data").path("datasets")).extracting(d -> d.path("yAxisID").asText()).containsExactly("y", "y2");
    double previous = Double.MAX_VALUE;
    for (JsonNode wssse : elbow.path("data").path("datasets").get(0).path("data")) {
      assertThat(wssse.asDouble()).as("WSSSE falls as k grows").isLessThan(previous);
      previous = wssse.asDouble();
    }
  }

  @Test
  void pcaChartShowsEachComponentAndTheCumulativeShare() throws Exception {
    loginAsViewer();
    navigate(ModelView.class);
    JsonNode pca = config(_find(BankChart.class).get(1));
    double[] explained = runs.current().quality().pcaExplainedVariance();
    JsonNode cumulative = pca.path("data").path("datasets").get(1).path("data");
    double sum = 0;
    for (int i = 0; i < explained.length; i++) {
      sum += explained[i];
      assertThat(cumulative.get(i).asDouble()).isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-12));
    }
    assertThat(sum).as("components keep at least 90%% of the variance").isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void confusionMatrixShowsTheHeldOutCounts() {
    loginAsViewer();
    navigate(ModelView.class);
    PublishedRun run = runs.current();
    ConfusionMatrix matrix = _get(ConfusionMatrix.class);
    long[][] confusion = run.quality().confusion();
    long total = 0;
    for (int a = 0; a < confusion.length; a++) {
      for (int p = 0; p < confusion.length; p++) {
        assertThat(matrix.cell(a, p)).isEqualTo(Formats.count(confusion[a][p]));
        total += confusion[a][p];
      }
    }
    assertThat(total).isEqualTo(run.quality().testCustomers());
    assertThat(matrix.getElement().getTextRecursively()).contains(run.segments().get(0).name());
  }

  private static JsonNode config(BankChart chart) throws Exception {
    return JSON.readTree(chart.getElement().getProperty("config"));
  }
}
