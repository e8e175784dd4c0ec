package com.banksegment.ui.predict.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.scorer.CustomerInput;
import com.banksegment.scorer.Gender;
import com.banksegment.ui.predict.domain.CustomerForm;
import com.banksegment.ui.predict.domain.TransactionLine;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerInputsTest {
  private static final LocalDate AS_OF = LocalDate.parse("2016-10-22");

  @Test
  void ageIsWholeYearsOnTheAsOfDay() {
    assertThat(CustomerInputs.ageOn(LocalDate.parse("1990-10-22"), AS_OF)).isEqualTo(26);
    assertThat(CustomerInputs.ageOn(LocalDate.parse("1990-10-23"), AS_OF)).isEqualTo(25);
    assertThat(CustomerInputs.ageOn(LocalDate.parse("2000-02-29"), LocalDate.parse("2016-02-28"))).isEqualTo(15);
  }

  @Test
  void transactionsGiveRecencyFromTheLatestOneFrequencyAndTotal() {
    var rfm = CustomerInputs.rfmOf(List.of(new TransactionLine(LocalDate.parse("2016-10-21"), 120.5),
        new TransactionLine(LocalDate.parse("2016-08-01"), 0.0), new TransactionLine(LocalDate.parse("2016-09-30"), 79.5)), AS_OF);
    assertThat(rfm).isEqualTo(new CustomerInputs.Rfm(1, 3, 200.0));
  }

  @Test
  void aFormWithDateOfBirthAndTransactionsBecomesModelInputs() {
    CustomerForm form = new CustomerForm();
    form.setAgeSource(CustomerForm.AgeSource.DATE_OF_BIRTH);
    form.setDateOfBirth(LocalDate.parse("1980-01-15"));
    form.setActivitySource(CustomerForm.ActivitySource.TRANSACTIONS);
    form.getTransactions().add(new TransactionLine(LocalDate.parse("2016-10-12"), 999.0));
    form.setAsOf(AS_OF);
    form.setBalance(12_000.0);
    form.setGender("m");
    assertThat(CustomerInputs.from(form)).isEqualTo(new CustomerInput(10, 1, 999, 36, 12_000, Gender.M));
  }
}
