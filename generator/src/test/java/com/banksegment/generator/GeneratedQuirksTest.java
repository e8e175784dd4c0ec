package com.banksegment.generator;

import static com.banksegment.generator.Columns.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quirks of the real file appear in 100,000 generated rows at the rates of the full file's
 * profile (../shared/data/README.md). Tolerances are about four standard deviations of a count.
 */
class GeneratedQuirksTest {
  private static final int ROWS = 100_000;
  private static List<List<String>> rows;
  private static QuirkCounts reported;

  @BeforeAll
  static void generate() {
    CsvText.Generated generated = CsvText.generate(ROWS, 2024);
    rows = generated.rows();
    reported = generated.result().quirks();
  }

  @Test
  void missingAndPlaceholderDobsAtTheFullFilesRates() {
    // Full file: 57,339 of 1,048,567 rows are 1/1/1800 and 3,397 DOBs are missing (nan or empty).
    assertThat(count(DOB, "1/1/1800"::equals)).isBetween(5_150L, 5_800L);
    assertThat(count(DOB, "nan"::equals)).isBetween(230L, 380L);
    assertThat(count(DOB, String::isEmpty)).isBetween(6L, 50L);
  }

  @Test
  void birthYearsAreMostlyFrom1960To2000WithSomeLaterAndSomeAfterTheTransaction() {
    Map<Integer, Long> byYear = rows.stream().map(row -> row.get(DOB))
        .filter(dob -> dob.contains("/") && !dob.equals("1/1/1800"))
        .collect(Collectors.groupingBy(dob -> Integer.parseInt(dob.substring(dob.length() - 2)),
            Collectors.counting()));
    long dated = byYear.values().stream().mapToLong(Long::longValue).sum();
    long from1960To1999 = byYear.entrySet().stream().filter(e -> e.getKey() >= 60)
        .mapToLong(Map.Entry::getValue).sum();
    long from2000To2013 = byYear.entrySet().stream().filter(e -> e.getKey() <= 13)
        .mapToLong(Map.Entry::getValue).sum();

    assertThat((double) from1960To1999 / dated).isGreaterThan(0.9);
    assertThat(from2000To2013).isBetween(70L, 200L);
    assertThat(count(DOB, "19/1/21"::equals)).isBetween(4L, 30L);
    long afterTransaction = rows.stream().filter(row -> row.get(DOB).endsWith("/16")
        && parse(row.get(DOB)).isAfter(parse(row.get(DATE)))).count();
    assertThat(afterTransaction).isBetween(1L, 15L);
    assertThat(rows.stream().filter(row -> row.get(DOB).endsWith("/16")).count()).isEqualTo(afterTransaction);
  }

  @Test
  void gendersAreMostlyMaleWithAFewEmptyAndExactlyOneT() {
    long female = count(GENDER, "F"::equals);
    long male = count(GENDER, "M"::equals);

    // Full file: M about 765,500, F about 281,900, 1,100 empty, one T.
    assertThat((double) female / (female + male)).isCloseTo(0.269, within(0.01));
    assertThat(count(GENDER, String::isEmpty)).isBetween(65L, 150L);
    assertThat(count(GENDER, "T"::equals)).isEqualTo(1);
  }

  @Test
  void locationsAreRarelyEmptyAndAFewAreQuotedCommaNames() {
    // Full file: 151 empty of 1,048,567; the head quotes 8 lines in 20,000.
    assertThat(count(LOCATION, String::isEmpty)).isBetween(3L, 35L);
    assertThat(count(LOCATION, location -> location.contains(","))).isBetween(20L, 80L);
    assertThat(count(LOCATION, "MUMBAI"::equals)).isBetween(9_000L, 11_000L);
    assertThat(rows.stream().map(row -> row.get(LOCATION)).distinct().count()).isBetween(3_900L, 4_600L);
  }

  @Test
  void balancesAreSkewedWithSomeEmptyAndSomeZero() {
    double[] balances = numbers(BALANCE);

    assertThat(count(BALANCE, String::isEmpty)).isBetween(160L, 300L);
    assertThat(count(BALANCE, "0"::equals)).isBetween(140L, 270L);
    assertThat(median(balances)).isBetween(15_000.0, 18_500.0);
    assertThat(mean(balances)).isBetween(90_000.0, 145_000.0);
    assertThat(max(balances)).isGreaterThan(5_000_000.0);
  }

  @Test
  void amountsAreSkewedWithSomeZerosAndMostlyWholeRupees() {
    double[] amounts = numbers(AMOUNT);

    assertThat(count(AMOUNT, "0"::equals)).isBetween(40L, 120L);
    assertThat(median(amounts)).isBetween(430.0, 490.0);
    assertThat(mean(amounts)).isBetween(1_350.0, 1_800.0);
    assertThat(max(amounts)).isGreaterThan(100_000.0);
    assertThat((double) count(AMOUNT, amount -> !amount.contains(".")) / ROWS).isCloseTo(0.88, within(0.01));
  }

