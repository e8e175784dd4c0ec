package com.banksegment.modeling.report;

import com.banksegment.charts.ChartJs;
import com.banksegment.charts.ChartSpec;
import com.banksegment.charts.ChartSpec.Format;
import com.banksegment.charts.Palette;
import com.banksegment.modeling.report.ModelReport.NaiveBayesView;
import com.banksegment.modeling.report.ModelReport.SegmentView;
import com.banksegment.modeling.segments.Segment;
import com.banksegment.modeling.selection.SweepPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The model report as one self-contained HTML page: inline CSS, the tables as HTML and the charts
 * drawn by Chart.js (embedded, see {@link ChartJs}) from {@link ChartSpec}s, the same chart
 * description the web app draws. Segment colours are the web app's ({@link Palette#segment}).
 */
public final class ModelReportPage {
  private static final String MARK = "#c8553d";

  private ModelReportPage() {}

  public static String render(ModelReport r) {
    ModelReport.Run run = r.run();
    ModelReport.Selection selection = r.selection();
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Model report ")
        .append(escape(run.runDate())).append("</title><style>")
        .append("body{font-family:sans-serif;margin:24px;color:#222;max-width:1200px}")
        .append("h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ddd}")
        .append("table{border-collapse:collapse;font-size:12px;margin:8px 0}")
        .append("td,th{border:1px solid #ccc;padding:3px 7px;text-align:right}th{background:#f3f3f3}")
        .append("td.l,th.l{text-align:left}.row{display:flex;flex-wrap:wrap;gap:24px}")
        .append(".chart{position:relative;width:560px;height:300px}")
        .append(".note{background:#fff8e1;border-left:4px solid #edc948;padding:8px 12px;font-size:13px}")
        .append(".sw{display:inline-block;width:10px;height:10px;margin-right:5px}")
        .append("</style></head><body>");
    h.append("<h1>Segmentation model, run date ").append(escape(run.runDate())).append("</h1>");
    h.append(String.format(Locale.ROOT, "<p>%,d customers; production model <b>%s</b> with <b>k = %d</b>: %s."
            + " PCA keeps %d of %d components. Built in %.1f s.%s</p>",
        run.customers(), escape(run.productionAlgorithm()), selection.choice().k(),
        escape(selection.choice().reason()), r.pca().pcaComponents(), r.pca().pcaVarianceByComponent().length,
        run.elapsedSeconds(),
        run.previousRunDate() == null ? " No earlier run: segment ids start afresh."
            : " Segments matched to the run of " + escape(run.previousRunDate()) + "."));
    selection(h, selection);
    pca(h, r);
    profiles(h, r.segments());
    stability(h, r.stability(), r.segments());
    naiveBayes(h, r.naiveBayes(), r.segments());
    classifiers(h, r.classifiers(), r.served());
    prospects(h, r.prospects());
    OverTimeSection.render(h, r.overTime());
    return h.append(ChartJs.scripts()).append("</body></html>").toString();
  }

  private static void selection(StringBuilder h, ModelReport.Selection r) {
    List<SweepPoint> sweep = r.kmeansSweep();
    h.append("<h2>Choosing k</h2><div class=\"row\"><div><b>Elbow: WSSSE by k (K-means)</b><br>")
        .append(chart("elbow", sweepChart(r, sweep.stream().mapToDouble(SweepPoint::wssse).toArray(), "WSSSE",
            Format.NUMBER)))
        .append("</div><div><b>Silhouette by k (all customers)</b><br>")
        .append(chart("silhouette", sweepChart(r, sweep.stream().mapToDouble(SweepPoint::silhouette).toArray(),
            "silhouette", Format.NUMBER)))
        .append("</div></div><p style=\"font-size:12px\">WSSSE and silhouette are measured on all customers;"
            + " \"fitted on\" says whether the fit saw all of them or the sweep's uniform sample.</p>")
        .append("<table><tr><th class=\"l\">algorithm</th><th>k</th><th>WSSSE</th><th>silhouette</th>"
            + "<th>fitted on</th><th>fit s</th><th class=\"l\"></th></tr>");
    List<SweepPoint> all = new ArrayList<>(sweep);
    all.addAll(r.alternatives());
    for (SweepPoint p : all) {
      boolean chosen = p.equals(r.production());
      h.append(String.format(Locale.ROOT, "<tr><td class=\"l\">%s</td><td>%d</td><td>%s</td><td>%.4f</td>"
              + "<td>%,d</td><td>%.1f</td><td class=\"l\">%s</td></tr>", escape(p.algorithm()), p.k(),
          compact(p.wssse()), p.silhouette(), p.fitCustomers(), p.fitSeconds(), chosen ? "<b>chosen</b>" : ""));
    }
    h.append("</table>");
  }

