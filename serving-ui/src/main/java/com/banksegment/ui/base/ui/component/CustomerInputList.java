package com.banksegment.ui.base.ui.component;

import com.banksegment.scorer.CustomerInput;
import com.banksegment.ui.base.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Map;

/**
 * A customer's model inputs as a definition list, one row per input the customer has: a model
 * of a source without age, balance or gender (RFM only) shows three rows, the bank's six.
 */
public final class CustomerInputList {
  private static final Map<String, String> LABELS = Map.of(
      "recency_days", "Days since last transaction", "frequency", "Transactions", "monetary", "Total spent",
      "age", "Age", "balance", "Account balance", "gender", "Gender");

  private CustomerInputList() {}

  public static Div of(CustomerInput c) {
    Div dl = new Div();
    dl.addClassName("definition-list");
    for (String input : c.features()) {
      Span term = new Span(LABELS.get(input));
      term.getElement().setAttribute("role", "term");
      term.addClassName("dt");
      Span value = new Span(value(c, input));
      value.addClassName("dd");
      dl.add(term, value);
    }
    return dl;
  }

  private static String value(CustomerInput c, String input) {
    return switch (input) {
      case "recency_days" -> Formats.decimal(c.recencyDays(), 0);
      case "frequency" -> Formats.decimal(c.frequency(), 0);
      case "monetary" -> Formats.inr(c.monetary());
      case "age" -> Formats.years(c.age());
      case "balance" -> Formats.inr(c.balance());
      default -> c.gender() == null ? "–" : switch (c.gender()) {
        case M -> "Male";
        case F -> "Female";
        case U -> "Unknown";
      };
    };
  }
}
