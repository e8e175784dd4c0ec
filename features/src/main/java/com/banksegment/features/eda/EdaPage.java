package com.banksegment.features.eda;

import com.banksegment.charts.ChartJs;
import com.banksegment.config.RfmSegmentRule;
import com.banksegment.features.customers.CustomerAggregation;
import com.banksegment.features.eda.Correlations.Cell;
import com.banksegment.features.stats.HistogramBins;
import com.banksegment.features.stats.NumericProfile;
import com.banksegment.features.stats.ReportTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * Renders an {@link EdaReport} as one self-contained HTML page: tables and findings as HTML,
 * charts drawn by Chart.js (embedded, no network, see {@link ChartJs}) from the {@link EdaCharts}.
 */
public final class EdaPage {
  private static final String RESOURCES = "/com/banksegment/features/eda/";

  private EdaPage() {}

  public static String render(EdaReport report, List<RfmSegmentRule> rules) {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("TITLE", "Customer features and exploratory analysis · " + report.runDate());
    parts.put("SUBTITLE", esc(String.format(Locale.ROOT,
        "Run date %s · transactions %s to %s · snapshot date %s (recency and age are measured to it) · source %s",
        report.runDate(), report.tx().firstDate(), report.tx().lastDate(), report.snapshotDate(), report.source())));
    parts.put("CARDS", cards(report));
    StringBuilder findings = new StringBuilder();
    report.findings().forEach(f -> findings.append("<li>").append(esc(f)).append("</li>"));
    parts.put("FINDINGS", findings.toString());
    parts.put("SEGMENTS", segments(report.customerOverview().segments()));
    parts.put("CORRELATIONS", heatmap(report.customerOverview().correlations(), "pearson", "Raw values")
        + heatmap(report.customerOverview().correlations(), "pearson_log1p", "log1p of skewed features"));
    parts.put("DATA_QUALITY", dataQuality(report.table("data_quality")));
    parts.put("PROFILE", profile(report.table("column_profile")));
    parts.put("METHOD", method(rules));
    parts.putAll(EdaCharts.canvases(report));
    parts.put("CHART_JS_VERSION", ChartJs.VERSION);
    parts.put("SCRIPTS", ChartJs.scripts());
    String html = resource("eda-report.html");
    for (Map.Entry<String, String> p : parts.entrySet()) {
      html = html.replace("{{" + p.getKey() + "}}", p.getValue());
    }
    return html;
  }

  private static String cards(EdaReport r) {
    long single = r.customerOverview().bins().getOrDefault("frequency", Map.of()).getOrDefault(1L, 0L);
    NumericProfile balance = r.customerOverview().profile().stream()
        .filter(p -> p.column().equals("balance")).findFirst().orElseThrow();
    return card("Transactions", String.format(Locale.ROOT, "%,d", r.transactions()), "clean rows of the run date")
        + card("Customers", String.format(Locale.ROOT, "%,d", r.customers()), "distinct customer IDs")
        + card("Period", days(r) + " days", r.tx().firstDate() + " to " + r.tx().lastDate())
        + card("Amount", HistogramBins.money(r.tx().totalAmount()), "total transacted, INR")
        + card("One transaction", Findings.pct(single, r.customers()), "of customers")
        + card("Median balance", Findings.money(balance.percentile(50)), "observed balances");
  }

  private static long days(EdaReport r) {
    return r.tx().lastDate().toEpochDay() - r.tx().firstDate().toEpochDay() + 1;
  }

  private static String card(String label, String value, String sub) {
    return "<div class=\"card\"><div class=\"label\">" + esc(label) + "</div><div class=\"value\">" + esc(value)
        + "</div><div class=\"sub\">" + esc(sub) + "</div></div>";
  }

  private static String segments(List<SegmentSummary> segments) {
    StringBuilder t = new StringBuilder("<table><tr><th class=\"l\">Segment</th><th>Customers</th><th>Share</th>"
        + "<th>R</th><th>F</th><th>M</th><th>Days since</th><th>Amount</th></tr>");
    for (SegmentSummary s : segments) {
      t.append(String.format(Locale.ROOT,
          "<tr><td class=\"l\">%s</td><td>%,d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>",
          esc(s.segment()), s.customers(), Findings.pct(s.share()), num(s.meanR(), 1), num(s.meanF(), 1),
          num(s.meanM(), 1), num(s.meanRecencyDays(), 0), "₹" + HistogramBins.money(s.totalMonetary())));
    }
    return t.append("</table>").toString();
  }

