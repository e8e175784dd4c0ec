package com.banksegment.contract;

import java.util.Map;

/**
 * Suggested actions by business-name prefix, from {@code segment.modeling.actions}. The longest key
 * the name starts with wins (the config's keys do not overlap, so this is "the matching key");
 * {@code default} covers every other name.
 *
 * <p>The catalogue also marks the segments for win-back, in one place: a segment is marked when its
 * action starts with {@value #WIN_BACK} (the reference configuration's "Dormant" entry). The web
 * app's movement page applies the catalogue of its configuration to the run's segment names
 * ({@link #isWinBackSegment(String)}), so a deployment changes which segments are won back by
 * editing {@code segment.modeling.actions} alone.
 */
public final class ActionCatalog {
  /** The start of an action text that marks its segments for win-back. */
  public static final String WIN_BACK = "Win-back";

  private final Map<String, String> actions;

  public ActionCatalog(Map<String, String> actions) {
    if (!actions.containsKey("default")) {
      throw new IllegalArgumentException("actions " + actions.keySet() + ": expected a \"default\" entry");
    }
    this.actions = Map.copyOf(actions);
  }

  public String actionFor(String segmentName) {
    String bestKey = null;
    for (String key : actions.keySet()) {
      if (!key.equals("default") && segmentName.startsWith(key) && (bestKey == null || key.length() > bestKey.length())) {
        bestKey = key;
      }
    }
    return actions.get(bestKey == null ? "default" : bestKey);
  }

  /** Whether a segment of this name is marked for win-back (its action starts with {@value #WIN_BACK}). */
  public boolean isWinBackSegment(String segmentName) {
    return isWinBack(actionFor(segmentName));
  }

  /** Whether an action text (e.g. segment_profiles.action as published) marks its segment for win-back. */
  public static boolean isWinBack(String action) {
    return action != null && action.startsWith(WIN_BACK);
  }
}
