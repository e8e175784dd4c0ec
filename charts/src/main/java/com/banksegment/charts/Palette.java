package com.banksegment.charts;

/** The colours of the suite's charts; a segment keeps its colour on every page (chosen by its stable id). */
public final class Palette {
  private static final String[] SEGMENT_COLOURS = {
      "#1f4e9c", "#e07b39", "#2a9d8f", "#c8553d", "#7b5ea7",
      "#e9b949", "#3d8bd9", "#8c6d46", "#d1495b", "#5c946e"};

  public static final String PRIMARY = "#1f4e9c";
  public static final String ACCENT = "#e07b39";
  public static final String MUTED = "#9aa5b1";

  private Palette() {}

  public static String segment(int segmentId) {
    return SEGMENT_COLOURS[Math.floorMod(segmentId, SEGMENT_COLOURS.length)];
  }

  /** The colour with an alpha channel, for fills and dense scatter points. */
  public static String translucent(String hex, double alpha) {
    int a = (int) Math.round(Math.max(0, Math.min(1, alpha)) * 255);
    return hex + String.format("%02x", a);
  }
}
