package com.banksegment.ui.security.domain;

import java.util.Locale;

/**
 * The two roles of the UI. An analyst sees everything; a viewer sees the dashboards only
 * (overview, model, segment explorer) and never customer-level data.
 */
public final class Roles {
  public static final String ANALYST = "ANALYST";
  public static final String VIEWER = "VIEWER";

  private Roles() {}

  /** The role name as the configuration spells it (analyst, viewer) to the name views check. */
  public static String fromSetting(String role) {
    return role.toUpperCase(Locale.ROOT);
  }
}
