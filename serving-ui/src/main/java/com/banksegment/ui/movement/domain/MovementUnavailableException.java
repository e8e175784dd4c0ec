package com.banksegment.ui.movement.domain;

/** The run's movement tables exist but cannot be read; the message is one plain sentence for the page. */
public class MovementUnavailableException extends RuntimeException {
  public MovementUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
