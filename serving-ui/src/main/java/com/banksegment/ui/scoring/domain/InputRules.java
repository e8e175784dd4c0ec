package com.banksegment.ui.scoring.domain;

import com.banksegment.scorer.CustomerInput;
import com.banksegment.scorer.Gender;
import com.banksegment.scorer.ModelBundle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a typed-in customer must be, with the messages a person reads: one set of rules for the
 * predict form and the scoring API, so both refuse the same values with the same words.
 */
public final class InputRules {
  public static final int MAX_AGE = (int) CustomerInput.MAX_AGE;
  /** Ten years: the lake keeps a few months of transactions; more is a typing error. */
  public static final int MAX_RECENCY_DAYS = 3_650;
  public static final int MAX_FREQUENCY = 100_000;
  public static final double MAX_AMOUNT = 1e12;

  public static final String AGE_MISSING = "Enter the age";
  public static final String AGE_RANGE = "The age must be between 0 and " + MAX_AGE + " years";
  public static final String GENDER_MISSING = "Choose a gender, or Unknown";
  public static final String GENDER_INVALID = "The gender must be F, M or U (unknown)";
  public static final String BALANCE_MISSING = "Enter the account balance (0 if none)";
  public static final String BALANCE_NEGATIVE = "The balance cannot be negative";
  public static final String BALANCE_LARGE = "The balance is implausibly large";
  public static final String RECENCY_MISSING = "Enter the days since the last transaction";
  public static final String RECENCY_NEGATIVE = "The days since the last transaction cannot be negative";
  public static final String RECENCY_LARGE = String.format(Locale.ROOT,
      "The days since the last transaction must be at most %,d (ten years)", MAX_RECENCY_DAYS);
  public static final String FREQUENCY_MISSING = "Enter the number of transactions";
  public static final String FREQUENCY_SMALL = "A customer has at least one transaction";
  public static final String FREQUENCY_LARGE = String.format(Locale.ROOT,
      "The number of transactions must be at most %,d", MAX_FREQUENCY);
  public static final String MONETARY_MISSING = "Enter the total amount spent";
  public static final String MONETARY_NEGATIVE = "The amount spent cannot be negative";
  public static final String MONETARY_LARGE = "The amount spent is implausibly large";
  public static final String WHOLE_NUMBER = "Enter a whole number";
  public static final String AMOUNT = "Enter an amount in INR, e.g. 2500.50";

  /** One refused field: its name as the caller spells it and the message. */
  public record FieldProblem(String field, String message) {}

  private InputRules() {}

  /** Every problem of a customer's values for a model of all six inputs (null: not given). */
  public static List<FieldProblem> check(Double age, String gender, Double balance, Double recencyDays,
      Double frequency, Double monetary) {
    return check(ModelBundle.FEATURES, age, gender, balance, recencyDays, frequency, monetary);
  }

  /**
   * Every problem of a customer's values for a model of these inputs (a bundle's features): an
   * input the model does not read is not checked, so it may be absent. Empty when it can be scored.
   */
  public static List<FieldProblem> check(List<String> inputs, Double age, String gender, Double balance,
      Double recencyDays, Double frequency, Double monetary) {
    List<FieldProblem> problems = new ArrayList<>();
    if (inputs.contains("age")) {
      whole(problems, "age", age, AGE_MISSING, 0, AGE_RANGE, MAX_AGE, AGE_RANGE);
    }
    if (!inputs.contains("gender")) {
      // not an input of this model
    } else if (gender == null) {
      problems.add(new FieldProblem("gender", GENDER_MISSING));
    } else if (!List.of("F", "M", "U").contains(gender)) {
      problems.add(new FieldProblem("gender", GENDER_INVALID));
    }
    if (inputs.contains("balance")) {
      range(problems, "balance", balance, BALANCE_MISSING, 0, BALANCE_NEGATIVE, MAX_AMOUNT, BALANCE_LARGE);
    }
    whole(problems, "recency_days", recencyDays, RECENCY_MISSING, 0, RECENCY_NEGATIVE, MAX_RECENCY_DAYS, RECENCY_LARGE);
    whole(problems, "frequency", frequency, FREQUENCY_MISSING, 1, FREQUENCY_SMALL, MAX_FREQUENCY, FREQUENCY_LARGE);
    range(problems, "monetary", monetary, MONETARY_MISSING, 0, MONETARY_NEGATIVE, MAX_AMOUNT, MONETARY_LARGE);
    return problems;
  }

  /** The model input of values that passed {@link #check}, for a model of all six inputs. */
  public static CustomerInput input(double age, String gender, double balance, double recencyDays, double frequency,
      double monetary) {
    return new CustomerInput(recencyDays, frequency, monetary, age, balance, Gender.parse(gender));
  }

  /**
   * The model input of values that passed {@link #check(List, Double, String, Double, Double, Double, Double)}
   * for these inputs; values of other inputs (null or not) are not read.
   */
  public static CustomerInput input(List<String> inputs, Double age, String gender, Double balance,
      double recencyDays, double frequency, double monetary) {
    CustomerInput.Builder b = CustomerInput.forFeatures(inputs).set("recency_days", recencyDays)
        .set("frequency", frequency).set("monetary", monetary);
    if (inputs.contains("age")) {
      b.set("age", age);
    }
    if (inputs.contains("balance")) {
      b.set("balance", balance);
    }
    if (inputs.contains("gender")) {
      b.gender(Gender.parse(gender));
    }
    return b.build();
  }

  private static void whole(List<FieldProblem> problems, String field, Double v, String missing, double min,
      String tooSmall, double max, String tooLarge) {
    if (v != null && Double.isFinite(v) && v != Math.rint(v)) {
      problems.add(new FieldProblem(field, WHOLE_NUMBER));
      return;
    }
    range(problems, field, v, missing, min, tooSmall, max, tooLarge);
  }

  private static void range(List<FieldProblem> problems, String field, Double v, String missing, double min,
      String tooSmall, double max, String tooLarge) {
    if (v == null) {
      problems.add(new FieldProblem(field, missing));
    } else if (!Double.isFinite(v) || v < min) {
      problems.add(new FieldProblem(field, tooSmall));
    } else if (v > max) {
      problems.add(new FieldProblem(field, tooLarge));
    }
  }
}
