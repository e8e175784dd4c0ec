package com.banksegment.features.eda;

import com.banksegment.charts.ChartJs;
import com.banksegment.charts.ChartSpec;
import com.banksegment.charts.ChartSpec.Format;
import com.banksegment.charts.Palette;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The EDA page's charts as {@link ChartSpec}s, the chart description the model report and the
 * web app use too, each drawn from a table of the report. Returns the canvases by their
 * placeholder in the page template.
 */
final class EdaCharts {
  private static final Map<String, String> GENDERS = Map.of("M", "Male", "F", "Female", "U", "Unknown");

  private EdaCharts() {}

  static Map<String, String> canvases(EdaReport report) {
    Map<String, ChartSpec> charts = new LinkedHashMap<>();
    List<Map<String, Object>> segments = report.table("rfm_segments").asMaps();
    List<String> colours = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      colours.add(Palette.segment(i));
    }
    charts.put("segments", horizontalBars(labels(segments, r -> (String) r.get("segment")),
        counts(segments, "customers"), Palette.PRIMARY, " customers", "customers").sliceColours(colours));
    List<Map<String, Object>> histograms = report.table("histograms").asMaps();
    charts.put("h-amount", histogram(histograms, "amount", " transactions", Palette.PRIMARY));
    charts.put("h-balance", histogram(histograms, "balance", " customers", Palette.ACCENT));
    charts.put("h-age", histogram(histograms, "age", " customers", Palette.PRIMARY));
    charts.put("h-recency", histogram(histograms, "recency_days", " customers", Palette.ACCENT));
    charts.put("h-frequency", histogram(histograms, "frequency", " customers", Palette.PRIMARY).logarithmic("y", 1));
    List<Map<String, Object>> bands = report.table("preferred_hour_bands").asMaps();
    charts.put("bands", bars(labels(bands, r -> r.get("preferred_hour_band") + " (" + share(r) + ")"),
        counts(bands, "customers"), Palette.ACCENT, " customers"));
    List<Map<String, Object>> genders = report.table("gender_split").asMaps();
    charts.put("gender", ChartSpec.doughnut()
        .labels(labels(genders, r -> GENDERS.get((String) r.get("gender")) + " " + share(r)))
        .series("customers", counts(genders, "customers"), null)
        .sliceColours(List.of(Palette.PRIMARY, Palette.ACCENT, Palette.MUTED)).legend("right")
        .tooltip(Format.NUMBER, " customers"));
    List<Map<String, Object>> locations = report.table("top_locations").asMaps();
    locations = locations.subList(0, Math.min(15, locations.size()));
    charts.put("locations", horizontalBars(labels(locations, r -> (String) r.get("location")),
        counts(locations, "customers"), Palette.ACCENT, " customers", null));
    List<Map<String, Object>> daily = report.table("daily_volume").asMaps();
    charts.put("daily", bars(labels(daily, r -> (String) r.get("transaction_date")), counts(daily, "transactions"),
        Palette.PRIMARY, " transactions").axis("y", "transactions", Format.NUMBER));
    List<Map<String, Object>> hourly = report.table("hourly_volume").asMaps();
    charts.put("hourly", bars(labels(hourly, r -> String.format("%02dh", (Integer) r.get("hour"))),
        counts(hourly, "transactions"), Palette.ACCENT, " transactions").axis("y", "transactions", Format.NUMBER));

    Map<String, String> canvases = new LinkedHashMap<>();
    charts.forEach((id, spec) -> canvases.put(placeholder(id), ChartJs.canvas(id, spec)));
    return canvases;
  }

  /** {{CHART_H_AMOUNT}} for the chart "h-amount". */
  static String placeholder(String id) {
    return "CHART_" + id.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
  }

  private static ChartSpec histogram(List<Map<String, Object>> rows, String feature, String unit, String colour) {
    List<Map<String, Object>> bins = rows.stream().filter(r -> feature.equals(r.get("feature"))).toList();
    return bars(labels(bins, r -> (String) r.get("label")), counts(bins, "count"), colour, unit);
  }

  /** One series of vertical bars, no legend, numbers on the value axis and in the tooltip. */
  private static ChartSpec bars(List<String> labels, double[] values, String colour, String unit) {
    return ChartSpec.bar().labels(labels).series("", values, colour).legend("none").tooltip(Format.NUMBER, unit)
        .axis("y", null, Format.NUMBER);
  }

  /** One series of horizontal bars: the values run along x. */
  private static ChartSpec horizontalBars(List<String> labels, double[] values, String colour, String unit,
      String axisTitle) {
    return ChartSpec.bar().labels(labels).series("", values, colour).legend("none").tooltip(Format.NUMBER, unit).horizontal()
        .axis("x", axisTitle, Format.NUMBER);
  }

  private static List<String> labels(List<Map<String, Object>> rows, Function<Map<String, Object>, String> label) {
    return rows.stream().map(label).toList();
  }

  private static double[] counts(List<Map<String, Object>> rows, String column) {
    return rows.stream().mapToDouble(r -> ((Number) r.get(column)).doubleValue()).toArray();
  }

  private static String share(Map<String, Object> row) {
    return Findings.pct(((Number) row.get("share")).doubleValue());
  }
}
