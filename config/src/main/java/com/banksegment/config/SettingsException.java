package com.banksegment.config;

/** A setting is missing or has a value the suite cannot use; the message names the key, the value and what is expected. */
public final class SettingsException extends RuntimeException {
  public SettingsException(String message) {
    super(message);
  }
}
