package com.banksegment.config;

/**
 * Bad input: a problem of the whole input or of the user's request (file missing, header not
 * recognised, no rows, no customer table for the date, a setting with a wrong value). Retrying
 * does not help; the CLI prints the message as one line and exits with 2. The message names the
 * file, field or key and what was expected. Everything else that stops a stage is a failure of
 * the job (exit 1).
 */
public class BadInputException extends RuntimeException {
  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
