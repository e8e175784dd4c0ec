package com.banksegment.generator;

import static com.banksegment.generator.Columns.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares the marginals of 20,000 generated rows with the real head20k file.
 *
 * <p>What differs by design, and is therefore not compared or compared loosely:
 * <ul>
 *   <li>date style: the head is dd-mm-yyyy (a re-saved copy), the generator writes the original
 *       d/m/yy; both are read into dates here before comparing;</li>
 *   <li>repeat customers: the head is the first 20,000 rows of a file whose repeats are spread
 *       over a million rows, so it has 63 repeat customers; the generator spreads its repeats over
 *       the rows it writes, so 20,000 generated rows have the full file's 1.19 rows a customer;</li>
 *   <li>dates and hours: the head covers 38 dates, mostly 22-27 September and 21 October, late in
 *       the day; the generator follows the full file (63 dates from 1 August, time quartiles
 *       12:40 / 16:42 / 20:00), so it has more morning (5-digit) times;</li>
 *   <li>rates calibrated to the full file rather than the head: DOB placeholder 5.5% (head 6.5%),
 *       amount median 459 (head 420), balance median 16,792 (head 19,238).</li>
 * </ul>
 */
class RealHeadCalibrationTest {
  private static List<List<String>> real;
  private static List<List<String>> generated;

  @BeforeAll
  static void load() throws Exception {
    real = CsvText.dataRows(Files.readString(RealHead.file(), StandardCharsets.UTF_8));
    generated = CsvText.generate(20_000, 20_000).rows();
  }

  @Test
  void bothHaveTheSameLayout() throws Exception {
    String realHeader = Files.readString(RealHead.file(), StandardCharsets.UTF_8).split("\r\n", 2)[0];
    assertThat(realHeader).isEqualTo(CsvRowEncoder.HEADER);
    assertThat(real).hasSize(20_000).allMatch(row -> row.size() == 9);
    assertThat(generated).hasSize(20_000).allMatch(row -> row.size() == 9);
  }

  @Test
  void genderSharesAgree() {
    assertThat(femaleShare(generated)).isCloseTo(femaleShare(real), within(0.02));
    assertThat(share(generated, GENDER, String::isEmpty)).isCloseTo(share(real, GENDER, String::isEmpty), within(0.001));
  }

  @Test
  void dobPlaceholderAndNanSharesAgree() {
    assertThat(share(generated, DOB, "1/1/1800"::equals)).isCloseTo(share(real, DOB, "1/1/1800"::equals), within(0.015));
    assertThat(share(generated, DOB, "nan"::equals)).isCloseTo(share(real, DOB, "nan"::equals), within(0.002));
  }

  @Test
  void birthYearsPeakAtTheSameAge() {
    double[] realYears = birthYears(real);
    double[] generatedYears = birthYears(generated);

    assertThat(GeneratedQuirksTest.median(generatedYears)).isCloseTo(GeneratedQuirksTest.median(realYears), within(1.0));
    assertThat(share(generatedYears, year -> year < 1960)).isCloseTo(share(realYears, year -> year < 1960), within(0.01));
    assertThat(share(generatedYears, year -> year >= 2000)).isCloseTo(share(realYears, year -> year >= 2000), within(0.002));
  }

  @Test
  void balancesHaveTheSameOrderOfMagnitudeAndSkew() {
    double[] realBalances = numbers(real, BALANCE);
    double[] generatedBalances = numbers(generated, BALANCE);

    assertThat(GeneratedQuirksTest.median(generatedBalances) / GeneratedQuirksTest.median(realBalances)).isBetween(0.75, 1.25);
    assertThat(GeneratedQuirksTest.mean(generatedBalances) / GeneratedQuirksTest.mean(realBalances)).isBetween(0.6, 1.6);
    assertThat(GeneratedQuirksTest.mean(generatedBalances) / GeneratedQuirksTest.median(generatedBalances)).isGreaterThan(4);
    assertThat(share(generated, BALANCE, String::isEmpty)).isCloseTo(share(real, BALANCE, String::isEmpty), within(0.0015));
    assertThat(share(generated, BALANCE, "0"::equals)).isCloseTo(share(real, BALANCE, "0"::equals), within(0.0015));
  }

  @Test
  void amountsHaveTheSameMedianShapeAndRupeeRounding() {
    double[] realAmounts = numbers(real, AMOUNT);
    double[] generatedAmounts = numbers(generated, AMOUNT);

    assertThat(GeneratedQuirksTest.median(generatedAmounts) / GeneratedQuirksTest.median(realAmounts)).isBetween(0.9, 1.2);
    assertThat(quantile(generatedAmounts, 0.1) / quantile(realAmounts, 0.1)).isBetween(0.7, 1.4);
    assertThat(quantile(generatedAmounts, 0.9) / quantile(realAmounts, 0.9)).isBetween(0.8, 1.25);
    assertThat(GeneratedQuirksTest.mean(generatedAmounts) / GeneratedQuirksTest.mean(realAmounts)).isBetween(0.75, 1.3);
    assertThat(share(generated, AMOUNT, a -> !a.contains("."))).isCloseTo(share(real, AMOUNT, a -> !a.contains(".")), within(0.02));
  }