  private static String heatmap(List<Cell> all, String method, String title) {
    List<Cell> cells = all.stream().filter(c -> c.method().equals(method)).toList();
    List<String> features = cells.stream().map(Cell::x).distinct().toList();
    StringBuilder t = new StringBuilder("<div class=\"scroll\"><h3>" + esc(title) + "</h3><table class=\"heat\"><tr><th></th>");
    features.forEach(f -> t.append("<th>").append(esc(shortName(f))).append("</th>"));
    t.append("</tr>");
    for (String x : features) {
      t.append("<tr><th class=\"l\">").append(esc(shortName(x))).append("</th>");
      for (String y : features) {
        Double r = cells.stream().filter(c -> c.x().equals(x) && c.y().equals(y)).findFirst().orElseThrow().coefficient();
        t.append("<td style=\"background:").append(heatColor(r)).append("\">")
            .append(r == null ? "–" : String.format(Locale.ROOT, "%.2f", r)).append("</td>");
      }
      t.append("</tr>");
    }
    return t.append("</table></div>").toString();
  }

  private static String shortName(String feature) {
    return switch (feature) {
      case "recency_days" -> "recency";
      case "avg_amount" -> "avg amount";
      case "max_amount" -> "max amount";
      default -> feature;
    };
  }

  /** Red for positive, blue for negative, white for zero or unknown. */
  private static String heatColor(Double r) {
    if (r == null) {
      return "#ffffff";
    }
    double a = Math.min(1, Math.abs(r)) * 0.75;
    return String.format(Locale.ROOT, r >= 0 ? "rgba(192,57,43,%.2f)" : "rgba(11,79,138,%.2f)", a);
  }

  private static String dataQuality(ReportTable t) {
    StringBuilder s = new StringBuilder("<table><tr><th class=\"l\">Check</th><th class=\"l\">Attribute</th>"
        + "<th>Customers</th><th>Share</th><th class=\"l\">Meaning</th></tr>");
    for (Row r : t.rows()) {
      s.append(String.format(Locale.ROOT,
          "<tr><td class=\"l\">%s</td><td class=\"l\">%s</td><td>%,d</td><td>%s</td><td class=\"l\">%s</td></tr>",
          esc(r.getString(0)), esc(r.getString(1)), r.getLong(2), Findings.pct(r.getDouble(3)), esc(r.getString(4))));
    }
    return s.append("</table>").toString();
  }

  /** The profile table without its "kind" column (categorical rows are the ones without numbers). */
  private static String profile(ReportTable t) {
    StringBuilder s = new StringBuilder("<table class=\"profile\"><tr>");
    List<String> names = List.of(t.schema().fieldNames());
    for (String n : names) {
      if (!n.equals("kind")) {
        s.append("<th").append(n.equals("table") || n.equals("column") ? " class=\"l\"" : "").append(">")
            .append(esc(n)).append("</th>");
      }
    }
    s.append("</tr>");
    for (Row r : t.rows()) {
      s.append("<tr>");
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i).equals("kind")) {
          continue;
        }
        Object v = r.get(i);
        String text = v == null ? "" : v instanceof Long l ? String.format(Locale.ROOT, "%,d", l)
            : v instanceof Double d ? num(d, names.get(i).equals("skewness") ? 1 : Math.abs(d) >= 1000 ? 0 : 2)
            : v.toString();
        s.append(i < 2 ? "<td class=\"l\">" : "<td>").append(esc(text)).append("</td>");
      }
      s.append("</tr>");
    }
    return s.append("</table>").toString();
  }

  private static String method(List<RfmSegmentRule> rules) {
    StringBuilder s = new StringBuilder("<ul class=\"findings\">"
        + "<li>Snapshot date: the day after the latest transaction of the batch. Recency is the number of days from a "
        + "customer's last transaction to it; age is in whole years at it.</li>"
        + "<li>Conflicting attributes: the latest non-null value wins, ordered by transaction time, then source "
        + "line, then source file name.</li>"
        + "<li>Imputation: batch median of the observed ages and balances; gender U when unknown; a flag marks every "
        + "imputed value. Ages above " + CustomerAggregation.MAX_PLAUSIBLE_AGE + " count as unknown.</li>"
        + "<li>Scores: 1 + the number of fifths of customers that are strictly worse, so ties share a score and a "
        + "block of one-transaction customers scores F = 1. With large tied blocks (many customers on the same "
        + "day) a score can stay empty.</li></ul>"
        + "<h3 style=\"margin-top:12px\">Segment rules (first match wins; Others only where no rule matches)</h3>"
        + "<table style=\"width:auto\"><tr><th class=\"l\">Segment</th><th>R</th><th>F</th><th>M</th></tr>");
    for (RfmSegmentRule r : rules) {
      s.append("<tr><td class=\"l\">").append(esc(r.name())).append("</td><td>").append(range(r.r()))
          .append("</td><td>").append(range(r.f())).append("</td><td>").append(range(r.m())).append("</td></tr>");
    }
    return s.append("</table>").toString();
  }

  private static String range(RfmSegmentRule.ScoreRange r) {
    return r.low() == r.high() ? Integer.toString(r.low()) : r.low() + "–" + r.high();
  }



  private static String resource(String name) {
    try (InputStream in = EdaPage.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCES + name + " missing from the features jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  private static String num(double v, int decimals) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%,." + decimals + "f", v);
  }

  static String esc(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
