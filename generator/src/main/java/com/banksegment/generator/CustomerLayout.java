package com.banksegment.generator;

/**
 * Which customer makes each transaction. The rows are cut into "slots": first the slots of the
 * customers with 6 transactions (6 consecutive slots each), then those with 5, ... down to the
 * customers with one. A keyed permutation maps each row to a slot, so a repeat customer's rows are
 * scattered over the whole file as in the real data, and every customer number maps to a
 * CustomerID through a second permutation of the id space. Nothing is stored per row or customer.
 */
final class CustomerLayout {
  /** Customers with 6, 5, 4, 3, 2 transactions, as a share of all customers. */
  private static final double[] REPEAT_SHARES = {0.0001, 0.0005, 0.0031, 0.0193, 0.136};
  private static final long STREAM_ROWS = 0x51;
  private static final long STREAM_IDS = 0x1D;

  /** Mean transactions per customer implied by the shares (the full file has about 1.186). */
  static final double MEAN_FREQUENCY = meanFrequency();

  private final long[] customersByFrequency = new long[7];
  private final long[] firstSlotByFrequency = new long[8];
  private final long[] firstCustomerByFrequency = new long[8];
  private final long customers;
  private final IndexPermutation rowToSlot;
  private final IndexPermutation customerToId;
  private final long idOffset;
  private final int idDigits;

  CustomerLayout(long rows, long seed) {
    long expectedCustomers = Math.round(rows / MEAN_FREQUENCY);
    long repeatSlots = 0;
    for (int frequency = 6; frequency >= 2; frequency--) {
      long count = Math.round(expectedCustomers * REPEAT_SHARES[6 - frequency]);
      while (count > 0 && repeatSlots + count * frequency > rows) {
        count--;
      }
      customersByFrequency[frequency] = count;
      repeatSlots += count * frequency;
    }
    customersByFrequency[1] = rows - repeatSlots;
    long slot = 0;
    long customer = 0;
    for (int frequency = 6; frequency >= 1; frequency--) {
      firstSlotByFrequency[frequency] = slot;
      firstCustomerByFrequency[frequency] = customer;
      slot += customersByFrequency[frequency] * frequency;
      customer += customersByFrequency[frequency];
    }
    this.customers = customer;
    this.rowToSlot = rows > 0 ? new IndexPermutation(rows, Mix.key(seed, STREAM_ROWS, 0)) : null;
    int digits = 7;
    while (9 * pow10(digits - 1) < customers) {
      digits++;
    }
    this.idDigits = digits;
    this.idOffset = pow10(digits - 1);
    this.customerToId = new IndexPermutation(9 * idOffset, Mix.key(seed, STREAM_IDS, 0));
  }

  long customers() {
    return customers;
  }

  long customersWithFrequency(int frequency) {
    return customersByFrequency[frequency];
  }

  /** Digits after the leading C of a CustomerID: 7 as in the real file, more above ~10.6M rows. */
  int idDigits() {
    return idDigits;
  }

  /**
   * The customer of {@code row} as {@code customer * 8 + occurrence}, where occurrence (0..5) says
   * which of the customer's transactions this row is.
   */
  long customerAndOccurrence(long row) {
    long slot = rowToSlot.apply(row);
    for (int frequency = 6; frequency >= 2; frequency--) {
      long offset = slot - firstSlotByFrequency[frequency];
      if (offset >= 0 && offset < customersByFrequency[frequency] * frequency) {
        return (firstCustomerByFrequency[frequency] + offset / frequency) * 8 + offset % frequency;
      }
    }
    return (firstCustomerByFrequency[1] + slot - firstSlotByFrequency[1]) * 8;
  }

  /** The numeric part of the CustomerID of customer {@code customer}. */
  long customerNumber(long customer) {
    return idOffset + customerToId.apply(customer);
  }

  private static long pow10(int exponent) {
    long value = 1;
    for (int i = 0; i < exponent; i++) {
      value *= 10;
    }
    return value;
  }

  private static double meanFrequency() {
    double repeatShare = 0;
    double transactions = 0;
    for (int i = 0; i < REPEAT_SHARES.length; i++) {
      repeatShare += REPEAT_SHARES[i];
      transactions += REPEAT_SHARES[i] * (6 - i);
    }
    return transactions + (1 - repeatShare);
  }
}