  /** A measure of the K-means sweep by k, with the knee and the chosen k marked. */
  private static ChartSpec sweepChart(ModelReport.Selection r, double[] values, String measure, Format format) {
    List<SweepPoint> sweep = r.kmeansSweep();
    double[] knee = new double[sweep.size()];
    double[] chosen = new double[sweep.size()];
    for (int i = 0; i < sweep.size(); i++) {
      int k = sweep.get(i).k();
      knee[i] = r.choice().knee() != null && k == r.choice().knee() ? values[i] : Double.NaN;
      chosen[i] = k == r.choice().k() ? values[i] : Double.NaN;
    }
    ChartSpec spec = ChartSpec.line().labels(sweep.stream().map(p -> Integer.toString(p.k())).toList())
        .series(measure, values, Palette.PRIMARY)
        .markers("chosen k", chosen, MARK)
        .axis("x", "k", null).axis("y", measure, format).tooltip(format);
    return r.choice().knee() == null ? spec : spec.markers("knee", knee, Palette.ACCENT);
  }

  private static void pca(StringBuilder h, ModelReport r) {
    double[] v = r.pca().pcaVarianceByComponent();
    double[] cumulative = new double[v.length];
    List<String> names = new ArrayList<>();
    for (int i = 0; i < v.length; i++) {
      cumulative[i] = (i == 0 ? 0 : cumulative[i - 1]) + v[i];
      names.add("PC" + (i + 1) + (i < r.pca().pcaComponents() ? "" : " (dropped)"));
    }
    ChartSpec variance = ChartSpec.bar().labels(names)
        .series("variance", v, Palette.MUTED)
        .series("cumulative", "line", null, cumulative, Palette.PRIMARY)
        .reference("threshold " + percent(r.pca().pcaVarianceThreshold()), r.pca().pcaVarianceThreshold(), MARK)
        .axis("y", "share of variance", Format.PERCENT).axisFrom("y", 0, 1).tooltip(Format.PERCENT);
    ChartSpec scatter = ChartSpec.scatter().axis("x", "pca_1", Format.NUMBER).axis("y", "pca_2", Format.NUMBER);
    for (SegmentView s : r.segments()) {
      List<double[]> points = r.scatterSample().stream().filter(p -> (int) p[2] == s.id())
          .map(p -> new double[] {p[0], p[1]}).toList();
      scatter.points(s.id() + " " + s.name(), points, Palette.segment(s.id()));
    }
    h.append("<h2>PCA</h2><div class=\"row\"><div><b>Explained variance per component (bars) and cumulative"
        + " (line)</b><br>").append(chart("variance", variance))
        .append("</div><div><b>Sample of ").append(r.scatterSample().size())
        .append(" customers on the first two components, coloured by segment</b><br>")
        .append(chart("scatter", scatter)).append("</div></div>");
  }

  private static void profiles(StringBuilder h, List<SegmentView> segments) {
    h.append("<h2>Segments</h2><table><tr><th>id</th><th class=\"l\">name</th><th>customers</th><th>share</th>"
        + "<th>median recency d</th><th>mean frequency</th><th>median monetary</th><th>median age</th>"
        + "<th>median balance</th><th>male</th><th>female</th><th>unknown</th><th class=\"l\">dominant RFM</th>"
        + "<th>total monetary</th><th>previous id (distance)</th><th class=\"l\">action</th></tr>");
    segments.forEach(s -> h.append(segmentRow(s)));
    h.append("</table><p style=\"font-size:12px\">Names follow the rules in docs/data-contract.md (the most notable"
        + " standardised input names the segment); a segment matched to the previous run keeps its id and name.</p>");
  }

