package com.banksegment.ui.predict.service;

import com.banksegment.scorer.Gender;
import com.banksegment.scorer.GenderEncoding;
import com.banksegment.ui.predict.domain.CustomerForm;
import java.util.List;

/**
 * The attributes a prospects classifier reads, taken from the predict form's fields by the
 * bundle's attribute names. The form has fields for the bank source's attributes; an attribute it
 * has no field for makes the prospect answer unavailable rather than guessed.
 */
final class ProspectInputs {
  private ProspectInputs() {}

  /** True when the form has a field for every attribute. */
  static boolean covers(List<String> features) {
    return features.stream().allMatch(f -> f.equals("age") || f.equals("balance") || f.equals("gender"));
  }

  /** The attributes' values in their own units (gender as its code), in {@code features} order. */
  static double[] values(List<String> features, CustomerForm form, GenderEncoding genders) {
    double[] v = new double[features.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = switch (features.get(i)) {
        case "age" -> form.getAgeSource() == CustomerForm.AgeSource.AGE
            ? form.getAge().doubleValue() : CustomerInputs.ageOn(form.getDateOfBirth(), form.getAsOf());
        case "balance" -> form.getBalance();
        case "gender" -> genders.code(Gender.parse(form.getGender()));
        default -> throw new IllegalStateException("the predict form has no field for the attribute " + features.get(i));
      };
    }
    return v;
  }
}
