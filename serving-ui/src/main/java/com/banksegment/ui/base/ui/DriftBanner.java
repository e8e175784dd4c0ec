package com.banksegment.ui.base.ui;

import com.banksegment.ui.lake.domain.Drift;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Says above every page that the served run's customers drifted from those its model was fitted
 * on (model_metrics drift_level at warn or refit): which inputs, their PSI, and whether a refit
 * is due. Hidden when the inputs are stable or drift was not measured.
 */
public class DriftBanner extends Div {
  private final Span text = new Span();

  public DriftBanner() {
    setId("drift-banner");
    addClassName("drift-banner");
    add(VaadinIcon.WARNING.create(), text);
    setVisible(false);
  }

  /** Shows the banner for this drift, or hides it (null: no run). */
  public void show(Drift drift) {
    if (drift == null || !drift.worthABanner()) {
      setVisible(false);
      text.setText("");
      return;
    }
    text.setText(message(drift));
    getElement().getThemeList().set("refit", drift.refitDue());
    setVisible(true);
  }

  public String text() {
    return isVisible() ? text.getText() : "";
  }

  static String message(Drift drift) {
    String inputs = drift.driftedInputs().stream().map(DriftBanner::input).collect(Collectors.joining(", "));
    String what = inputs.isEmpty() ? "The customers of this run have drifted from those the model was fitted on"
        : "The customers of this run have drifted from those the model was fitted on: " + inputs;
    String verdict = drift.refitDue()
        ? "A refit is due (PSI at or above " + Formats.decimal(drift.refitThreshold(), 2) + ")."
        : "No refit is due yet (refit at PSI " + Formats.decimal(drift.refitThreshold(), 2) + ").";
    return what + ". " + verdict;
  }

  private static String input(Map.Entry<String, Double> e) {
    return label(e.getKey()) + " (PSI " + Formats.decimal(e.getValue(), 2) + ")";
  }

  private static String label(String input) {
    return switch (input) {
      case "recency_days" -> "recency";
      default -> input;
    };
  }
}
