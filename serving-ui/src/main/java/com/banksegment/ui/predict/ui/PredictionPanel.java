package com.banksegment.ui.predict.ui;

import com.banksegment.charts.ChartSpec;
import com.banksegment.charts.ChartSpec.Format;
import com.banksegment.charts.Palette;
import com.banksegment.scorer.ClusterInfo;
import com.banksegment.scorer.CustomerInput;
import com.banksegment.scorer.ScoreResult;
import com.banksegment.ui.base.ui.Formats;
import com.banksegment.ui.base.ui.component.CustomerInputList;
import com.banksegment.ui.base.ui.chart.BankChart;
import com.banksegment.ui.predict.domain.Prediction;
import com.banksegment.ui.predict.domain.ProspectPrediction;
import com.banksegment.ui.scoring.ui.ExplanationPanel;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/** The answer: segment, action, probabilities, distances and the segment's typical customer. */
public class PredictionPanel extends Div {
  private final Span segment = new Span();
  private boolean stale;

  public PredictionPanel() {
    addClassName("panel");
    addClassName("prediction");
    showEmpty();
  }

  public final void showEmpty() {
    removeAll();
    segment.setText("");
    Paragraph p = new Paragraph("Fill in the customer's details: the segment appears here as soon as they are valid.");
    p.addClassName("hint");
    add(new H3("Predicted segment"), p);
  }

  public void show(Prediction prediction) {
    removeAll();
    stale = false;
    removeClassName("stale");
    ScoreResult r = prediction.result();
    ClusterInfo assigned = r.cluster();
    segment.setText(r.clusterName());
    H3 title = new H3(r.clusterName());
    title.setId("predicted-segment");

    Div hero = new Div(VaadinIcon.USER_CHECK.create(), new Div(title, new Paragraph(
        "Segment id " + r.clusterId() + " · " + capitalized(r.classifierLabel()) + " probability "
            + Formats.percent(r.probabilityOf(r.clusterId())))));
    hero.addClassName("result-hero");
    hero.getStyle().set("background", Palette.segment(r.clusterId()));

    Div action = new Div(new Span(VaadinIcon.LIGHTBULB.create()), new Span(" Suggested action: " + r.action()));
    action.addClassName("action-box");
    action.setId("suggested-action");

    add(hero, action);
    if (r.classifierClusterId() != r.clusterId()) {
      Paragraph note = new Paragraph("The " + r.classifierLabel() + " classifier leans towards "
          + r.clusters().get(indexOf(r.clusters(), r.classifierClusterId())).name()
          + ": this customer sits between segments.");
      note.addClassName("hint");
      add(note);
    }

    List<String> names = r.clusters().stream().map(ClusterInfo::name).toList();
    ChartSpec probabilities = ChartSpec.bar().labels(names).horizontal().legend("none")
        .series("Probability", r.classifierProbabilities(), Palette.PRIMARY)
        .axis("x", "Probability (" + r.classifierLabel() + ")", Format.PERCENT).axisFrom("x", 0, 1).tooltip(Format.PERCENT);
    ChartSpec distances = ChartSpec.bar().labels(names).horizontal().legend("none")
        .series("Distance", r.centroidDistances(), Palette.ACCENT)
        .axis("x", "Distance to the segment centre (PCA space)", Format.NUMBER).tooltip(Format.NUMBER);
    BankChart p = new BankChart(probabilities, "Probability of each segment");
    BankChart d = new BankChart(distances, "Distance to each segment centre");
    p.setHeight(chartHeight(names.size()));
    d.setHeight(chartHeight(names.size()));
    Div charts = new Div(section("Probability per segment", p), section("Distance to each segment centre", d));
    charts.addClassName("two-columns");

    Div comparison = new Div(
        section("This customer", describe(prediction.input())),
        section("Typical customer of " + assigned.name(), describe(assigned.typicalCustomer())));
    comparison.addClassName("two-columns");
    add(new ExplanationPanel(prediction.why()), charts, comparison);
  }

  /** The prospects classifier's answer, for a customer without transaction figures. */
  public void showProspect(ProspectPrediction prospect) {
    removeAll();
    stale = false;
    removeClassName("stale");
    segment.setText(prospect.result().clusterName());
    add(new ProspectPanel(prospect));
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static Div section(String title, com.vaadin.flow.component.Component content) {
    Div d = new Div(new H4(title), content);
    d.addClassName("result-section");
    return d;
  }

  static Div describe(CustomerInput c) {
    return CustomerInputList.of(c);
  }

  private static String chartHeight(int segments) {
    return Math.max(160, 36 * segments + 60) + "px";
  }

  private static int indexOf(List<ClusterInfo> clusters, int id) {
    for (int i = 0; i < clusters.size(); i++) {
      if (clusters.get(i).id() == id) {
        return i;
      }
    }
    return 0;
  }

  /**
   * The inputs no longer match the answer on show (they became invalid): the answer is greyed out
   * under a note saying so, until a valid form gives a new one.
   */
  public void markStale() {
    if (stale || segment.getText().isEmpty()) {
      return;
    }
    stale = true;
    addClassName("stale");
    Paragraph note = new Paragraph("The details changed and are not valid: this answer is for the previous "
        + "details. Correct the highlighted fields for a new answer.");
    note.addClassName("stale-note");
    note.setId("prediction-stale");
    addComponentAsFirst(note);
  }

  public boolean isStale() {
    return stale;
  }

  /** The segment name on show, empty before a prediction. */
  public String segmentName() {
    return segment.getText();
  }
}
