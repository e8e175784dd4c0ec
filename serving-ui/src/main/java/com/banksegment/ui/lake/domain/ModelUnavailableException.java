package com.banksegment.ui.lake.domain;

/**
 * No model can be served: no run published yet, or the published run cannot be read. The
 * message says what is missing and what to do, in words a business user can pass on.
 */
public final class ModelUnavailableException extends RuntimeException {
  public ModelUnavailableException(String message) {
    super(message);
  }
}
