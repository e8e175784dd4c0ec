package com.banksegment.ui.support;

import com.banksegment.config.SuiteSettings;
import com.banksegment.contract.ActionCatalog;
import java.util.List;

/**
 * The action catalogue the UI tests run with: the reference one, plus a win-back action for the
 * fixture's {@value #WIN_BACK_PREFIX} segments. The synthetic fixture has no "Dormant" segment (the
 * reference catalogue's win-back entry), so without this no fixture customer would move into a
 * segment marked for win-back; a deployment marks segments the same way (config reference.conf).
 */
public final class TestActions {
  public static final String WIN_BACK_PREFIX = "Low-balance";
  public static final String CONF = "segment.modeling.actions." + WIN_BACK_PREFIX
      + "=\"Win-back campaign: test offer\"";

  private TestActions() {}

  public static ActionCatalog catalogue() {
    return new ActionCatalog(SuiteSettings.load(List.of(CONF)).modeling().actions());
  }
}
