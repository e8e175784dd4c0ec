package com.banksegment.ui.predict.service;

import com.banksegment.scorer.CustomerInput;
import com.banksegment.scorer.Gender;
import com.banksegment.scorer.ModelBundle;
import com.banksegment.ui.predict.domain.CustomerForm;
import com.banksegment.ui.predict.domain.TransactionLine;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Turns a filled-in form into the model inputs, deriving what was not given directly: the age
 * from the date of birth, and recency, frequency and monetary from the transactions, the same
 * way the features stage does (recency counts days from the last transaction to the as-of day).
 */
public final class CustomerInputs {
  private CustomerInputs() {}

  /** Recency, frequency and monetary of a list of transactions. */
  public record Rfm(int recencyDays, int frequency, double monetary) {}

  /** The inputs of a model of all six (the bank's). */
  public static CustomerInput from(CustomerForm form) {
    return from(form, ModelBundle.FEATURES);
  }

  /**
   * The inputs of a model of these (the published bundle's features): age, balance and gender
   * are read only when the model has them, so a form of a source without them leaves them empty.
   */
  public static CustomerInput from(CustomerForm form, List<String> inputs) {
    Rfm rfm = form.getActivitySource() == CustomerForm.ActivitySource.RFM
        ? new Rfm((int) number(form.getRecencyDays(), "recency"), (int) number(form.getFrequency(), "frequency"),
            number(form.getMonetary(), "monetary"))
        : rfmOf(form.getTransactions(), asOf(form));
    CustomerInput.Builder b = CustomerInput.forFeatures(inputs).set("recency_days", rfm.recencyDays())
        .set("frequency", rfm.frequency()).set("monetary", rfm.monetary());
    if (inputs.contains("age")) {
      b.set("age", form.getAgeSource() == CustomerForm.AgeSource.AGE
          ? number(form.getAge(), "age")
          : ageOn(form.getDateOfBirth(), asOf(form)));
    }
    if (inputs.contains("balance")) {
      b.set("balance", number(form.getBalance(), "balance"));
    }
    if (inputs.contains("gender")) {
      b.gender(Gender.parse(form.getGender()));
    }
    return b.build();
  }

  /** Whole years from the date of birth to the given day. */
  public static int ageOn(LocalDate dateOfBirth, LocalDate day) {
    if (dateOfBirth == null) {
      throw new IllegalArgumentException("date of birth is missing");
    }
    return Period.between(dateOfBirth, day).getYears();
  }

  public static Rfm rfmOf(List<TransactionLine> transactions, LocalDate asOf) {
    if (transactions.isEmpty()) {
      throw new IllegalArgumentException("no transactions: expected at least one");
    }
    LocalDate last = null;
    double total = 0;
    for (TransactionLine t : transactions) {
      if (t.getDate() == null || t.getAmount() == null) {
        throw new IllegalArgumentException("a transaction without date or amount");
      }
      last = last == null || t.getDate().isAfter(last) ? t.getDate() : last;
      total += t.getAmount();
    }
    return new Rfm((int) ChronoUnit.DAYS.between(last, asOf), transactions.size(), total);
  }

  private static LocalDate asOf(CustomerForm form) {
    if (form.getAsOf() == null) {
      throw new IllegalArgumentException("as-of date is missing");
    }
    return form.getAsOf();
  }

  private static double number(Number n, String field) {
    if (n == null) {
      throw new IllegalArgumentException(field + " is missing");
    }
    return n.doubleValue();
  }
}
