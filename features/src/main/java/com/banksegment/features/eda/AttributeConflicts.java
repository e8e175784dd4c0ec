package com.banksegment.features.eda;

/** Customers whose rows carry two or more different non-null values of an attribute. */
public record AttributeConflicts(long dob, long gender, long location, long balance, long anyAttribute) {
  public long total() {
    return dob + gender + location + balance;
  }
}
