package com.banksegment.contract;

import java.util.Map;

/**
 * Suggested actions by business-name prefix, from {@code segment.modeling.actions}. The longest key
 * the name starts with wins (the config's keys do not overlap, so this is "the matching key");
 * {@code default} covers every other name.
 */
public final class ActionCatalog {
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
}
