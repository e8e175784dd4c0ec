package com.banksegment.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RawValuesTest {
  private static final LocalDate AUG_2_2016 = LocalDate.of(2016, 8, 2);

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "2/8/16, 2016-08-02",        // original file: d/m/yy
      "02-08-2016, 2016-08-02",    // shared copy: dd-mm-yyyy
      "21/10/16, 2016-10-21",
      "2-8-2016, 2016-08-02",
      "02/08/2016, 2016-08-02",
      "29/2/16, 2016-02-29"})      // 2016 is a leap year
  void transactionDatesInBothStyles(String text, LocalDate expected) {
    assertThat(RawValues.transactionDate(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{0}\" is not a date")
  @ValueSource(strings = {"31/2/16", "29/2/15", "0/8/16", "2/13/16", "2016-08-02", "2/8/016", "2/8-16",
      "2/8/16/1", "123/8/16", "2/8", "", "nan", "2/8/16 ", "a/b/cd", "1e/8/16"})
  void impossibleOrMisshapenDatesAreRejected(String text) {
    assertThat(RawValues.transactionDate(text)).isNull();
  }

  @ParameterizedTest(name = "DOB {0} with a 2016 transaction is {1}")
  @CsvSource({
      "10/1/94, 1994-01-10",     // 2094 would be after 2016: last century
      "5/3/04, 2004-03-05",      // 2004 is not after 2016: this century
      "1/1/16, 2016-01-01",      // the transaction's own year stays 20yy
      "19/1/21, 1921-01-19",     // 2021 is after 2016: 1921
      "10-01-1994, 1994-01-10",  // four digits are taken as written
      "19-01-2021, 2021-01-19",
      "1/1/1800, 1800-01-01"})
  void twoDigitBirthYearsFollowTheCenturyRule(String text, LocalDate expected) {
    assertThat(RawValues.birthDate(text, AUG_2_2016)).isEqualTo(expected);
  }

  @Test
  void centuryRuleUsesTheTransactionYear() {
    assertThat(RawValues.birthDate("3/3/17", LocalDate.of(2017, 1, 1))).isEqualTo(LocalDate.of(2017, 3, 3));
    assertThat(RawValues.birthDate("3/3/17", AUG_2_2016)).isEqualTo(LocalDate.of(1917, 3, 3));
  }

  @ParameterizedTest(name = "time {0} is {1}")
  @CsvSource({
      "143207, 14:32:07",
      "400, 00:04:00",     // HHMMSS without leading zeros
      "94642, 09:46:42",
      "235959, 23:59:59",
      "0, 00:00:00",
      "59, 00:00:59"})
  void timesWithoutLeadingZeros(String text, LocalTime expected) {
    assertThat(RawValues.time(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{0}\" is not a time")
  @ValueSource(strings = {"256199", "25:61:99", "240000", "236000", "1260", "99", "1234567", "", "-400",
      "14.5", "14:32:07", "abc"})
  void impossibleTimesAreRejected(String text) {
    assertThat(RawValues.time(text)).isNull();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"25, 25.0", "1400.12, 1400.12", "0, 0.0", "-3.5, -3.5", "+7, 7.0", "5., 5.0", ".5, 0.5",
      "50999668.5, 50999668.5"})
  void plainDecimals(String text, double expected) {
    assertThat(RawValues.decimal(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{0}\" is not a number")
  @ValueSource(strings = {"", "abc", "1e5", "NaN", "Infinity", "1,000", ".", "-", "25d", "0x10", "1.2.3", "12 5"})
  void anythingElseIsNotANumber(String text) {
    assertThat(RawValues.decimal(text)).isNull();
  }

  @Test
  void timesAreFormattedWithLeadingZeros() {
    assertThat(RawValues.hhmmss(LocalTime.of(0, 4, 0))).isEqualTo("00:04:00");
    assertThat(RawValues.hhmmss(LocalTime.of(23, 59, 9))).isEqualTo("23:59:09");
  }
}
