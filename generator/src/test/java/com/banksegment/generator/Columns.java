package com.banksegment.generator;

/** Column positions of the bank transaction layout. */
final class Columns {
  static final int TRANSACTION_ID = 0;
  static final int CUSTOMER_ID = 1;
  static final int DOB = 2;
  static final int GENDER = 3;
  static final int LOCATION = 4;
  static final int BALANCE = 5;
  static final int DATE = 6;
  static final int TIME = 7;
  static final int AMOUNT = 8;

  private Columns() {}
}
