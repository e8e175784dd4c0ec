package com.banksegment.ui.batch.domain;

/** An upload refused as a whole (not a CSV, too large, no usable header); the message says why and what is expected. */
public final class UploadRejectedException extends RuntimeException {
  public UploadRejectedException(String message) {
    super(message);
  }
}
