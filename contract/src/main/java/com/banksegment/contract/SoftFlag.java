package com.banksegment.contract;

/** Soft problems: the row is kept, the value is null and one of these flag columns is true. */
public enum SoftFlag {
  DOB_PLACEHOLDER("dob_placeholder"),
  DOB_MISSING("dob_missing"),
  DOB_INVALID("dob_invalid"),
  GENDER_UNKNOWN("gender_unknown"),
  LOCATION_MISSING("location_missing"),
  BALANCE_MISSING("balance_missing");

  private final String column;

  SoftFlag(String column) {
    this.column = column;
  }

  /** The boolean column of clean/transactions that carries this flag. */
  public String column() {
    return column;
  }
}
