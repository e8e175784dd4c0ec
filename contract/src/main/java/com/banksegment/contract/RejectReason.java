package com.banksegment.contract;

/**
 * Why a raw row went to the quarantine table (hard errors). The declaration order is the
 * contract's order: a row with several problems is quarantined once, under the first reason.
 */
public enum RejectReason {
  WRONG_COLUMN_COUNT,
  MISSING_TRANSACTION_ID,
  MISSING_CUSTOMER_ID,
  MISSING_TRANSACTION_DATE,
  BAD_TRANSACTION_DATE,
  BAD_TRANSACTION_TIME,
  BAD_AMOUNT,
  NEGATIVE_AMOUNT,
  DUPLICATE_TRANSACTION_ID
}
