package com.banksegment.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerLayoutTest {

  @Test
  void everyRowBelongsToACustomerWhoseRowsNumberHisFrequency() {
    CustomerLayout layout = new CustomerLayout(50_000, 9);
    Map<Long, Integer> rowsPerCustomer = new HashMap<>();
    Map<Long, Long> occurrenceSeen = new HashMap<>();

    for (long row = 0; row < 50_000; row++) {
      long customerAndOccurrence = layout.customerAndOccurrence(row);
      long customer = customerAndOccurrence >>> 3;
      int occurrence = (int) (customerAndOccurrence & 7);
      rowsPerCustomer.merge(customer, 1, Integer::sum);
      assertThat(occurrenceSeen.put(customerAndOccurrence, row)).as("slot of row %d taken twice", row).isNull();
      assertThat(occurrence).isBetween(0, 5);
    }
    assertThat(rowsPerCustomer).hasSize((int) layout.customers());
    for (int frequency = 1; frequency <= 6; frequency++) {
      int f = frequency;
      assertThat(rowsPerCustomer.values().stream().filter(count -> count == f).count())
          .as("customers with %d rows", frequency).isEqualTo(layout.customersWithFrequency(frequency));
    }
  }

  @Test
  void aboutOneCustomerPer1Point186RowsForAnySize() {
    // Full file: 1,048,567 rows, about 884,000 CustomerIDs.
    CustomerLayout full = new CustomerLayout(GeneratorSettings.FULL_FILE_ROWS, 1);
    assertThat((double) full.customers()).isCloseTo(884_000, within(2_000.0));

    for (long rows : new long[] {1, 2, 5, 17, 100}) {
      CustomerLayout small = new CustomerLayout(rows, 1);
      assertThat(small.customers()).isBetween(1L, rows);
      long covered = 0;
      for (int frequency = 1; frequency <= 6; frequency++) {
        covered += frequency * small.customersWithFrequency(frequency);
      }
      assertThat(covered).isEqualTo(rows);
    }
  }

  @Test
  void customerNumbersHaveSevenDigitsUpToTheRealIdSpaceThenWiden() {
    CustomerLayout ten = new CustomerLayout(10_000_000, 3);
    assertThat(ten.idDigits()).isEqualTo(7);
    assertThat(ten.customerNumber(0)).isBetween(1_000_000L, 9_999_999L);
    assertThat(ten.customerNumber(ten.customers() - 1)).isBetween(1_000_000L, 9_999_999L);

    CustomerLayout twenty = new CustomerLayout(20_000_000, 3);
    assertThat(twenty.idDigits()).isEqualTo(8);
    assertThat(twenty.customerNumber(twenty.customers() - 1)).isBetween(10_000_000L, 99_999_999L);
  }
}
