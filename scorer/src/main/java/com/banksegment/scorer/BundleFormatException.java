package com.banksegment.scorer;

/** A model bundle that cannot be read or is inconsistent; the message names the field. */
public final class BundleFormatException extends RuntimeException {
  public BundleFormatException(String message) {
    super(message);
  }

  public BundleFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
