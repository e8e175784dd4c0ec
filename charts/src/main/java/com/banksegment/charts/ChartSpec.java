package com.banksegment.charts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Chart.js configuration built in Java: the chart type, category labels, datasets and axes.
 * {@link #toJson()} gives the JSON that the web app's {@code <bank-chart>} element and the
 * reports' pages ({@link ChartJs}) both render with Chart.js. Only what the suite's charts use is
 * modelled; everything else keeps Chart.js defaults. Number formats travel as names under
 * {@code options.bank} (functions cannot travel in JSON); the renderers apply them.
 */
public final class ChartSpec {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Number formats the element knows: ticks and tooltips of an axis. */
  public enum Format { PERCENT, INR, NUMBER }

  /**
   * One series. {@code type} overrides the chart type (a line over bars); {@code axis} names its
   * y axis; {@code style} is how it is drawn when not the chart type's default.
   */
  public record Dataset(String label, String type, String axis, List<Double> values, List<double[]> points,
      String colour, Style style) {}

  /** How a series is drawn: as the chart type says, as marked points only, or as a dashed reference line. */
  public enum Style { DEFAULT, MARKERS, REFERENCE }

  private final String type;
  private final List<String> labels = new ArrayList<>();
  private final List<Dataset> datasets = new ArrayList<>();
  private final Map<String, ObjectNode> axes = new LinkedHashMap<>();
  private final Map<String, Format> axisFormats = new LinkedHashMap<>();
  private final List<String> sliceColours = new ArrayList<>();
  private Format tooltipFormat;
  private String tooltipUnit;
  private String title;
  private String legend = "top";
  private boolean horizontal;
  private boolean stacked;

  private ChartSpec(String type) {
    this.type = type;
  }

  public static ChartSpec bar() {
    return new ChartSpec("bar");
  }

  public static ChartSpec line() {
    return new ChartSpec("line");
  }

  public static ChartSpec scatter() {
    return new ChartSpec("scatter");
  }

  public static ChartSpec doughnut() {
    return new ChartSpec("doughnut");
  }

  public String type() {
    return type;
  }

  public List<String> labels() {
    return List.copyOf(labels);
  }

  public List<Dataset> datasets() {
    return List.copyOf(datasets);
  }

  public ChartSpec labels(List<String> categories) {
    labels.clear();
    labels.addAll(categories);
    return this;
  }

  public ChartSpec title(String text) {
    this.title = text;
    return this;
  }

  public ChartSpec legend(String position) {
    this.legend = position;
    return this;
  }

  public ChartSpec horizontal() {
    this.horizontal = true;
    return this;
  }

  public ChartSpec stacked() {
    this.stacked = true;
    return this;
  }

  /** A series over the category labels. */
  public ChartSpec series(String label, double[] values, String colour) {
    return series(label, null, null, values, colour);
  }

  /** A series drawn as another type (e.g. a line over bars) on the named y axis. */
  public ChartSpec series(String label, String seriesType, String axis, double[] values, String colour) {
    datasets.add(new Dataset(label, seriesType, axis, finite(values), null, colour, Style.DEFAULT));
    return this;
  }

  /** Marked points over the category labels (NaN: no mark), e.g. the chosen k on a curve. */
  public ChartSpec markers(String label, double[] values, String colour) {
    datasets.add(new Dataset(label, "line", null, finite(values), null, colour, Style.MARKERS));
    return this;
  }

  /** A dashed horizontal line at {@code value} across the chart, e.g. a threshold. */
  public ChartSpec reference(String label, double value, String colour) {
    double[] flat = new double[Math.max(1, labels.size())];
    java.util.Arrays.fill(flat, value);
    datasets.add(new Dataset(label, "line", null, finite(flat), null, colour, Style.REFERENCE));
    return this;
  }

  private static List<Double> finite(double[] values) {
    List<Double> list = new ArrayList<>(values.length);
    for (double v : values) {
      list.add(Double.isFinite(v) ? v : null);
    }
    return list;
  }

  /** A series of (x, y) points for a scatter chart. */
  public ChartSpec points(String label, List<double[]> xy, String colour) {
    datasets.add(new Dataset(label, null, null, null, List.copyOf(xy), colour, Style.DEFAULT));
    return this;
  }

  /** Names an axis ("x", "y" or a second y axis such as "y2"), with a title and a number format. */
  public ChartSpec axis(String id, String axisTitle, Format format) {
    ObjectNode axis = JSON.createObjectNode();
    if (!id.startsWith("x")) {
      axis.put("position", axes.keySet().stream().anyMatch(a -> !a.startsWith("x")) ? "right" : "left");
      if (axis.get("position").asText().equals("right")) {
        axis.putObject("grid").put("drawOnChartArea", false);
      }
    }
    if (axisTitle != null) {
      axis.putObject("title").put("display", true).put("text", axisTitle);
    }
    axes.put(id, axis);
    if (format != null) {
      axisFormats.put(id, format);
    }
    return this;
  }

  public ChartSpec axisFrom(String id, double min, double max) {
    axes.computeIfAbsent(id, k -> JSON.createObjectNode()).put("min", min).put("max", max);
    return this;
  }

  /** A logarithmic axis starting at {@code min} (e.g. counts from 1). */
  public ChartSpec logarithmic(String id, double min) {
    axes.computeIfAbsent(id, k -> JSON.createObjectNode()).put("type", "logarithmic").put("min", min);
    return this;
  }

  public ChartSpec tooltip(Format format) {
    return tooltip(format, null);
  }

  /** The tooltip's number format and a word after every value, e.g. " customers". */
  public ChartSpec tooltip(Format format, String unit) {
    this.tooltipFormat = format;
    this.tooltipUnit = unit;
    return this;
  }

  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("type", type);
    ObjectNode data = root.putObject("data");
    if (!labels.isEmpty()) {
      ArrayNode l = data.putArray("labels");
      labels.forEach(l::add);
    }
    ArrayNode ds = data.putArray("datasets");
    for (Dataset d : datasets) {
      ds.add(datasetJson(d));
    }
    ObjectNode options = root.putObject("options");
    options.put("animation", false);
    if (horizontal) {
      options.put("indexAxis", "y");
    }
    ObjectNode plugins = options.putObject("plugins");
    plugins.putObject("legend").put("display", !"none".equals(legend)).put("position", "none".equals(legend) ? "top" : legend);
    if (title != null) {
      plugins.putObject("title").put("display", true).put("text", title);
    }
    if (!axes.isEmpty() || stacked) {
      ObjectNode scales = options.putObject("scales");
      axes.forEach((id, axis) -> scales.set(id, axis.deepCopy()));
      if (stacked) {
        for (String id : List.of("x", "y")) {
          (scales.has(id) ? (ObjectNode) scales.get(id) : scales.putObject(id)).put("stacked", true);
        }
      }
    }
    ObjectNode bank = options.putObject("bank");
    ObjectNode formats = bank.putObject("axisFormats");
    axisFormats.forEach((id, f) -> formats.put(id, f.name().toLowerCase()));
    if (tooltipFormat != null) {
      bank.put("tooltipFormat", tooltipFormat.name().toLowerCase());
    }
    if (tooltipUnit != null) {
      bank.put("tooltipUnit", tooltipUnit);
    }
    return root.toString();
  }

  private ObjectNode datasetJson(Dataset d) {
    ObjectNode n = JSON.createObjectNode();
    n.put("label", d.label());
    if (d.type() != null) {
      n.put("type", d.type());
    }
    if (d.axis() != null) {
      n.put("yAxisID", d.axis());
    }
    ArrayNode values = n.putArray("data");
    if (d.points() != null) {
      for (double[] p : d.points()) {
        values.addObject().put("x", p[0]).put("y", p[1]);
      }
      n.put("pointRadius", 2.5);
    } else {
      d.values().forEach(v -> {
        if (v == null) {
          values.addNull();
        } else {
          values.add(v);
        }
      });
    }
    boolean lineLike = "line".equals(d.type()) || ("line".equals(type) && d.type() == null);
    if (d.style() == Style.MARKERS) {
      n.put("showLine", false).put("pointRadius", 6).put("pointHoverRadius", 7);
      n.put("backgroundColor", d.colour()).put("borderColor", d.colour());
    } else if (d.style() == Style.REFERENCE) {
      n.put("pointRadius", 0).put("borderWidth", 1.5).put("fill", false);
      n.putArray("borderDash").add(6).add(4);
      n.put("backgroundColor", d.colour()).put("borderColor", d.colour());
    } else if ("doughnut".equals(type) || ("bar".equals(type) && !sliceColours.isEmpty() && datasets.size() == 1)) {
      ArrayNode colours = n.putArray("backgroundColor");
      for (int i = 0; i < values.size(); i++) {
        colours.add(i < sliceColours.size() ? sliceColours.get(i) : Palette.segment(i));
      }
    } else if (d.points() != null) {
      n.put("backgroundColor", Palette.translucent(d.colour(), 0.55));
      n.put("borderColor", d.colour());
    } else {
      n.put("backgroundColor", lineLike ? Palette.translucent(d.colour(), 0.15) : d.colour());
      n.put("borderColor", d.colour());
      if (lineLike) {
        n.put("tension", 0.25).put("pointRadius", 3).put("borderWidth", 2);
      } else {
        n.put("borderRadius", 3);
      }
    }
    return n;
  }

  /** Per-item colours, in label order: a doughnut's slices, or the bars of a one-series bar chart. */
  public ChartSpec sliceColours(List<String> colours) {
    if (datasets.isEmpty()) {
      throw new IllegalStateException("add the doughnut's series before its colours");
    }
    sliceColours.clear();
    sliceColours.addAll(colours);
    return this;
  }
}
