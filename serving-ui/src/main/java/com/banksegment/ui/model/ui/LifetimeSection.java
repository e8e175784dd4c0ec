package com.banksegment.ui.model.ui;

import com.banksegment.charts.ChartSpec;
import com.banksegment.charts.ChartSpec.Format;
import com.banksegment.charts.Palette;
import com.banksegment.ui.base.ui.Formats;
import com.banksegment.ui.base.ui.chart.BankChart;
import com.banksegment.ui.base.ui.component.Panel;
import com.banksegment.ui.lake.domain.Lifetime;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.domain.SegmentProfile;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * Lifetime value per segment (issue 16): each segment's total and mean customer lifetime value
 * over the run's horizon and its mean P(alive) (BG/NBD and Gamma-Gamma, segment_profiles). When
 * the lifetime model was not fitted (too few customers bought twice: the bank's file) the page
 * says so instead of charting empty values.
 */
public class LifetimeSection extends Div {
  public LifetimeSection(PublishedRun run) {
    this(run.segments(), run.lifetime(), run.customers());
  }

  LifetimeSection(List<SegmentProfile> segments, Lifetime lifetime, long customers) {
    setId("lifetime");
    if (!lifetime.aliveFitted()) {
      add(new Panel("Customer lifetime value", null, note(notFitted(lifetime, customers))));
      return;
    }
    String horizon = Double.isFinite(lifetime.horizonDays()) ? Formats.days(lifetime.horizonDays()) : "the horizon";
    List<String> labels = segments.stream().map(s -> s.name() + " (#" + s.id() + ")").toList();
    double[] alive = segments.stream().mapToDouble(SegmentProfile::meanPAlive).toArray();
    if (!lifetime.valueFitted()) {
      ChartSpec spec = ChartSpec.bar().labels(labels).series("Mean P(alive)", alive, Palette.PRIMARY)
          .axis("y", "Mean P(alive)", Format.PERCENT).axisFrom("y", 0, 1).tooltip(Format.PERCENT).legend("none");
      add(new Panel("Customer lifetime value", "The spend model (Gamma-Gamma) was not fitted for this run, so there is"
          + " no lifetime value; the chance each segment's customers are still active (P(alive)) is shown instead.",
          new BankChart(spec, "Mean P(alive) by segment")));
      return;
    }
    ChartSpec total = ChartSpec.bar().labels(labels)
        .series("Total lifetime value", null, "y", segments.stream().mapToDouble(SegmentProfile::sumClv).toArray(),
            Palette.PRIMARY)
        .series("Mean P(alive)", "line", "y2", alive, Palette.ACCENT)
        .axis("y", "Total lifetime value", Format.INR).axis("y2", "Mean P(alive)", Format.PERCENT)
        .axisFrom("y2", 0, 1).legend("bottom");
    ChartSpec mean = ChartSpec.bar().labels(labels)
        .series("Mean lifetime value per customer", segments.stream().mapToDouble(SegmentProfile::meanClv).toArray(),
            Palette.PRIMARY)
        .sliceColours(segments.stream().map(s -> Palette.segment(s.id())).toList())
        .axis("y", "Mean lifetime value", Format.INR).tooltip(Format.INR).legend("none");
    Div row = new Div(
        new Panel("Lifetime value by segment", "Expected value of each segment's customers over the next " + horizon
            + " (bars), and the mean chance they are still active (line).", new BankChart(total,
            "Total lifetime value and mean P(alive) by segment")),
        new Panel("Lifetime value per customer", "Mean expected value of one customer of the segment over the next "
            + horizon + ".", new BankChart(mean, "Mean lifetime value per customer by segment")));
    row.addClassName("two-columns");
    add(row);
  }

  static String notFitted(Lifetime lifetime, long customers) {
    if (!lifetime.recorded()) {
      return "This run has no lifetime value: it was published before lifetime value was computed.";
    }
    String repeaters = lifetime.repeatCustomers() < 0 ? ""
        : " (" + Formats.count(lifetime.repeatCustomers()) + " of " + Formats.count(customers) + " customers)";
    return lifetime.bgnbdStatus() == Lifetime.NOT_IDENTIFIABLE
        ? "The lifetime model was not fitted for this run: too few customers bought more than once" + repeaters
            + " to estimate how often they buy, so there is no lifetime value or P(alive) to show."
        : "The lifetime model was not fitted for this run: its estimate did not settle (the model report has the"
            + " details), so there is no lifetime value or P(alive) to show.";
  }

  private static Paragraph note(String text) {
    Paragraph p = new Paragraph(text);
    p.setId("lifetime-none");
    return p;
  }
}
