package com.banksegment.ui.model.ui;

import com.banksegment.charts.ChartSpec;
import com.banksegment.charts.ChartSpec.Format;
import com.banksegment.charts.Palette;
import com.banksegment.ui.base.ui.Formats;
import com.banksegment.ui.base.ui.MainLayout;
import com.banksegment.ui.base.ui.RunView;
import com.banksegment.ui.base.ui.chart.BankChart;
import com.banksegment.ui.base.ui.component.Figure;
import com.banksegment.ui.base.ui.component.Glossary;
import com.banksegment.ui.base.ui.component.Panel;
import com.banksegment.ui.base.ui.component.ViewHeader;
import com.banksegment.ui.lake.domain.ModelQuality;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.domain.SelectionPoint;
import com.banksegment.ui.lake.service.PublishedRuns;
import com.banksegment.ui.security.domain.Roles;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How the model was chosen and how good it is: the k sweep, PCA, the algorithms compared, Naive
 * Bayes, the segments' stability and the classifiers compared (the served one flagged).
 */
@Route(value = "model", layout = MainLayout.class)
@PageTitle("Model · Customer Segments")
@RolesAllowed({Roles.ANALYST, Roles.VIEWER})
public class ModelView extends RunView {
  static final String KMEANS = "kmeans";

  public ModelView(PublishedRuns runs) {
    super(runs);
  }

  @Override
  protected void show(PublishedRun run) {
    ModelQuality q = run.quality();
    double kept = 0;
    for (int i = 0; i < q.pcaKept(); i++) {
      kept += q.pcaExplainedVariance()[i];
    }
    Div figures = new Div(
        new Figure("Segments (k)", String.valueOf(run.bundle().clusters().size()), run.bundle().metrics().kRule()),
        new Figure("Silhouette", Formats.decimal(q.silhouette(), 3), "−1 to 1; higher separates better")
            .explained(Glossary.explain(Glossary.SILHOUETTE)),
        new Figure("PCA components kept", q.pcaKept() + " of " + q.pcaExplainedVariance().length,
            Formats.percent(kept) + " of the variance").explained(Glossary.explain(Glossary.PCA)),
        new Figure("Naive Bayes accuracy", Formats.percent(q.accuracy()),
            "on " + Formats.count(q.testCustomers()) + " held-out customers"),
        new Figure("Weighted F1", Formats.decimal(q.weightedF1(), 3), "macro F1 " + Formats.decimal(q.macroF1(), 3)),
        new Figure("Agrees with nearest centre", Formats.percent(q.centroidAgreement()), "share of all customers")
            .explained(Glossary.explain(Glossary.PROBABILITY)));
    figures.addClassName("figures");

    Div sweep = new Div(
        new Panel("Elbow and silhouette by k", kneeText(run.selection()), new BankChart(elbow(run.selection()),
            "Within-cluster error and silhouette by number of segments")),
        new Panel("PCA explained variance", "Share of the variance of the six scaled inputs each component explains;"
            + " the model keeps the first " + q.pcaKept() + ".",
            new BankChart(pca(q.pcaExplainedVariance(), q.pcaKept()), "Explained variance by principal component")));
    sweep.addClassName("two-columns");

    Div algorithms = new Div(
        new Panel("Algorithms compared", "Silhouette of each algorithm by k (higher is better); the production model is "
            + run.bundle().algorithm() + " with k = " + run.bundle().clusters().size() + ".",
            new BankChart(algorithmComparison(run.selection()), "Silhouette by algorithm and k")),
        new Panel("Model selection", null, selectionGrid(run.selection())));
    // One above the other: the selection table needs the page's width to show every column.
    algorithms.addClassName("stack");

    Div naiveBayes = new Div(
        new Panel("Naive Bayes per segment", "How well the classifier used for instant predictions recognises each segment.",
            perSegmentGrid(run)),
        new Panel("Confusion matrix", "Held-out customers: rows are the segment K-means gave, columns what Naive Bayes predicted.",
            naiveBayesMatrix(run)));
    naiveBayes.addClassName("two-columns");
    run.trust().served().ifPresent(served -> figures.add(new Figure("Served classifier", served.label(),
        "weighted F1 " + Formats.decimal(served.weightedF1(), 3) + ": the best on held-out customers")));
    add(new ViewHeader("Model quality", "How the number of segments was chosen and how reliable predictions are."),
        figures, sweep, algorithms, naiveBayes, new TrustSection(run), new LifetimeSection(run),
        new Panel("What the figures mean", null, new Glossary()));
  }

  private static ConfusionMatrix naiveBayesMatrix(PublishedRun run) {
    ConfusionMatrix m = new ConfusionMatrix(run);
    m.setId("nb-confusion");
    return m;
  }

  static String kneeText(List<SelectionPoint> points) {
    String knee = points.stream().filter(SelectionPoint::knee).map(p -> "the WSSSE knee is at k = " + p.k())
        .findFirst().orElse("no clear WSSSE knee");
    String chosen = points.stream().filter(SelectionPoint::chosen).map(p -> "k = " + p.k() + " was chosen")
        .findFirst().orElse("k was forced");
    return "K-means sweep: " + knee + "; " + chosen + ".";
  }

  /** The K-means sweep, one point per k (when the final model was refitted on all customers, the sweep's fit). */
  static List<SelectionPoint> kmeansSweep(List<SelectionPoint> points) {
    Map<Integer, SelectionPoint> byK = new java.util.TreeMap<>();
    for (SelectionPoint p : points) {
      if (p.algorithm().equals(KMEANS)) {
        byK.merge(p.k(), p, (a, b) -> a.chosen() ? b : a);
      }
    }
    return List.copyOf(byK.values());
  }

