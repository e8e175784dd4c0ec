package com.banksegment.scorer;

import java.util.Locale;

/** Gender as the customer table carries it: {@code M}, {@code F} or {@code U} (unknown). */
public enum Gender {
  M,
  F,
  U;

  /**
   * Reads a gender code; blank means unknown. Anything else is rejected with a message naming
   * the value, because a typo silently scored as "unknown" would give a plausible wrong answer.
   */
  public static Gender parse(String text) {
    if (text == null || text.isBlank()) {
      return U;
    }
    return switch (text.trim().toUpperCase(Locale.ROOT)) {
      case "M", "MALE" -> M;
      case "F", "FEMALE" -> F;
      case "U", "UNKNOWN" -> U;
      default -> throw new InvalidCustomerException(
          new InputProblem("gender", text, "M, F or U (unknown)"));
    };
  }
}
