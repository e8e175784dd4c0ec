package com.banksegment.scorer;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a user can tell about one customer: the model inputs it is built for ({@link #features()},
 * a subset of {@link ModelBundle#FEATURES} in that order, RFM always among them) and their values.
 * A bundle's inputs depend on the source it was trained on (the bank has age, balance and gender;
 * invoice lines only RFM), so a form builds its customer against the bundle:
 * {@code CustomerInput.forFeatures(bundle.features()).set("recency_days", 12)...build()}.
 *
 * <p>Building one never fails on values, so a form can hold half-typed ones; {@link #problems()}
 * says what is wrong (only about its own inputs) and {@link Scorer#score} refuses an invalid
 * customer with all problems in one message. Values sit in a fixed array by canonical position,
 * so the scorer reads them without a map.
 */
@JsonSerialize(using = CustomerInputJson.Writer.class)
@JsonDeserialize(using = CustomerInputJson.Reader.class)
public final class CustomerInput {

  /** The oldest age accepted: ages above it are data errors (the 1/1/1800 DOB placeholder gives 216). */
  public static final double MAX_AGE = 130;

  static final int RECENCY = 0;
  static final int FREQUENCY = 1;
  static final int MONETARY = 2;
  static final int AGE = 3;
  static final int BALANCE = 4;
  static final int GENDER = 5;

  private final List<String> features;
  private final boolean[] given = new boolean[ModelBundle.FEATURES.size()];
  private final double[] values = new double[ModelBundle.FEATURES.size()];
  private final Gender gender;

  /** A customer with all six inputs of the bank's model. */
  public CustomerInput(double recencyDays, double frequency, double monetary, double age, double balance,
      Gender gender) {
    this(new double[] {recencyDays, frequency, monetary, age, balance, Double.NaN}, gender,
        new boolean[] {true, true, true, true, true, true});
  }

  private CustomerInput(double[] byPosition, Gender gender, boolean[] given) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < given.length; i++) {
      this.given[i] = given[i];
      this.values[i] = given[i] && i != GENDER ? byPosition[i] : Double.NaN;
      if (given[i]) {
        names.add(ModelBundle.FEATURES.get(i));
      }
    }
    this.features = List.copyOf(names);
    this.gender = given[GENDER] ? gender : null;
  }

  /** A customer of a model on recency, frequency and monetary only (a source without customer attributes). */
  public static CustomerInput rfm(double recencyDays, double frequency, double monetary) {
    return forFeatures(ModelBundle.REQUIRED_FEATURES).set("recency_days", recencyDays).set("frequency", frequency)
        .set("monetary", monetary).build();
  }

  /**
   * A builder for a customer with exactly these inputs (a bundle's {@code features()}); values not
   * set stay missing and are reported by {@link #problems()}.
   *
   * @throws IllegalArgumentException for a name that is not a known input
   */
  public static Builder forFeatures(List<String> features) {
    return new Builder(features);
  }

  /** Collects the values of a customer for a fixed list of inputs. */
  public static final class Builder {
    private final boolean[] given = new boolean[ModelBundle.FEATURES.size()];
    private final double[] values = new double[ModelBundle.FEATURES.size()];
    private Gender gender;

    private Builder(List<String> features) {
      Arrays.fill(values, Double.NaN);
      for (String f : features) {
        given[position(f)] = true;
      }
    }

    /** Sets a numeric input; a name the customer was not built for is ignored (a model without it). */
    public Builder set(String feature, double value) {
      int at = position(feature);
      if (at == GENDER) {
        throw new IllegalArgumentException("gender is not a number: use gender(Gender)");
      }
      values[at] = value;
      return this;
    }

    public Builder gender(Gender value) {
      this.gender = value;
      return this;
    }

    public CustomerInput build() {
      return new CustomerInput(values, gender, given);
    }
  }

  /** The canonical position of a known input (its index in {@link ModelBundle#FEATURES}). */
  static int position(String feature) {
    int at = ModelBundle.FEATURES.indexOf(feature);
    if (at < 0) {
      throw new IllegalArgumentException("unknown model input \"" + feature + "\": expected one of "
          + ModelBundle.FEATURES);
    }
    return at;
  }

  /** The inputs this customer has, in {@link ModelBundle#FEATURES} order. */
  public List<String> features() {
    return features;
  }

  public boolean has(String feature) {
    return given[position(feature)];
  }

  /** A numeric input's value; NaN when the customer was not built with it. */
  public double value(String feature) {
    return values[position(feature)];
  }

  public double recencyDays() {
    return values[RECENCY];
  }

  public double frequency() {
    return values[FREQUENCY];
  }

  public double monetary() {
    return values[MONETARY];
  }

  /** NaN when age is not one of this customer's inputs. */
  public double age() {
    return values[AGE];
  }

  /** NaN when balance is not one of this customer's inputs. */
  public double balance() {
    return values[BALANCE];
  }

  /** Null when gender is not one of this customer's inputs (or was not chosen). */
  public Gender gender() {
    return gender;
  }

  /** The value at a canonical position, for the scorer's vector (gender is encoded by the scorer). */
  double at(int position) {
    return values[position];
  }

  /** Every invalid field among this customer's inputs; empty when it can be scored. */
  public List<InputProblem> problems() {
    return problems(features);
  }

  /**
   * Every invalid or missing field among the given inputs (a bundle's): an input the customer
   * was not built with is reported as missing; inputs the model does not read are not checked.
   */
  public List<InputProblem> problems(List<String> inputs) {
    List<InputProblem> found = new ArrayList<>(0);
    for (String f : inputs) {
      int at = position(f);
      if (!given[at]) {
        found.add(new InputProblem(f, "missing", expected(at) + " (the model uses " + f + ")"));
      } else if (!valid(at)) {
        found.add(new InputProblem(f, at == GENDER ? "null" : format(values[at]), expected(at)));
      }
    }
    return found;
  }

  /** True when {@link #problems()} is empty, without building the list. */
  public boolean isValid() {
    for (int at = 0; at < given.length; at++) {
      if (given[at] && !valid(at)) {
        return false;
      }
    }
    return true;
  }

  /** True when every input at these canonical positions is given and valid (the scorer's fast check). */
  boolean isValidAt(int[] positions) {
    for (int at : positions) {
      if (!given[at] || !valid(at)) {
        return false;
      }
    }
    return true;
  }

  private boolean valid(int at) {
    double v = values[at];
    return switch (at) {
      case RECENCY, MONETARY, BALANCE -> Double.isFinite(v) && v >= 0;
      case FREQUENCY -> Double.isFinite(v) && v >= 1;
      case AGE -> Double.isFinite(v) && v >= 0 && v <= MAX_AGE;
      default -> gender != null;
    };
  }

  private static String expected(int at) {
    return switch (at) {
      case FREQUENCY -> "a number >= 1";
      case AGE -> "a number of years between 0 and " + (int) MAX_AGE;
      case GENDER -> "M, F or U (unknown)";
      default -> "a number >= 0";
    };
  }

  private static String format(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CustomerInput c && Arrays.equals(given, c.given) && Arrays.equals(values, c.values)
        && gender == c.gender;
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(given), Arrays.hashCode(values), gender);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("CustomerInput[");
    for (int at = 0; at < given.length; at++) {
      if (given[at]) {
        s.append(s.length() > 14 ? ", " : "").append(ModelBundle.FEATURES.get(at)).append('=')
            .append(at == GENDER ? String.valueOf(gender) : format(values[at]));
      }
    }
    return s.append(']').toString();
  }
}
