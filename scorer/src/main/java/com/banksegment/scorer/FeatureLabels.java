package com.banksegment.scorer;

import java.util.Locale;
import java.util.Map;

/**
 * Reader's names and units of the features explanations talk about, by feature name. A feature
 * not listed here (a source may bring its own) is shown under its own name without a unit.
 */
final class FeatureLabels {
  /**
   * @param name what a reader calls it
   * @param unit appended to the customer's value (" days"); empty for none
   * @param decimals digits after the point
   */
  record Label(String name, String unit, int decimals) {
    String format(double value, boolean withUnit) {
      String number = String.format(Locale.ROOT, "%,." + decimals + "f", value);
      return withUnit ? number + unit : number;
    }
  }

  private static final Map<String, Label> KNOWN = Map.of(
      "recency_days", new Label("recency", " days", 0),
      "frequency", new Label("transactions", "", 1),
      "monetary", new Label("total spent", " INR", 0),
      "age", new Label("age", " years", 0),
      "balance", new Label("balance", " INR", 0),
      "gender", new Label("gender code (F 0, M 1, unknown 0.5)", "", 2));

  private FeatureLabels() {}

  static Label of(String feature) {
    return KNOWN.getOrDefault(feature, new Label(feature.replace('_', ' '), "", 2));
  }
}