  @Test
  void transactionTimesHaveThreeToSixDigitsMostlySix() {
    for (List<List<String>> rows : List.of(real, generated)) {
      assertThat(share(rows, TIME, t -> t.length() == 6)).isGreaterThan(0.85);
      assertThat(share(rows, TIME, t -> t.length() == 5)).isBetween(0.02, 0.14);
      assertThat(share(rows, TIME, t -> t.length() <= 4)).isLessThan(0.005);
    }
    assertThat(real.stream().map(row -> row.get(TIME).length()).collect(Collectors.toSet())).containsOnly(3, 4, 5, 6);
  }

  @Test
  void locationsAreAsVariedWithTheSameLeader() {
    long realDistinct = real.stream().map(row -> row.get(LOCATION)).distinct().count();
    long generatedDistinct = generated.stream().map(row -> row.get(LOCATION)).distinct().count();

    assertThat((double) generatedDistinct / realDistinct).isBetween(0.85, 1.15);
    assertThat(share(generated, LOCATION, "MUMBAI"::equals)).isCloseTo(share(real, LOCATION, "MUMBAI"::equals), within(0.01));
    assertThat(share(generated, LOCATION, l -> l.contains(","))).isCloseTo(share(real, LOCATION, l -> l.contains(",")), within(0.0005));
  }

  @Test
  void datesCoverTheSameRangeButTheGeneratorSpreadsWider() {
    List<LocalDate> realDates = real.stream().map(row -> LocalDate.of(
        Integer.parseInt(row.get(DATE).substring(6)), Integer.parseInt(row.get(DATE).substring(3, 5)),
        Integer.parseInt(row.get(DATE).substring(0, 2)))).toList();
    List<LocalDate> generatedDates = generated.stream().map(row -> {
      String[] parts = row.get(DATE).split("/");
      return LocalDate.of(2000 + Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
    }).toList();

    for (List<LocalDate> dates : List.of(realDates, generatedDates)) {
      assertThat(dates).allMatch(d -> !d.isBefore(LocalDate.of(2016, 8, 1)) && !d.isAfter(LocalDate.of(2016, 10, 21)));
      assertThat(dates).contains(LocalDate.of(2016, 8, 1), LocalDate.of(2016, 10, 21));
    }
    assertThat(generatedDates.stream().distinct().count()).isGreaterThan(realDates.stream().distinct().count());
  }

  @Test
  void repeatCustomersDifferByDesign() {
    long realCustomers = real.stream().map(row -> row.get(CUSTOMER_ID)).distinct().count();
    long generatedCustomers = generated.stream().map(row -> row.get(CUSTOMER_ID)).distinct().count();

    assertThat(realCustomers).isGreaterThan(19_900);
    assertThat(20_000.0 / generatedCustomers).isCloseTo(1.186, within(0.02));
  }

  private static double femaleShare(List<List<String>> rows) {
    long female = rows.stream().filter(row -> row.get(GENDER).equals("F")).count();
    long male = rows.stream().filter(row -> row.get(GENDER).equals("M")).count();
    return (double) female / (female + male);
  }

  private static double share(List<List<String>> rows, int column, Predicate<String> test) {
    return (double) rows.stream().filter(row -> test.test(row.get(column))).count() / rows.size();
  }

  private static double share(double[] values, java.util.function.DoublePredicate test) {
    return (double) java.util.Arrays.stream(values).filter(test).count() / values.length;
  }

  private static double[] numbers(List<List<String>> rows, int column) {
    return rows.stream().map(row -> row.get(column)).filter(text -> !text.isEmpty())
        .mapToDouble(Double::parseDouble).sorted().toArray();
  }

  private static double quantile(double[] sorted, double p) {
    return sorted[(int) (p * (sorted.length - 1))];
  }

  /** Birth years of dated DOBs: dd-mm-yyyy as is, d/m/yy with two-digit years above 16 in the 1900s. */
  private static double[] birthYears(List<List<String>> rows) {
    return rows.stream().map(row -> row.get(DOB))
        .filter(dob -> !dob.equals("nan") && !dob.isEmpty() && !dob.equals("1/1/1800"))
        .mapToDouble(dob -> {
          if (dob.contains("-")) {
            return Integer.parseInt(dob.substring(dob.length() - 4));
          }
          int yy = Integer.parseInt(dob.substring(dob.length() - 2));
          return yy <= 16 ? 2000 + yy : 1900 + yy;
        }).sorted().toArray();
  }
}
