package com.banksegment.config;

/**
 * A setting is missing or has a value the suite cannot use: bad input like any other, so it
 * stops a run with exit code 2. The message names the key, the value and what is expected.
 */
public final class SettingsException extends BadInputException {
  public SettingsException(String message) {
    super(message);
  }
}
