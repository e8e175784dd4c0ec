package com.banksegment.modeling;

import com.banksegment.modeling.ModelReport.NaiveBayesView;
import com.banksegment.modeling.ModelReport.SegmentView;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The model report as one self-contained HTML page: inline CSS and SVG, nothing fetched. */
final class ReportHtml {
  private ReportHtml() {}

  static String render(ModelReport r) {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Model report ")
        .append(escape(r.runDate())).append("</title><style>")
        .append("body{font-family:sans-serif;margin:24px;color:#222;max-width:1200px}")
        .append("h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ddd}")
        .append("table{border-collapse:collapse;font-size:12px;margin:8px 0}")
        .append("td,th{border:1px solid #ccc;padding:3px 7px;text-align:right}th{background:#f3f3f3}")
        .append("td.l,th.l{text-align:left}.row{display:flex;flex-wrap:wrap;gap:24px}")
        .append(".note{background:#fff8e1;border-left:4px solid #edc948;padding:8px 12px;font-size:13px}")
        .append(".sw{display:inline-block;width:10px;height:10px;margin-right:5px}")
        .append("</style></head><body>");
    h.append("<h1>Segmentation model, run date ").append(escape(r.runDate())).append("</h1>");
    h.append(String.format(Locale.ROOT, "<p>%,d customers; production model <b>%s</b> with <b>k = %d</b>: %s."
            + " PCA keeps %d of 6 components. Built in %.1f s.%s</p>",
        r.customers(), escape(r.productionAlgorithm()), r.choice().k(), escape(r.choice().reason()),
        r.pcaComponents(), r.elapsedSeconds(),
        r.previousRunDate() == null ? " No earlier run: segment ids start afresh."
            : " Segments matched to the run of " + escape(r.previousRunDate()) + "."));
    selection(h, r);
    pca(h, r);
    profiles(h, r);
    naiveBayes(h, r.naiveBayes(), r.segments());
    return h.append("</body></html>").toString();
  }

  private static void selection(StringBuilder h, ModelReport r) {
    List<SweepPoint> sweep = r.kmeansSweep();
    double[] ks = sweep.stream().mapToDouble(SweepPoint::k).toArray();
    Map<Double, String> marks = new HashMap<>();
    if (r.choice().knee() != null) {
      marks.put((double) r.choice().knee(), "knee");
    }
    marks.merge((double) r.choice().k(), "chosen", (a, b) -> a + ", " + b);
    h.append("<h2>Choosing k</h2><div class=\"row\"><div><b>Elbow: WSSSE by k (K-means)</b><br>")
        .append(Svg.lineChart(ks, sweep.stream().mapToDouble(SweepPoint::wssse).toArray(), "k", "WSSSE", marks))
        .append("</div><div><b>Silhouette by k (all customers)</b><br>")
        .append(Svg.lineChart(ks, sweep.stream().mapToDouble(SweepPoint::silhouette).toArray(), "k", "silhouette",
            marks))
        .append("</div></div><p style=\"font-size:12px\">WSSSE and silhouette are measured on all customers;"
            + " \"fitted on\" says whether the fit saw all of them or the sweep's uniform sample.</p>")
        .append("<table><tr><th class=\"l\">algorithm</th><th>k</th><th>WSSSE</th><th>silhouette</th>"
            + "<th>fitted on</th><th>fit s</th><th class=\"l\"></th></tr>");
    List<SweepPoint> all = new java.util.ArrayList<>(sweep);
    all.addAll(r.alternatives());
    for (SweepPoint p : all) {
      boolean chosen = p.equals(r.production());
      h.append(String.format(Locale.ROOT, "<tr><td class=\"l\">%s</td><td>%d</td><td>%s</td><td>%.4f</td>"
              + "<td>%,d</td><td>%.1f</td><td class=\"l\">%s</td></tr>", escape(p.algorithm()), p.k(),
          Svg.compact(p.wssse()), p.silhouette(), p.fitCustomers(), p.fitSeconds(), chosen ? "<b>chosen</b>" : ""));
    }
    h.append("</table>");
  }

  private static void pca(StringBuilder h, ModelReport r) {
    double[] v = r.pcaVarianceByComponent();
    double[] cumulative = new double[v.length];
    String[] names = new String[v.length];
    for (int i = 0; i < v.length; i++) {
      cumulative[i] = (i == 0 ? 0 : cumulative[i - 1]) + v[i];
      names[i] = "PC" + (i + 1) + (i < r.pcaComponents() ? "" : " (dropped)");
    }
    h.append("<h2>PCA</h2><div class=\"row\"><div><b>Explained variance per component (bars) and cumulative"
        + " (line)</b><br>").append(Svg.barChart(names, v, cumulative, r.pcaVarianceThreshold(), "variance"))
        .append("</div><div><b>Sample of ").append(r.scatterSample().size())
        .append(" customers on the first two components, coloured by segment</b><br>")
        .append(Svg.scatter(r.scatterSample(), "pca_1", "pca_2")).append("<br>");
    for (SegmentView s : r.segments()) {
      h.append("<span style=\"margin-right:12px\"><span class=\"sw\" style=\"background:").append(Svg.colour(s.id()))
          .append("\"></span>").append(s.id()).append(' ').append(escape(s.name())).append("</span>");
    }
    h.append("</div></div>");
  }

