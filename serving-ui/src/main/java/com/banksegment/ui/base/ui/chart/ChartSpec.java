package com.banksegment.ui.base.ui.chart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Chart.js configuration built in Java: the chart type, category labels, datasets and axes.
 * {@link #toJson()} gives the JSON the {@code <bank-chart>} element renders. Only what the
 * suite's pages use is modelled; everything else keeps Chart.js defaults.
 */
public final class ChartSpec {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Number formats the element knows: ticks and tooltips of an axis. */
  public enum Format { PERCENT, INR, NUMBER }

  /** One series. {@code type} overrides the chart type (a line over bars); {@code axis} names its y axis. */
  public record Dataset(String label, String type, String axis, List<Double> values, List<double[]> points,
      String colour, boolean filled) {}

  private final String type;
  private final List<String> labels = new ArrayList<>();
  private final List<Dataset> datasets = new ArrayList<>();
  private final Map<String, ObjectNode> axes = new LinkedHashMap<>();
  private final Map<String, Format> axisFormats = new LinkedHashMap<>();
  private final List<String> sliceColours = new ArrayList<>();
  private Format tooltipFormat;
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
    List<Double> list = new ArrayList<>(values.length);
    for (double v : values) {
      list.add(Double.isFinite(v) ? v : null);
    }
    datasets.add(new Dataset(label, seriesType, axis, list, null, colour, false));
    return this;
  }

  /** A series of (x, y) points for a scatter chart. */
  public ChartSpec points(String label, List<double[]> xy, String colour) {
    datasets.add(new Dataset(label, null, null, null, List.copyOf(xy), colour, false));
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

  public ChartSpec tooltip(Format format) {
    this.tooltipFormat = format;
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
    if ("doughnut".equals(type)) {
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

  /** Per-slice colours for a doughnut, in label order. */
  public ChartSpec sliceColours(List<String> colours) {
    if (datasets.isEmpty()) {
      throw new IllegalStateException("add the doughnut's series before its colours");
    }
    sliceColours.clear();
    sliceColours.addAll(colours);
    return this;
  }
}
