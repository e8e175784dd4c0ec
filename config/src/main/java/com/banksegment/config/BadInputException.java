package com.banksegment.config;

/**
 * A problem of the whole input or of the user's request (file missing, header not recognised,
 * no rows, no customer table for the date...). The CLI prints the message as one line and exits
 * non-zero; the message names the file or field and what was expected.
 */
public final class BadInputException extends RuntimeException {
  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