  private static void profiles(StringBuilder h, ModelReport r) {
    h.append("<h2>Segments</h2><table><tr><th>id</th><th class=\"l\">name</th><th>customers</th><th>share</th>"
        + "<th>median recency d</th><th>mean frequency</th><th>median monetary</th><th>median age</th>"
        + "<th>median balance</th><th>male</th><th>female</th><th>unknown</th><th class=\"l\">dominant RFM</th>"
        + "<th>total monetary</th><th>previous id (distance)</th><th class=\"l\">action</th></tr>");
    for (SegmentView s : r.segments()) {
      h.append(String.format(Locale.ROOT, "<tr><td><span class=\"sw\" style=\"background:%s\"></span>%d</td>"
              + "<td class=\"l\">%s</td><td>%,d</td><td>%s</td><td>%.0f</td><td>%.2f</td><td>%s</td><td>%.0f</td>"
              + "<td>%s</td><td>%s</td><td>%s</td><td>%s</td><td class=\"l\">%s</td><td>%s</td><td>%s</td>"
              + "<td class=\"l\">%s</td></tr>",
          Svg.colour(s.id()), s.id(), escape(s.name()), s.customers(), Svg.percent(s.share()),
          s.median().get("recency_days"), s.mean().get("frequency"), Svg.compact(s.median().get("monetary")),
          s.median().get("age"), Svg.compact(s.median().get("balance")), Svg.percent(s.shareMale()),
          Svg.percent(s.shareFemale()), Svg.percent(s.shareUnknown()), escape(s.dominantRfmSegment()),
          Svg.compact(s.totalMonetary()),
          s.previousId() == null ? "new" : String.format(Locale.ROOT, "%d (%.3f)", s.previousId(), s.matchDistance()),
          escape(s.action())));
    }
    h.append("</table><p style=\"font-size:12px\">Names follow the rules in docs/data-contract.md (the most notable"
        + " standardised input names the segment); a segment matched to the previous run keeps its id and name.</p>");
  }

  private static void naiveBayes(StringBuilder h, NaiveBayesView nb, List<SegmentView> segments) {
    h.append(String.format(Locale.ROOT, "<h2>Gaussian Naive Bayes</h2><p>Learns the segment from the %s features;"
            + " trained on %,d customers, evaluated on a stratified held-out split of %,d. Accuracy <b>%.4f</b>,"
            + " weighted F1 <b>%.4f</b> (target %.2f: <b>%s</b>), macro F1 <b>%.4f</b>. Agreement with the"
            + " nearest-centroid segment over all customers: <b>%.4f</b>.</p><p class=\"note\">%s</p>",
        escape(nb.inputSpace()), nb.trainCustomers(), nb.testCustomers(), nb.accuracy(), nb.weightedF1(),
        nb.weightedF1Target(), nb.targetMet() ? "met" : "missed", nb.macroF1(), nb.centroidAgreement(),
        escape(nb.explanation())));
    h.append("<div class=\"row\"><table><tr><th>segment</th><th>precision</th><th>recall</th><th>F1</th></tr>");
    for (int c = 0; c < nb.classIds().length; c++) {
      h.append(String.format(Locale.ROOT, "<tr><td>%d</td><td>%.4f</td><td>%.4f</td><td>%.4f</td></tr>",
          nb.classIds()[c], nb.precision()[c], nb.recall()[c], nb.f1()[c]));
    }
    h.append("</table><table><tr><th class=\"l\">actual \\ predicted</th>");
    for (int id : nb.classIds()) {
      h.append("<th>").append(id).append("</th>");
    }
    h.append("</tr>");
    long[][] m = nb.confusion();
    for (int a = 0; a < m.length; a++) {
      long rowTotal = java.util.Arrays.stream(m[a]).sum();
      h.append("<tr><th class=\"l\">").append(nb.classIds()[a]).append(' ')
          .append(escape(segments.get(a).name())).append("</th>");
      for (int p = 0; p < m.length; p++) {
        double share = rowTotal == 0 ? 0 : (double) m[a][p] / rowTotal;
        String bg = a == p ? "rgba(89,161,79," + share + ")" : "rgba(225,87,89," + Math.min(1, share * 4) + ")";
        h.append("<td style=\"background:").append(String.format(Locale.ROOT, "%s", bg)).append("\">")
            .append(String.format(Locale.ROOT, "%,d", m[a][p])).append("</td>");
      }
      h.append("</tr>");
    }
    h.append("</table></div>");
  }

  static String escape(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
