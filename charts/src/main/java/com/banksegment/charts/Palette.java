package com.banksegment.charts;

import java.util.List;
import java.util.Map;

/**
 * Every colour of the app's charts and badges, in one place: one colour per segment id (the same
 * on every page, whatever the order segments are listed in), and a separate palette for the named
 * RFM segments that shares no colour with the segments, so the two are never confused. When a
 * shared palette for reports and UI exists, this is the one class to point at it.
 */
public final class Palette {
  /** Segment ids 0, 1, 2, ... in order; ids past the end wrap around. Saturated, distinct hues. */
  static final List<String> SEGMENT_COLOURS = List.of(
      "#1f4e9c", "#e07b39", "#2a9d8f", "#c8553d", "#7b5ea7",
      "#e9b949", "#3d8bd9", "#8c6d46", "#d1495b", "#5c946e");

  /** Named RFM segments (reference.conf's rules): muted tones, none shared with the segments. */
  static final Map<String, String> RFM_COLOURS = Map.ofEntries(
      Map.entry("Champions", "#0b6e4f"), Map.entry("Loyal Customers", "#43aa8b"),
      Map.entry("Potential Loyalist", "#90be6d"), Map.entry("New Customers", "#9ad1d4"),
      Map.entry("Promising", "#c5d86d"), Map.entry("Need Attention", "#f9c74f"),
      Map.entry("About To Sleep", "#f8961e"), Map.entry("At Risk", "#f3722c"),
      Map.entry("Can't Lose Them", "#b5179e"), Map.entry("Hibernating", "#577590"),
      Map.entry("Lost", "#6c757d"));
  static final List<String> OTHER_RFM = List.of("#adb5bd", "#8d99ae", "#b8a9c9", "#a3b18a");

  /** Series that are not segments (value share, WSSSE, probabilities): never a segment colour. */
  public static final String PRIMARY = "#33415c";
  public static final String ACCENT = "#b56576";
  public static final String MUTED = "#9aa5b1";
  /** Series that are not segments (algorithms compared): neutral tones of their own. */
  public static final List<String> SERIES = List.of("#33415c", "#b56576", "#5e548e", "#9f86c0");

  private Palette() {}

  public static String segment(int segmentId) {
    return SEGMENT_COLOURS.get(Math.floorMod(segmentId, SEGMENT_COLOURS.size()));
  }

  public static String rfm(String rfmSegment) {
    String known = RFM_COLOURS.get(rfmSegment);
    return known != null ? known
        : OTHER_RFM.get(Math.floorMod(rfmSegment == null ? 0 : rfmSegment.hashCode(), OTHER_RFM.size()));
  }

  /** The colour with an alpha channel, for fills and dense scatter points. */
  public static String translucent(String hex, double alpha) {
    int a = (int) Math.round(Math.max(0, Math.min(1, alpha)) * 255);
    return hex + String.format("%02x", a);
  }
}
