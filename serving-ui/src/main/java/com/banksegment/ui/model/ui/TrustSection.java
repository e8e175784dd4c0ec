package com.banksegment.ui.model.ui;

import com.banksegment.scorer.ProspectParams;
import com.banksegment.ui.base.ui.Formats;
import com.banksegment.ui.base.ui.component.Panel;
import com.banksegment.ui.lake.domain.ModelTrust;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * The model page's trust part (issue #15): how stable each segment is over bootstrap refits
 * (segments under the model stage's threshold marked unstable), and every classifier compared on
 * the same held-out split, the served one flagged, with each one's per-segment figures and
 * confusion matrix.
 */
public class TrustSection extends Div {
  public TrustSection(PublishedRun run) {
    ModelTrust t = run.trust();
    // One above the other: the comparison table's six columns need the page's width (1366 px screens).
    Div row = new Div(stability(run, t), comparison(t));
    row.addClassName("stack");
    add(row);
    ProspectParams prospects = run.bundle().prospects();
    if (prospects != null && !prospects.available()) {
      // A model of RFM only (a source without customer attributes): say why prospects are not offered.
      Paragraph none = new Paragraph(capitalized(prospects.note()) + ".");
      none.setId("prospects-none");
      add(none);
    }
    for (ModelTrust.Scores s : t.classifiers()) {
      Div perClass = new Div(
          new Panel(capitalized(s.label()) + " per segment" + (s.served() ? " (served)" : ""), null,
              perSegment(run, t, s)),
          new Panel(capitalized(s.label()) + ": confusion matrix",
              "Held-out customers: rows are the segment K-means gave, columns what it predicted.",
              new ConfusionMatrix(run, s.confusion(), s.recall())));
      perClass.addClassName("two-columns");
      perClass.setId("classifier-" + s.name());
      add(perClass);
    }
  }

  /** One row per segment: Jaccard, verdict. */
  record SegmentStability(String segment, double jaccard, boolean unstable) {}

  private static Panel stability(PublishedRun run, ModelTrust t) {
    ModelTrust.Stability s = t.stability();
    if (s == null) {
      Paragraph none = new Paragraph("Not measured for this run (bootstrap resamples off, or a model of before"
          + " stability was measured).");
      none.setId("stability-none");
      return new Panel("Segment stability", null, none);
    }
    List<SegmentStability> rows = new ArrayList<>();
    for (int i = 0; i < t.segmentIds().size(); i++) {
      int id = t.segmentIds().get(i);
      rows.add(new SegmentStability(run.segmentName(id) + " (#" + id + ")", s.jaccard()[i], s.unstable()[i]));
    }
    Grid<SegmentStability> g = new Grid<>(SegmentStability.class, false);
    g.addColumn(SegmentStability::segment).setHeader("Segment").setFlexGrow(3);
    g.addColumn(r -> Formats.decimal(r.jaccard(), 3)).setHeader("Jaccard").setTextAlign(ColumnTextAlign.END);
    g.addColumn(r -> r.unstable() ? "unstable" : "stable").setHeader("Verdict");
    g.setPartNameGenerator(r -> r.unstable() ? "unstable-row" : null);
    g.setItems(rows);
    g.setAllRowsVisible(true);
    g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    g.setId("segment-stability");
    long unstable = rows.stream().filter(SegmentStability::unstable).count();
    return new Panel("Segment stability", "K-means refitted on " + s.resamples() + " bootstrap resamples of the"
        + " customers: adjusted Rand index " + Formats.decimal(s.adjustedRand(), 3) + " with the segments; per segment"
        + " the Jaccard similarity of its best match, below " + Formats.decimal(s.unstableBelow(), 2) + " unstable ("
        + (unstable == 0 ? "none" : unstable + " of " + rows.size()) + ").", g);
  }

  private static Panel comparison(ModelTrust t) {
    Grid<ModelTrust.Scores> g = new Grid<>(ModelTrust.Scores.class, false);
    g.addColumn(s -> capitalized(s.label())).setHeader("Classifier").setFlexGrow(3);
    g.addColumn(s -> Formats.decimal(s.weightedF1(), 3)).setHeader("Weighted F1").setTextAlign(ColumnTextAlign.END);
    g.addColumn(s -> Formats.decimal(s.macroF1(), 3)).setHeader("Macro F1").setTextAlign(ColumnTextAlign.END);
    g.addColumn(s -> Formats.percent(s.accuracy())).setHeader("Accuracy").setTextAlign(ColumnTextAlign.END);
    g.addColumn(s -> Formats.percent(s.agreement())).setHeader("Agrees with centre").setTextAlign(ColumnTextAlign.END);
    g.addColumn(s -> s.served() ? "served" : "").setHeader("Served");
    g.setPartNameGenerator(s -> s.served() ? "chosen-row" : null);
    g.setItems(t.classifiers());
    g.setAllRowsVisible(true);
    g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    g.setId("classifier-comparison");
    return new Panel("Classifiers compared", "The same training split and held-out customers; the model serves the"
        + " best weighted F1 for new customers. The prospects classifier sees only what is known at account opening"
        + " (no transaction figures): its figures say how far to trust its guess for a customer without"
        + " transactions.", g);
  }

  /** One row per segment: precision, recall, F1 of one classifier. */
  record SegmentScore(String segment, double precision, double recall, double f1) {}

  private static Grid<SegmentScore> perSegment(PublishedRun run, ModelTrust t, ModelTrust.Scores s) {
    List<SegmentScore> rows = new ArrayList<>();
    for (int i = 0; i < t.segmentIds().size(); i++) {
      int id = t.segmentIds().get(i);
      rows.add(new SegmentScore(run.segmentName(id) + " (#" + id + ")", s.precision()[i], s.recall()[i], s.f1()[i]));
    }
    Grid<SegmentScore> g = new Grid<>(SegmentScore.class, false);
    g.addColumn(SegmentScore::segment).setHeader("Segment").setFlexGrow(3);
    g.addColumn(r -> Formats.percent(r.precision())).setHeader("Precision").setTextAlign(ColumnTextAlign.END);
    g.addColumn(r -> Formats.percent(r.recall())).setHeader("Recall").setTextAlign(ColumnTextAlign.END);
    g.addColumn(r -> Formats.decimal(r.f1(), 3)).setHeader("F1").setTextAlign(ColumnTextAlign.END);
    g.setItems(rows);
    g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    g.setAllRowsVisible(true);
    return g;
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