  @Test
  void transactionDatesSpreadOverAboutSixtyDays() {
    Set<LocalDate> dates = rows.stream().map(row -> parse(row.get(DATE))).collect(Collectors.toSet());

    assertThat(dates).hasSizeBetween(50, 80);
    assertThat(dates.stream().min(Comparator.naturalOrder())).contains(LocalDate.of(2016, 8, 1));
    assertThat(dates.stream().max(Comparator.naturalOrder())).contains(LocalDate.of(2016, 10, 21));
  }

  @Test
  void customersMakeAbout1Point19TransactionsAndAtMostSix() {
    Map<String, Long> perCustomer = rows.stream()
        .collect(Collectors.groupingBy(row -> row.get(CUSTOMER_ID), Collectors.counting()));

    assertThat((double) ROWS / perCustomer.size()).isCloseTo(1.186, within(0.01));
    assertThat(perCustomer.values()).allMatch(count -> count <= 6);
    assertThat(perCustomer.values().stream().filter(count -> count == 1).count())
        .isGreaterThan(perCustomer.size() * 8L / 10);
    assertThat(perCustomer.values()).contains(4L, 5L);
  }

  @Test
  void repeatCustomersSometimesCarryConflictingAttributes() {
    Map<String, List<List<String>>> byCustomer = rows.stream()
        .collect(Collectors.groupingBy(row -> row.get(CUSTOMER_ID)));
    List<List<List<String>>> repeats = byCustomer.values().stream().filter(list -> list.size() > 1).toList();

    double dobConflicts = conflictShare(repeats, DOB);
    double locationConflicts = conflictShare(repeats, LOCATION);
    double balanceConflicts = conflictShare(repeats, BALANCE);
    assertThat(dobConflicts).isBetween(0.3, 0.8);
    assertThat(locationConflicts).isBetween(0.3, 0.8);
    assertThat(balanceConflicts).isGreaterThan(0.9);
    assertThat(1 - dobConflicts).as("repeats that agree on DOB").isGreaterThan(0.2);
  }

  @Test
  void reportedQuirkCountsMatchTheWrittenRows() {
    assertThat(reported.dobPlaceholder()).isEqualTo(count(DOB, "1/1/1800"::equals));
    assertThat(reported.dobNan()).isEqualTo(count(DOB, "nan"::equals));
    assertThat(reported.dobEmpty()).isEqualTo(count(DOB, String::isEmpty));
    assertThat(reported.dobIn2021()).isEqualTo(count(DOB, "19/1/21"::equals));
    assertThat(reported.dobAfterTransaction()).isEqualTo(count(DOB, dob -> dob.endsWith("/16")));
    Pattern from2000 = Pattern.compile(".*/(0\\d|1[0-3])");
    assertThat(reported.dobFrom2000()).isEqualTo(count(DOB, dob -> from2000.matcher(dob).matches()));
    assertThat(reported.genderEmpty()).isEqualTo(count(GENDER, String::isEmpty));
    assertThat(reported.genderT()).isEqualTo(count(GENDER, "T"::equals));
    assertThat(reported.locationEmpty()).isEqualTo(count(LOCATION, String::isEmpty));
    assertThat(reported.locationQuoted()).isEqualTo(count(LOCATION, location -> location.contains(",")));
    assertThat(reported.balanceEmpty()).isEqualTo(count(BALANCE, String::isEmpty));
    assertThat(reported.balanceZero()).isEqualTo(count(BALANCE, "0"::equals));
    assertThat(reported.amountZero()).isEqualTo(count(AMOUNT, "0"::equals));
  }

  private static double conflictShare(List<List<List<String>>> repeats, int column) {
    long conflicting = repeats.stream()
        .filter(list -> list.stream().map(row -> row.get(column)).distinct().count() > 1).count();
    return (double) conflicting / repeats.size();
  }

  private static long count(int column, Predicate<String> test) {
    return rows.stream().map(row -> row.get(column)).filter(test).count();
  }

  private static double[] numbers(int column) {
    return rows.stream().map(row -> row.get(column)).filter(text -> !text.isEmpty())
        .mapToDouble(Double::parseDouble).sorted().toArray();
  }

  static double median(double[] sorted) {
    return sorted[sorted.length / 2];
  }

  static double mean(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.length;
  }

  static double max(double[] sorted) {
    return sorted[sorted.length - 1];
  }

  /** d/m/yy with yy 16 read as 2016. */
  private static LocalDate parse(String dayMonthYear) {
    String[] parts = dayMonthYear.split("/");
    return LocalDate.of(2000 + Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
  }
}