  private static String segmentRow(SegmentView s) {
    Map<String, Double> median = s.inputs().median();
    return String.format(Locale.ROOT, "<tr><td><span class=\"sw\" style=\"background:%s\"></span>%d</td>"
            + "<td class=\"l\">%s</td><td>%,d</td><td>%s</td><td>%.0f</td><td>%.2f</td><td>%s</td><td>%s</td>"
            + "<td>%s</td><td>%s</td><td>%s</td><td>%s</td><td class=\"l\">%s</td><td>%s</td><td>%s</td>"
            + "<td class=\"l\">%s</td></tr>",
        Palette.segment(s.id()), s.id(), escape(s.name()), s.size().customers(), percent(s.size().share()),
        median.get("recency_days"), s.inputs().mean().get("frequency"), compact(median.get("monetary")),
        orDash(median.get("age"), v -> String.format(Locale.ROOT, "%.0f", v)), orDash(median.get("balance"),
            ModelReportPage::compact), orDash(s.genders().shareMale(), ModelReportPage::percent),
        orDash(s.genders().shareFemale(), ModelReportPage::percent),
        orDash(s.genders().shareUnknown(), ModelReportPage::percent),
        escape(s.inputs().dominantRfmSegment()), compact(s.size().totalMonetary()), previous(s.previous()),
        escape(s.action()));
  }

  private static void classifiers(StringBuilder h, List<ModelReport.ClassifierView> classifiers,
      ModelReport.ServedView served) {
    h.append("<h2>Classifiers compared</h2><p>The same stratified training split, the same held-out customers,"
        + " the same PCA features (Spark MLlib). Agreement: share of all customers given their nearest-centroid"
        + " segment, which stays the definition of a customer's segment. Per-class figures and confusion matrices"
        + " of every classifier are in model_metrics.</p>");
    if (served != null) {
      h.append(String.format(Locale.ROOT, "<p>The bundle serves the best held-out weighted F1: <b>%s</b>, %.4f"
              + " (target %.2f: <b>%s</b>).</p><p class=\"note\">%s</p>",
          escape(served.name().replace('_', ' ')), served.weightedF1(), served.target().weightedF1Target(),
          served.target().targetMet() ? "met" : "missed", escape(served.target().explanation())));
    }
    h.append("<table><tr><th class=\"l\">classifier</th><th>accuracy</th><th>weighted F1</th><th>macro F1</th>"
        + "<th>agreement</th><th class=\"l\">served</th></tr>");
    for (ModelReport.ClassifierView c : classifiers) {
      h.append(String.format(Locale.ROOT, "<tr><td class=\"l\">%s</td><td>%.4f</td><td>%.4f</td><td>%.4f</td>"
          + "<td>%.4f</td><td class=\"l\">%s</td></tr>", escape(c.name().replace('_', ' ')), c.accuracy(),
          c.weightedF1(), c.macroF1(), c.centroidAgreement(), c.served() ? "yes" : ""));
    }
    h.append("</table>");
  }

  private static void prospects(StringBuilder h, ModelReport.ProspectView p) {
    h.append("<h2>Prospects: customers without transactions</h2>");
    if (p == null || p.figures() == null) {
      h.append("<p>No prospects classifier: ").append(escape(p == null ? "not trained" : p.note())).append(".</p>");
      return;
    }
    ModelReport.ClassifierView f = p.figures();
    h.append(String.format(Locale.ROOT, "<p>Logistic regression on %s only (what is known at account opening),"
            + " on the same split: accuracy <b>%.4f</b>, weighted F1 <b>%.4f</b>, macro F1 <b>%.4f</b>; it agrees"
            + " with the nearest-centroid segment for %.1f%% of all customers.</p><p class=\"note\">%s</p>",
        escape(String.join(", ", p.features())), f.accuracy(), f.weightedF1(), f.macroF1(),
        100 * f.centroidAgreement(), escape(p.note())));
  }

  private static void stability(StringBuilder h, ModelReport.StabilityView st, List<SegmentView> segments) {
    h.append("<h2>Stability</h2>");
    if (st == null) {
      h.append("<p>Not measured for this run (segment.modeling.bootstrap-resamples = 0, or more customers than"
          + " segment.modeling.local-max-customers).</p>");
      return;
    }
    h.append(String.format(Locale.ROOT, "<p>K-means refitted at the same k on %d bootstrap resamples of the"
        + " customers; each segment is matched one-to-one to a refitted cluster. Adjusted Rand index with the"
        + " segments, mean over the refits: <b>%.3f</b>. Per segment, the mean Jaccard similarity of the matched"
        + " pair (Hennig's clusterboot); below %.2f the segment is <b>unstable</b>: the same data does not"
        + " reliably give it again.</p><table><tr><th>id</th><th class=\"l\">name</th><th>Jaccard</th>"
        + "<th class=\"l\">verdict</th></tr>", st.resamples(), st.adjustedRand(), st.unstableBelow()));
    for (int i = 0; i < st.segmentIds().length; i++) {
      int id = st.segmentIds()[i];
      String name = segments.stream().filter(s -> s.id() == id).map(SegmentView::name).findFirst().orElse("");
      h.append(String.format(Locale.ROOT, "<tr><td>%d</td><td class=\"l\">%s</td><td>%.3f</td>"
          + "<td class=\"l\">%s</td></tr>", id, escape(name), st.jaccard()[i],
          st.unstable()[i] ? "<b>unstable</b>" : "stable"));
    }
    h.append("</table>");
  }

