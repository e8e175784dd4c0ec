package com.banksegment.modeling;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Small inline SVG charts for the self-contained HTML report (no scripts, no network). */
final class Svg {
  static final String[] PALETTE = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
      "#ff9da7", "#9c755f", "#bab0ac"};
  private static final int W = 560;
  private static final int H = 300;
  private static final int LEFT = 70;
  private static final int RIGHT = 20;
  private static final int TOP = 20;
  private static final int BOTTOM = 45;

  private Svg() {}

  static String colour(int id) {
    return PALETTE[Math.floorMod(id, PALETTE.length)];
  }

  /** A line with points; {@code marks} labels some x values (e.g. "knee", "chosen"). */
  static String lineChart(double[] x, double[] y, String xLabel, String yLabel, Map<Double, String> marks) {
    Frame f = new Frame(min(x), max(x), Math.min(0, min(y)), max(y));
    StringBuilder s = f.open(xLabel, yLabel, x);
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < x.length; i++) {
      path.append(i == 0 ? "M" : "L").append(fmt(f.px(x[i]))).append(' ').append(fmt(f.py(y[i])));
    }
    s.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#4e79a7\" stroke-width=\"2\"/>");
    for (int i = 0; i < x.length; i++) {
      String mark = marks.get(x[i]);
      s.append(circle(f.px(x[i]), f.py(y[i]), mark == null ? 3.5 : 6, mark == null ? "#4e79a7" : "#e15759"));
      if (mark != null) {
        s.append(text(f.px(x[i]) + 8, f.py(y[i]) - 8, mark, "start", "#e15759"));
      }
    }
    return s.append("</svg>").toString();
  }

  /** Bars with an optional cumulative line and a horizontal threshold line (NaN: none). */
  static String barChart(String[] labels, double[] values, double[] cumulative, double threshold, String yLabel) {
    Frame f = new Frame(0, labels.length, 0, 1.0);
    double[] centres = new double[labels.length];
    for (int i = 0; i < labels.length; i++) {
      centres[i] = i + 0.5;
    }
    StringBuilder s = f.openBars(labels, yLabel);
    double width = (f.px(1) - f.px(0)) * 0.6;
    for (int i = 0; i < values.length; i++) {
      s.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"#76b7b2\"/>",
          fmt(f.px(centres[i]) - width / 2), fmt(f.py(values[i])), fmt(width), fmt(f.py(0) - f.py(values[i]))));
      s.append(text(f.px(centres[i]), f.py(values[i]) - 4, percent(values[i]), "middle", "#333"));
    }
    if (cumulative != null) {
      StringBuilder path = new StringBuilder();
      for (int i = 0; i < cumulative.length; i++) {
        path.append(i == 0 ? "M" : "L").append(fmt(f.px(centres[i]))).append(' ').append(fmt(f.py(cumulative[i])));
        s.append(circle(f.px(centres[i]), f.py(cumulative[i]), 3, "#f28e2b"));
      }
      s.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#f28e2b\" stroke-width=\"2\"/>");
    }
    if (!Double.isNaN(threshold)) {
      s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%s\" y2=\"%s\" stroke=\"#e15759\""
          + " stroke-dasharray=\"5 4\"/>", LEFT, W - RIGHT, fmt(f.py(threshold)), fmt(f.py(threshold))));
      s.append(text(W - RIGHT - 4, f.py(threshold) - 5, "threshold " + percent(threshold), "end", "#e15759"));
    }
    return s.append("</svg>").toString();
  }

  /** Points {x, y, id} coloured by id. */
  static String scatter(List<double[]> points, String xLabel, String yLabel) {
    double[] xs = points.stream().mapToDouble(p -> p[0]).toArray();
    double[] ys = points.stream().mapToDouble(p -> p[1]).toArray();
    Frame f = new Frame(min(xs), max(xs), min(ys), max(ys));
    StringBuilder s = f.open(xLabel, yLabel, null);
    for (double[] p : points) {
      s.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"2.2\" fill=\"%s\" fill-opacity=\"0.6\"/>",
          fmt(f.px(p[0])), fmt(f.py(p[1])), colour((int) p[2])));
    }
    return s.append("</svg>").toString();
  }

  /** Plot area and axes for data in [x0, x1] x [y0, y1]. */
  private record Frame(double x0, double x1, double y0, double y1) {
    Frame {
      if (x1 == x0) {
        x1 = x0 + 1;
      }
      if (y1 == y0) {
        y1 = y0 + 1;
      }
    }

    double px(double x) {
      return LEFT + (x - x0) / (x1 - x0) * (W - LEFT - RIGHT);
    }

    double py(double y) {
      return H - BOTTOM - (y - y0) / (y1 - y0) * (H - TOP - BOTTOM);
    }

    StringBuilder open(String xLabel, String yLabel, double[] xTicks) {
      StringBuilder s = header();
      for (int i = 0; i <= 4; i++) {
        double y = y0 + (y1 - y0) * i / 4;
        s.append(gridLine(py(y))).append(text(LEFT - 6, py(y) + 4, compact(y), "end", "#555"));
      }
      double[] ticks = xTicks != null ? xTicks : new double[] {x0, (x0 + x1) / 2, x1};
      for (double x : ticks) {
        s.append(text(px(x), H - BOTTOM + 16, compact(x), "middle", "#555"));
      }
      return labels(s, xLabel, yLabel);
    }

    StringBuilder openBars(String[] names, String yLabel) {
      StringBuilder s = header();
      for (int i = 0; i <= 4; i++) {
        double y = y0 + (y1 - y0) * i / 4;
        s.append(gridLine(py(y))).append(text(LEFT - 6, py(y) + 4, percent(y), "end", "#555"));
      }
      for (int i = 0; i < names.length; i++) {
        s.append(text(px(i + 0.5), H - BOTTOM + 16, names[i], "middle", "#555"));
      }
      return labels(s, "", yLabel);
    }

    private StringBuilder header() {
      return new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
          + " height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">", W, H, W, H))
          .append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>",
              LEFT, H - BOTTOM, W - RIGHT, H - BOTTOM));
    }

    private StringBuilder labels(StringBuilder s, String xLabel, String yLabel) {
      s.append(text((LEFT + W - RIGHT) / 2.0, H - 8, xLabel, "middle", "#333"));
      return s.append(String.format(Locale.ROOT, "<text transform=\"translate(14 %d) rotate(-90)\""
          + " text-anchor=\"middle\" fill=\"#333\">%s</text>", (TOP + H - BOTTOM) / 2, ReportHtml.escape(yLabel)));
    }

    private static String gridLine(double y) {
      return String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%s\" y2=\"%s\" stroke=\"#e5e5e5\"/>",
          LEFT, W - RIGHT, fmt(y), fmt(y));
    }
  }

  private static String circle(double x, double y, double r, String fill) {
    return String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"%s\"/>", fmt(x), fmt(y), fmt(r), fill);
  }

  private static String text(double x, double y, String value, String anchor, String fill) {
    return String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" text-anchor=\"%s\" fill=\"%s\">%s</text>",
        fmt(x), fmt(y), anchor, fill, ReportHtml.escape(value));
  }

  /** 1234567 as 1.23M, 0.4567 as 0.457. */
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

  static String percent(double v) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static double min(double[] v) {
    double m = Double.POSITIVE_INFINITY;
    for (double x : v) {
      m = Math.min(m, x);
    }
    return v.length == 0 ? 0 : m;
  }

  private static double max(double[] v) {
    double m = Double.NEGATIVE_INFINITY;
    for (double x : v) {
      m = Math.max(m, x);
    }
    return v.length == 0 ? 1 : m;
  }
}
