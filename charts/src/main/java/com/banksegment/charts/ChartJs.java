package com.banksegment.charts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Chart.js in a self-contained HTML page (the EDA and model reports open offline): the library
 * from the {@code org.webjars.npm:chart.js} webjar on the class path, a small renderer that draws
 * every {@link ChartSpec} placed with {@link #canvas}, and the canvases themselves.
 *
 * <p>The web app draws the same specs with the same Chart.js version from npm
 * ({@code @NpmPackage(value = "chart.js", version = ChartJs.VERSION)}).
 */
public final class ChartJs {
  /** The Chart.js version of the reports and the web app (the root pom's {@code chartjs.version}). */
  public static final String VERSION = "4.5.1";

  static final String WEBJAR = "META-INF/resources/webjars/chart.js/" + VERSION + "/dist/chart.umd.js";
  private static final String RENDERER = "com/banksegment/charts/render-charts.js";

  private ChartJs() {}

  /**
   * The scripts a page needs once, after its canvases: Chart.js and the renderer. The library's
   * source-map comment is left out (browser tools would look for a file that is not shipped).
   */
  public static String scripts() {
    String library = resource(WEBJAR).replace("//# sourceMappingURL=chart.umd.js.map", "");
    return "<script>" + library + "</script>\n<script>" + resource(RENDERER) + "</script>\n";
  }

  /**
   * A canvas with its chart: {@code <canvas id="...">} and the chart's configuration as JSON
   * beside it. {@code </} is escaped so that data from the lake cannot end the script element.
   */
  public static String canvas(String id, ChartSpec spec) {
    return "<canvas id=\"" + id + "\"></canvas><script type=\"application/json\" data-chart-for=\"" + id + "\">"
        + spec.toJson().replace("</", "<\\/") + "</script>";
  }

  static String resource(String name) {
    try (InputStream in = ChartJs.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the class path (the charts module brings the"
            + " org.webjars.npm:chart.js " + VERSION + " webjar)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
