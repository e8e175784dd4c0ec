package com.banksegment.scorer;

/** One invalid field of a customer: its name, the value given and what was expected. */
public record InputProblem(String field, String value, String expected) {

  /** {@code monetary = -5.0: expected a number >= 0}. */
  public String describe() {
    return field + " = " + value + ": expected " + expected;
  }
}
