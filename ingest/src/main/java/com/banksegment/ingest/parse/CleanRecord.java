package com.banksegment.ingest.parse;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One typed transaction of clean/transactions (docs/data-contract.md), before the source file
 * and line are attached. Nullable fields are null exactly when their soft flag is set
 * (customerDob when any of the three DOB flags is set).
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
    boolean balanceMissing) implements ParsedLine {}
