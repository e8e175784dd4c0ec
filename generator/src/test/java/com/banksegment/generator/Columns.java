package com.banksegment.generator;

import com.banksegment.contract.RawLayout;

/** Column positions of the bank transaction layout, from the contract's layout. */
final class Columns {
  static final int TRANSACTION_ID = at("TransactionID");
  static final int CUSTOMER_ID = at("CustomerID");
  static final int DOB = at("CustomerDOB");
  static final int GENDER = at("CustGender");
  static final int LOCATION = at("CustLocation");
  static final int BALANCE = at("CustAccountBalance");
  static final int DATE = at("TransactionDate");
  static final int TIME = at("TransactionTime");
  static final int AMOUNT = at("TransactionAmount (INR)");

  private Columns() {}

  private static int at(String column) {
    return RawLayout.BANK.indexOf(column);
  }
}
