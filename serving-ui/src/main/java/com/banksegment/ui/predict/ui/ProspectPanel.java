package com.banksegment.ui.predict.ui;

import com.banksegment.charts.ChartSpec;
import com.banksegment.charts.ChartSpec.Format;
import com.banksegment.charts.Palette;
import com.banksegment.scorer.ClusterInfo;
import com.banksegment.scorer.ProspectScorer;
import com.banksegment.ui.base.ui.Formats;
import com.banksegment.ui.base.ui.chart.BankChart;
import com.banksegment.ui.predict.domain.ProspectPrediction;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * The answer for a new customer without transactions: the likely segment by the prospects
 * classifier, with how far to trust it (its held-out figures, lower than for customers with
 * transactions) and each segment's probability.
 */
public class ProspectPanel extends Div {
  public ProspectPanel(ProspectPrediction p) {
    setId("prospect");
    ProspectScorer.ProspectResult r = p.result();
    H3 title = new H3(r.clusterName());
    title.setId("prospect-segment");
    Div hero = new Div(new Div(new Paragraph("Likely segment of a customer without transactions"), title));
    hero.addClassName("result-hero");
    hero.getStyle().set("background", Palette.segment(r.clusterId()));
    Paragraph trust = new Paragraph("From " + String.join(", ", p.features()).replace('_', ' ')
        + " only (what is known at account opening). On held-out customers this guess was right for "
        + Formats.percent(r.figures().accuracy()) + " (weighted F1 " + Formats.decimal(r.figures().weightedF1(), 3)
        + "), without the transaction figures that also draw the segments. Enter them for the segment itself.");
    trust.addClassName("hint");
    trust.setId("prospect-trust");
    List<String> names = r.clusters().stream().map(ClusterInfo::name).toList();
    ChartSpec probabilities = ChartSpec.bar().labels(names).horizontal().legend("none")
        .series("Probability", r.probabilities(), Palette.PRIMARY)
        .axis("x", "Probability (prospects classifier)", Format.PERCENT).axisFrom("x", 0, 1).tooltip(Format.PERCENT);
    BankChart chart = new BankChart(probabilities, "Probability of each segment for a customer without transactions");
    chart.setHeight(Math.max(160, 36 * names.size() + 60) + "px");
    add(hero, trust, chart);
  }
}
