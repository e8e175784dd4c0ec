package com.banksegment.generator;

/** Counts the quirks of the rows as they are written. */
final class QuirkTally {
  private final LocationCatalog locations;
  private long dobPlaceholder, dobNan, dobEmpty, dobAfterTransaction, dobIn2021, dobFrom2000;
  private long genderEmpty, genderT, locationEmpty, locationQuoted;
  private long balanceEmpty, balanceZero, amountZero;

  QuirkTally(LocationCatalog locations) {
    this.locations = locations;
  }

  void count(TransactionRow row) {
    switch (row.dobKind) {
      case PLACEHOLDER -> dobPlaceholder++;
      case NAN -> dobNan++;
      case EMPTY -> dobEmpty++;
      case DATE -> {
        if (row.dobAfterTransaction) {
          dobAfterTransaction++;
        } else if (row.dobYear == 2021) {
          dobIn2021++;
        } else if (row.dobYear >= 2000) {
          dobFrom2000++;
        }
      }
      default -> throw new IllegalStateException("unknown DOB kind " + row.dobKind);
    }
    if (row.gender == TransactionRow.GENDER_EMPTY) {
      genderEmpty++;
    } else if (row.gender == 'T') {
      genderT++;
    }
    if (row.location == TransactionRow.NONE) {
      locationEmpty++;
    } else if (locations.csvField(row.location)[0] == '"') {
      locationQuoted++;
    }
    if (row.balanceCents == TransactionRow.NONE) {
      balanceEmpty++;
    } else if (row.balanceCents == 0) {
      balanceZero++;
    }
    if (row.amountCents == 0) {
      amountZero++;
    }
  }

  QuirkCounts counts() {
    return new QuirkCounts(dobPlaceholder, dobNan, dobEmpty, dobAfterTransaction, dobIn2021,
        dobFrom2000, genderEmpty, genderT, locationEmpty, locationQuoted, balanceEmpty, balanceZero,
        amountZero);
  }
}