  static ChartSpec elbow(List<SelectionPoint> points) {
    List<SelectionPoint> kmeans = kmeansSweep(points);
    return ChartSpec.line().labels(kmeans.stream().map(p -> "k=" + p.k()).toList())
        .series("WSSSE", null, "y", kmeans.stream().mapToDouble(SelectionPoint::wssse).toArray(), Palette.PRIMARY)
        .series("Silhouette", null, "y2", kmeans.stream().mapToDouble(SelectionPoint::silhouette).toArray(), Palette.ACCENT)
        .axis("y", "WSSSE (lower is tighter)", Format.NUMBER).axis("y2", "Silhouette (higher is better)", Format.NUMBER)
        .tooltip(Format.NUMBER);
  }

  static ChartSpec pca(double[] explained, int kept) {
    List<String> labels = new ArrayList<>();
    double[] keptShare = new double[explained.length];
    double[] droppedShare = new double[explained.length];
    double[] cumulative = new double[explained.length];
    double sum = 0;
    for (int i = 0; i < explained.length; i++) {
      labels.add("PC" + (i + 1));
      keptShare[i] = i < kept ? explained[i] : Double.NaN;
      droppedShare[i] = i < kept ? Double.NaN : explained[i];
      sum += explained[i];
      cumulative[i] = sum;
    }
    return ChartSpec.bar().labels(labels).stacked()
        .series("Kept", keptShare, Palette.PRIMARY)
        .series("Not kept", droppedShare, Palette.MUTED)
        .series("Cumulative", "line", null, cumulative, Palette.ACCENT)
        .axis("y", "Share of variance", Format.PERCENT).axisFrom("y", 0, 1).tooltip(Format.PERCENT);
  }

  static ChartSpec algorithmComparison(List<SelectionPoint> points) {
    TreeSet<Integer> ks = new TreeSet<>();
    Map<String, Map<Integer, Double>> byAlgorithm = new LinkedHashMap<>();
    for (SelectionPoint p : points) {
      ks.add(p.k());
      byAlgorithm.computeIfAbsent(p.algorithm(), a -> new LinkedHashMap<>()).put(p.k(), p.silhouette());
    }
    ChartSpec spec = ChartSpec.bar().labels(ks.stream().map(k -> "k=" + k).toList())
        .axis("y", "Silhouette", Format.NUMBER).tooltip(Format.NUMBER);
    int i = 0;
    for (Map.Entry<String, Map<Integer, Double>> e : byAlgorithm.entrySet()) {
      double[] values = ks.stream().mapToDouble(k -> e.getValue().getOrDefault(k, Double.NaN)).toArray();
      spec.series(e.getKey(), values, Palette.SERIES.get(i++ % Palette.SERIES.size()));
    }
    return spec;
  }

  private static Grid<SelectionPoint> selectionGrid(List<SelectionPoint> points) {
    Grid<SelectionPoint> g = new Grid<>(SelectionPoint.class, false);
    g.addColumn(SelectionPoint::algorithm).setHeader("Algorithm").setAutoWidth(true);
    g.addColumn(SelectionPoint::k).setHeader("k").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    g.addColumn(p -> Formats.decimal(p.wssse(), 1)).setHeader("WSSSE").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    g.addColumn(p -> Formats.decimal(p.silhouette(), 3)).setHeader("Silhouette").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    g.addColumn(p -> p.fitCustomers() < 0 ? "–" : Formats.count(p.fitCustomers())).setHeader("Fitted on")
        .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    g.addColumn(p -> Formats.decimal(p.fitSeconds(), 1) + " s").setHeader("Fit time").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    g.addColumn(ModelView::fitLabel).setHeader("Fit").setAutoWidth(true);
    g.setItems(points);
    g.setPartNameGenerator(p -> p.chosen() ? "chosen-row" : null);
    g.setId("model-selection");
    g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    g.setHeight("320px");
    return g;
  }

  /**
   * What a row of the selection is: the production model fitted on all customers, a fit of the
   * k sweep (the same algorithm and k may appear twice: the sweep's fit and the production refit),
   * or another algorithm compared at the chosen k.
   */
  static String fitLabel(SelectionPoint p) {
    if (p.chosen()) {
      return "production fit";
    }
    String kind = p.algorithm().equals(KMEANS) ? "k sweep" : "compared at chosen k";
    return p.knee() ? kind + " · WSSSE knee" : kind;
  }

  /** One row per segment: precision, recall, F1. */
  record SegmentScore(String segment, double precision, double recall, double f1) {}

  private static Grid<SegmentScore> perSegmentGrid(PublishedRun run) {
    ModelQuality q = run.quality();
    List<SegmentScore> rows = new ArrayList<>();
    for (int i = 0; i < q.segmentIds().size(); i++) {
      int id = q.segmentIds().get(i);
      rows.add(new SegmentScore(run.segmentName(id) + " (#" + id + ")", q.precision()[i], q.recall()[i], q.f1()[i]));
    }
    Grid<SegmentScore> g = new Grid<>(SegmentScore.class, false);
    g.addColumn(SegmentScore::segment).setHeader("Segment").setFlexGrow(3);
    g.addColumn(s -> Formats.percent(s.precision())).setHeader("Precision").setTextAlign(ColumnTextAlign.END);
    g.addColumn(s -> Formats.percent(s.recall())).setHeader("Recall").setTextAlign(ColumnTextAlign.END);
    g.addColumn(s -> Formats.decimal(s.f1(), 3)).setHeader("F1").setTextAlign(ColumnTextAlign.END);
    g.setItems(rows);
    g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    g.setAllRowsVisible(true);
    g.setId("nb-per-segment");
    return g;
  }
}
