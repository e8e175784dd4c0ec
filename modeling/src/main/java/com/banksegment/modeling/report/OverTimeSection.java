package com.banksegment.modeling.report;

import static com.banksegment.modeling.report.ModelReportPage.compact;
import static com.banksegment.modeling.report.ModelReportPage.escape;

import com.banksegment.charts.ChartJs;
import com.banksegment.charts.ChartSpec;
import com.banksegment.charts.ChartSpec.Format;
import com.banksegment.charts.Palette;
import com.banksegment.modeling.report.OverTimeView.DriftView;
import com.banksegment.modeling.report.OverTimeView.InputDrift;
import com.banksegment.modeling.report.OverTimeView.LifetimeView;
import com.banksegment.modeling.report.OverTimeView.SegmentValue;
import java.util.Locale;
import java.util.Map;

/** The report's lifetime value and drift sections (issue 16). */
final class OverTimeSection {
  private OverTimeSection() {}

  static void render(StringBuilder h, OverTimeView view) {
    if (view == null) {
      return;
    }
    if (view.drift() != null) {
      drift(h, view.drift());
    }
    lifetime(h, view.lifetime());
  }

  private static void lifetime(StringBuilder h, LifetimeView l) {
    h.append("<h2>Customer lifetime value (BG/NBD and Gamma-Gamma)</h2>");
    h.append(String.format(Locale.ROOT, "<p>%,d of %,d customers bought more than once. Horizon %d days,"
        + " discount %s a day. Status: <b>%s</b>.</p>", l.repeaters(), l.customers(), l.horizonDays(),
        Double.toString(l.discountPerDay()), escape(l.status())));
    if (l.reason() != null) {
      h.append("<p class=\"note\">No lifetime figures: ").append(escape(l.reason()))
          .append(". P(alive), expected transactions, expected spend and CLV are left empty rather than"
              + " printed with false confidence.</p>");
    }
    if (!l.bgNbd().isEmpty()) {
      h.append("<table><tr><th class=\"l\">model</th><th class=\"l\">parameters</th><th>log-likelihood</th></tr>")
          .append(parameterRow("BG/NBD", l.bgNbd(), l.bgNbdLogLikelihood()));
      if (!l.gammaGamma().isEmpty()) {
        h.append(parameterRow("Gamma-Gamma", l.gammaGamma(), l.gammaGammaLogLikelihood()));
      }
      h.append("</table>");
    }
    boolean values = l.segments().stream().anyMatch(s -> s.sumClv() != null);
    boolean alive = l.segments().stream().anyMatch(s -> s.meanPAlive() != null);
    if (!alive) {
      return;
    }
    h.append("<table><tr><th>id</th><th class=\"l\">segment</th><th>mean P(alive)</th>"
        + "<th>expected transactions</th><th>CLV (sum)</th><th>CLV (mean)</th></tr>");
    for (SegmentValue s : l.segments()) {
      h.append(String.format(Locale.ROOT, "<tr><td>%d</td><td class=\"l\">%s</td><td>%s</td><td>%s</td><td>%s</td>"
              + "<td>%s</td></tr>", s.id(), escape(s.name()), number(s.meanPAlive()),
          number(s.sumExpectedTransactions()), number(s.sumClv()), number(s.meanClv())));
    }
    h.append("</table>");
    if (values) {
      ChartSpec clv = ChartSpec.bar().labels(l.segments().stream().map(s -> s.id() + " " + s.name()).toList())
          .series("CLV (sum)", l.segments().stream().mapToDouble(s -> s.sumClv() == null ? 0 : s.sumClv()).toArray(),
              Palette.PRIMARY)
          .axis("y", "expected spend over " + l.horizonDays() + " days", Format.INR).tooltip(Format.INR);
      h.append("<div><b>Lifetime value per segment</b><br><div class=\"chart\">").append(ChartJs.canvas("clv", clv))
          .append("</div></div>");
    }
  }

  private static void drift(StringBuilder h, DriftView d) {
    h.append("<h2>Drift against the served model</h2>");
    h.append(String.format(Locale.ROOT, "<p>This run's customers against the customers of the run of %s (the"
            + " served model). Population stability index per model input (warn at %s, refit at %s); level <b>%s</b>."
            + " %s of the customers are farther from their nearest centroid than 99 %% of the fit's customers were"
            + " (about %s without drift).</p>", escape(d.referenceRunDate()), d.warn(), d.refit(), escape(d.level()),
        ModelReportPage.percent(d.farFromCentroidShare()), ModelReportPage.percent(d.expectedFarShare())));
    if (!"STABLE".equals(d.level())) {
      h.append("<p class=\"note\">Drift level ").append(escape(d.level()))
          .append(": the customers no longer look like the ones the model was fitted on.</p>");
    }
    h.append("<table><tr><th class=\"l\">input</th><th>PSI</th><th class=\"l\">level</th></tr>");
    for (InputDrift i : d.inputs()) {
      h.append(String.format(Locale.ROOT, "<tr><td class=\"l\">%s</td><td>%.4f</td><td class=\"l\">%s</td></tr>",
          escape(i.input()), i.psi(), escape(i.level())));
    }
    h.append("</table>");
  }

  private static String parameterRow(String model, Map<String, Double> parameters, Double logLikelihood) {
    StringBuilder p = new StringBuilder();
    parameters.forEach((k, v) -> p.append(k).append(" = ").append(String.format(Locale.ROOT, "%.4f", v)).append("; "));
    return "<tr><td class=\"l\">" + model + "</td><td class=\"l\">" + escape(p.toString()) + "</td><td>"
        + (logLikelihood == null ? "" : String.format(Locale.ROOT, "%.2f", logLikelihood)) + "</td></tr>";
  }

  private static String number(Double v) {
    return v == null ? "" : v < 10 ? String.format(Locale.ROOT, "%.3f", v) : compact(v);
  }
}
