package com.banksegment.generator;

/**
 * One synthetic transaction, reused from row to row so that writing millions of rows allocates
 * nothing per row. Fields hold codes and numbers; {@link CsvRowEncoder} turns them into text.
 */
final class TransactionRow {
  enum DobKind { DATE, PLACEHOLDER, NAN, EMPTY }

  /** Gender code for an empty CustGender field. */
  static final byte GENDER_EMPTY = 0;
  /** Location index for an empty CustLocation field; also balance cents when it is empty. */
  static final int NONE = -1;

  long row;
  long customerNumber;
  DobKind dobKind;
  int dobDay;
  int dobMonth;
  int dobYear;
  boolean dobAfterTransaction;
  byte gender;
  int location;
  long balanceCents;
  int dateIndex;
  int time;
  long amountCents;
}
