package com.banksegment.scorer;

import java.util.ArrayList;
import java.util.List;

/**
 * What a user can tell about one customer: the model inputs, in the bundle's feature order.
 * Building one never fails, so a form can hold half-typed values; {@link #problems()} says what
 * is wrong and {@link Scorer#score} refuses an invalid customer with all problems in one message.
 *
 * @param recencyDays days since the last transaction (0 = the snapshot day before)
 * @param frequency number of transactions, at least 1
 * @param monetary total amount of the transactions in INR
 * @param age age in whole or fractional years
 * @param balance account balance in INR
 * @param gender M, F or U
 */
public record CustomerInput(
    double recencyDays, double frequency, double monetary, double age, double balance, Gender gender) {

  /** The oldest age accepted: ages above it are data errors (the 1/1/1800 DOB placeholder gives 216). */
  public static final double MAX_AGE = 130;

  /** Every invalid field; empty when the customer can be scored. */
  public List<InputProblem> problems() {
    List<InputProblem> found = new ArrayList<>(0);
    atLeast(found, "recency_days", recencyDays, 0);
    atLeast(found, "frequency", frequency, 1);
    atLeast(found, "monetary", monetary, 0);
    if (!Double.isFinite(age) || age < 0 || age > MAX_AGE) {
      found.add(new InputProblem("age", format(age), "a number of years between 0 and " + (int) MAX_AGE));
    }
    atLeast(found, "balance", balance, 0);
    if (gender == null) {
      found.add(new InputProblem("gender", "null", "M, F or U (unknown)"));
    }
    return found;
  }

  /** True when {@link #problems()} is empty, without building the list. */
  public boolean isValid() {
    return Double.isFinite(recencyDays) && recencyDays >= 0
        && Double.isFinite(frequency) && frequency >= 1
        && Double.isFinite(monetary) && monetary >= 0
        && Double.isFinite(age) && age >= 0 && age <= MAX_AGE
        && Double.isFinite(balance) && balance >= 0
        && gender != null;
  }

  private static void atLeast(List<InputProblem> found, String field, double value, double min) {
    if (!Double.isFinite(value) || value < min) {
      found.add(new InputProblem(field, format(value), "a number >= " + format(min)));
    }
  }

  private static String format(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
  }
}