  private static String previous(ModelReport.Previous p) {
    return p.previousId() == null ? "new"
        : String.format(Locale.ROOT, "%d (%.3f)", p.previousId(), p.matchDistance());
  }

  private static void naiveBayes(StringBuilder h, NaiveBayesView nb, List<SegmentView> segments) {
    ModelReport.Scores scores = nb.scores();
    ModelReport.PerSegment per = nb.perSegment();
    h.append(String.format(Locale.ROOT, "<h2>Gaussian Naive Bayes</h2><p>Learns the segment from the %s features;"
            + " trained on %,d customers, evaluated on a stratified held-out split of %,d. Accuracy <b>%.4f</b>,"
            + " weighted F1 <b>%.4f</b> (target %.2f: <b>%s</b>), macro F1 <b>%.4f</b>. Agreement with the"
            + " nearest-centroid segment over all customers: <b>%.4f</b>.</p><p class=\"note\">%s</p>",
        escape(nb.split().inputSpace()), nb.split().trainCustomers(), nb.split().testCustomers(), scores.accuracy(),
        scores.weightedF1(), nb.target().weightedF1Target(), nb.target().targetMet() ? "met" : "missed",
        scores.macroF1(), scores.centroidAgreement(), escape(nb.target().explanation())));
    h.append("<div class=\"row\"><table><tr><th>segment</th><th>precision</th><th>recall</th><th>F1</th></tr>");
    for (int c = 0; c < per.classIds().length; c++) {
      h.append(String.format(Locale.ROOT, "<tr><td>%d</td><td>%.4f</td><td>%.4f</td><td>%.4f</td></tr>",
          per.classIds()[c], per.precision()[c], per.recall()[c], per.f1()[c]));
    }
    h.append("</table><table><tr><th class=\"l\">actual \\ predicted</th>");
    for (int id : per.classIds()) {
      h.append("<th>").append(id).append("</th>");
    }
    h.append("</tr>");
    long[][] m = per.confusion();
    for (int a = 0; a < m.length; a++) {
      long rowTotal = java.util.Arrays.stream(m[a]).sum();
      h.append("<tr><th class=\"l\">").append(per.classIds()[a]).append(' ')
          .append(escape(segments.get(a).name())).append("</th>");
      for (int p = 0; p < m.length; p++) {
        double share = rowTotal == 0 ? 0 : (double) m[a][p] / rowTotal;
        String bg = a == p ? "rgba(89,161,79," + share + ")" : "rgba(225,87,89," + Math.min(1, share * 4) + ")";
        h.append("<td style=\"background:").append(bg).append("\">")
            .append(String.format(Locale.ROOT, "%,d", m[a][p])).append("</td>");
      }
      h.append("</tr>");
    }
    h.append("</table></div>");
  }

  private static String chart(String id, ChartSpec spec) {
    return "<div class=\"chart\">" + ChartJs.canvas(id, spec) + "</div>";
  }

  /** 12.3k, 4.56M: short numbers for the tables. */
  static String compact(double v) {
    double a = Math.abs(v);
    if (a >= 1e9) {
      return String.format(Locale.ROOT, "%.3gG", v / 1e9);
    }
    if (a >= 1e6) {
      return String.format(Locale.ROOT, "%.3gM", v / 1e6);
    }
    if (a >= 1e4) {
      return String.format(Locale.ROOT, "%.3gk", v / 1e3);
    }
    if (v == Math.rint(v)) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.3g", v);
  }

  /** A figure of an input the model does not have (its source lacks it) shows as a dash. */
  private static String orDash(Double v, java.util.function.Function<Double, String> format) {
    return v == null ? "–" : format.apply(v);
  }

  static String percent(double v) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }

  static String escape(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
