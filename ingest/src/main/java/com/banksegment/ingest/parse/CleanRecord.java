package com.banksegment.ingest.parse;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One typed transaction of clean/transactions (docs/data-contract.md), before the source file
 * and line are attached. Nullable fields are null exactly when their soft flag is set
 * (customerDob when any of the three DOB flags is set). Quantity and unit price are set for invoice
 * lines only; country only by a source that has one.
 */
public record CleanRecord(
    String transactionId,
    String customerId,
    LocalDate customerDob,
    String gender,
    String location,
    Double accountBalance,
    LocalDate transactionDate,
    String transactionTime,
    Instant transactionTs,
    int transactionHour,
    double amount,
    boolean dobPlaceholder,
    boolean dobMissing,
    boolean dobInvalid,
    boolean genderUnknown,
    boolean locationMissing,
    boolean balanceMissing,
    Double quantity,
    Double unitPrice,
    boolean cancellation,
    String country) implements ParsedLine {

  /** A record of a source with one amount per transaction and no country (the bank's layout). */
  public CleanRecord(String transactionId, String customerId, LocalDate customerDob, String gender, String location,
      Double accountBalance, LocalDate transactionDate, String transactionTime, Instant transactionTs,
      int transactionHour, double amount, boolean dobPlaceholder, boolean dobMissing, boolean dobInvalid,
      boolean genderUnknown, boolean locationMissing, boolean balanceMissing) {
    this(transactionId, customerId, customerDob, gender, location, accountBalance, transactionDate, transactionTime,
        transactionTs, transactionHour, amount, dobPlaceholder, dobMissing, dobInvalid, genderUnknown,
        locationMissing, balanceMissing, null, null, false, null);
  }
}
