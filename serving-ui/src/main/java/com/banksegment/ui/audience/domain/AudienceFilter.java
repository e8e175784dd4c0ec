package com.banksegment.ui.audience.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The chosen values of each criterion (a band's label for a banded one). A customer is in the
 * audience when, for every criterion with a choice, its value is one of those chosen; a criterion
 * with nothing chosen does not narrow.
 */
public record AudienceFilter(Map<String, Set<String>> chosen) {
  public static final AudienceFilter EVERYONE = new AudienceFilter(Map.of());

  public AudienceFilter {
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    chosen.forEach((column, values) -> {
      if (!values.isEmpty()) {
        copy.put(column, Set.copyOf(values));
      }
    });
    chosen = Map.copyOf(copy);
  }

  public AudienceFilter with(String column, Set<String> values) {
    Map<String, Set<String>> next = new LinkedHashMap<>(chosen);
    next.put(column, values);
    return new AudienceFilter(next);
  }

  /** The columns a match needs to read. */
  public Set<String> columns() {
    return chosen.keySet();
  }

  /**
   * Whether a customer belongs; {@code text} gives a column's value as text and {@code number}
   * as a number (NaN when missing).
   */
  public boolean matches(Function<String, String> text, Function<String, Double> number) {
    for (Map.Entry<String, Set<String>> e : chosen.entrySet()) {
      Criterion c = Criteria.byColumn(e.getKey());
      String value = c.banded() ? c.bandOf(number.apply(c.column())) : text.apply(c.column());
      if (value == null || !e.getValue().contains(value)) {
        return false;
      }
    }
    return true;
  }

  /** One line for the audit log and the file name's note, criteria in the page's order. */
  public String describe() {
    if (chosen.isEmpty()) {
      return "everyone";
    }
    List<String> parts = new ArrayList<>();
    for (Criterion c : Criteria.ALL) {
      Set<String> values = chosen.get(c.column());
      if (values != null) {
        parts.add(c.label() + " in [" + String.join(", ", new TreeSet<>(values)) + "]");
      }
    }
    return String.join("; ", parts);
  }
}
