package com.banksegment.scorer;

/**
 * How gender becomes one number before scaling. The suite uses F = 0, M = 1 and unknown = 0.5:
 * one column instead of a one-hot pair keeps the six inputs one-to-one with the six features
 * a user gives, and an unknown gender sits halfway instead of looking like either.
 */
public record GenderEncoding(double male, double female, double unknown) {

  public static final GenderEncoding BINARY_WITH_UNKNOWN_HALF = new GenderEncoding(1.0, 0.0, 0.5);

  public double code(Gender gender) {
    return switch (gender) {
      case M -> male;
      case F -> female;
      case U -> unknown;
    };
  }
}
