package com.banksegment.ui.model.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.ui.base.ui.Formats;
import com.banksegment.ui.base.ui.chart.BankChart;
import com.banksegment.ui.base.ui.component.Figure;
import com.banksegment.ui.fixture.FixtureRun;
import com.banksegment.scorer.ClassifierParams;
import com.banksegment.ui.lake.domain.ModelQuality;
import com.banksegment.ui.lake.domain.ModelTrust;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.support.KaribuTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
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
    assertThat(figures).contains(String.valueOf(runs.current().bundle().clusters().size()), Formats.decimal(q.silhouette(), 3), Formats.percent(q.accuracy()),
        Formats.decimal(q.weightedF1(), 3), Formats.percent(q.centroidAgreement()));
  }

  @Test
  void elbowAndSilhouetteArePlottedForEveryKOfTheSweep() throws Exception {
    loginAsViewer();
    navigate(ModelView.class);
    JsonNode elbow = config(_find(BankChart.class).get(0));
    assertThat(elbow.path("data").path("labels")).extracting(JsonNode::asText).containsExactlyElementsOf(FixtureRun.latest().sweepKs().stream().map(k -> "k=" + k).toList());
    assertThat(FixtureRun.latest().sweepKs()).as("the default sweep, k-min..k-max").containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(elbow.path("data").path("datasets")).extracting(d -> d.path("yAxisID").asText()).containsExactly("y", "y2");
    double previous = Double.MAX_VALUE;
    for (JsonNode wssse : elbow.path("data").path("datasets").get(0).path("data")) {
      assertThat(wssse.asDouble()).as("WSSSE falls as k grows").isLessThan(previous);
      previous = wssse.asDouble();
    }
  }

  @Test
  void pcaChartShowsEveryComponentTheKeptOnesAndTheCumulativeShare() throws Exception {
    loginAsViewer();
    navigate(ModelView.class);
    ModelQuality q = runs.current().quality();
    assertThat(q.pcaExplainedVariance()).as("every component of the six inputs").hasSize(6);
    assertThat(q.pcaKept()).isEqualTo(runs.current().bundle().pcaDimension());
    JsonNode pca = config(_find(BankChart.class).get(1));
    JsonNode kept = pca.path("data").path("datasets").get(0).path("data");
    JsonNode cumulative = pca.path("data").path("datasets").get(2).path("data");
    double sum = 0;
    for (int i = 0; i < 6; i++) {
      sum += q.pcaExplainedVariance()[i];
      assertThat(cumulative.get(i).asDouble()).isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-12));
      assertThat(kept.get(i).isNull()).as("PC%d kept", i + 1).isEqualTo(i >= q.pcaKept());
    }
    assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(_find(Figure.class).stream().map(Figure::value)).contains(q.pcaKept() + " of 6");
  }

  @Test
  void confusionMatrixShowsTheHeldOutCounts() {
    loginAsViewer();
    navigate(ModelView.class);
    PublishedRun run = runs.current();
    ConfusionMatrix matrix = _get(ConfusionMatrix.class, s -> s.withId("nb-confusion"));
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

  @Test
  void theSelectionTableSaysWhichRowIsTheSweepAndWhichTheProductionFit() {
    loginAsViewer();
    navigate(ModelView.class);
    var grid = com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.grid.Grid.class,
        s -> s.withId("model-selection"));
    List<String> labels = new java.util.ArrayList<>();
    for (int i = 0; i < com.github.mvysny.kaributesting.v10.GridKt._size(grid); i++) {
      List<String> row = com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, i);
      labels.add(row.get(0) + " k=" + row.get(1) + ": " + row.get(row.size() - 1));
    }
    int k = runs.current().bundle().clusters().size();
    assertThat(labels).contains("kmeans k=" + k + ": production fit");
    assertThat(labels).filteredOn(l -> l.endsWith("production fit")).hasSize(1);
    // Two rows of the same algorithm and k never read alike.
    assertThat(labels).doesNotHaveDuplicates();
    assertThat(labels).anyMatch(l -> l.contains("k sweep"));
  }

  @Test
  void theTermsAreExplainedOnThePageAndAsHoverText() {
    loginAsViewer();
    navigate(ModelView.class);
    String text = _get(com.banksegment.ui.base.ui.component.Glossary.class).getElement().getTextRecursively();
    assertThat(text).contains("WSSSE", "Within-cluster sum of squared errors", "Silhouette", "PCA", "RFM",
        "Classifier probability");
    Figure silhouette = _find(Figure.class).stream().filter(f -> f.getElement().getTextRecursively().startsWith("Silhouette"))
        .findFirst().orElseThrow();
    assertThat(silhouette.getElement().getAttribute("title")).startsWith("How much closer each customer is");
  }

  @Test
  void theConfusionMatrixNamesColumnsByIdSoItFitsWithoutScrolling() {
    loginAsViewer();
    navigate(ModelView.class);
    ConfusionMatrix matrix = _get(ConfusionMatrix.class, s -> s.withId("nb-confusion"));
    String head = matrix.getHead().getElement().getTextRecursively();
    for (var s : runs.current().segments()) {
      assertThat(head).contains("#" + s.id()).doesNotContain(s.name());
    }
  }

  private static JsonNode config(BankChart chart) throws Exception {
    return JSON.readTree(chart.getElement().getProperty("config"));
  }

  @Test
  void showsEachSegmentsStabilityWithTheUnstableOnesMarked() {
    loginAsViewer();
    navigate(ModelView.class);
    ModelTrust t = runs.current().trust();
    assertThat(t.stability()).as("the fixture's run measured stability").isNotNull();
    Grid<?> grid = _get(Grid.class, s -> s.withId("segment-stability"));

    assertThat(GridKt._size(grid)).isEqualTo(t.segmentIds().size());
    for (int i = 0; i < t.segmentIds().size(); i++) {
      List<String> row = GridKt._getFormattedRow(grid, i);
      assertThat(row.get(0)).endsWith("(#" + t.segmentIds().get(i) + ")");
      assertThat(row.get(1)).isEqualTo(Formats.decimal(t.stability().jaccard()[i], 3));
      assertThat(row.get(2)).isEqualTo(t.stability().jaccard()[i] < t.stability().unstableBelow() ? "unstable" : "stable");
    }
    assertThat(t.stability().unstableBelow()).isEqualTo(0.6);
  }

  @Test
  void comparesEveryClassifierOnTheHeldOutSplitAndFlagsTheServedOne() {
    loginAsViewer();
    navigate(ModelView.class);
    ModelTrust t = runs.current().trust();
    Grid<?> grid = _get(Grid.class, s -> s.withId("classifier-comparison"));

    assertThat(t.classifiers()).extracting(ModelTrust.Scores::name).containsExactly("nb", "dt", "lr", "prospect");
    ModelTrust.Scores served = t.served().orElseThrow();
    double best = t.classifiers().stream().filter(c -> !c.name().equals("prospect"))
        .mapToDouble(ModelTrust.Scores::weightedF1).max().orElseThrow();
    assertThat(served.weightedF1()).isEqualTo(best);
    assertThat(ClassifierParams.label(runs.current().bundle().servedClassifier())).isEqualTo(served.label());
    for (int i = 0; i < t.classifiers().size(); i++) {
      List<String> row = GridKt._getFormattedRow(grid, i);
      assertThat(row.get(1)).isEqualTo(Formats.decimal(t.classifiers().get(i).weightedF1(), 3));
      assertThat(row.get(5)).isEqualTo(t.classifiers().get(i).served() ? "served" : "");
    }
    // Each classifier's own confusion matrix, counting the same held-out customers.
    long heldOut = runs.current().quality().evaluated();
    for (ModelTrust.Scores c : t.classifiers()) {
      assertThat(java.util.Arrays.stream(c.confusion()).flatMapToLong(java.util.Arrays::stream).sum())
          .as(c.name()).isEqualTo(heldOut);
      assertThat(_get(Div.class, s -> s.withId("classifier-" + c.name()))).isNotNull();
    }
  }

  @Test
  void chartsEachSegmentsLifetimeValueAndPAliveFromTheProfiles() throws Exception {
    loginAsViewer();
    navigate(ModelView.class);
    PublishedRun run = runs.current();
    List<java.util.Map<String, Object>> metrics = FixtureRun.rows(com.banksegment.ui.fixture.FixtureLake.shared()
        .table("model_metrics", run.runDate()));
    double status = metrics.stream().filter(r -> "bgnbd_status".equals(r.get("metric")))
        .mapToDouble(r -> ((Number) r.get("value")).doubleValue()).findFirst().orElseThrow();
    assertThat(status).as("the fixture's synthetic customers repeat often enough to fit").isZero();
    List<java.util.Map<String, Object>> profiles = FixtureRun.rows(com.banksegment.ui.fixture.FixtureLake.shared()
        .table("segment_profiles", run.runDate()));
    List<BankChart> charts = LifetimeSectionTest.find(_get(LifetimeSection.class), BankChart.class);
    assertThat(charts).hasSize(2);
    JsonNode total = JSON.readTree(charts.get(0).getElement().getProperty("config"));
    for (int i = 0; i < run.segments().size(); i++) {
      int id = run.segments().get(i).id();
      java.util.Map<String, Object> row = profiles.stream().filter(r -> ((Number) r.get("cluster_id")).intValue() == id)
          .findFirst().orElseThrow();
      assertThat(total.path("data").path("datasets").get(0).path("data").get(i).asDouble()).as("sum CLV of #%d", id)
          .isEqualTo(((Number) row.get("sum_clv")).doubleValue());
      assertThat(total.path("data").path("datasets").get(1).path("data").get(i).asDouble()).as("P(alive) of #%d", id)
          .isEqualTo(((Number) row.get("mean_p_alive")).doubleValue());
    }
  }
}
