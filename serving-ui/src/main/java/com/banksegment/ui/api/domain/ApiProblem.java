package com.banksegment.ui.api.domain;

import java.util.List;

/**
 * A refused API request, as the JSON body of the answer: an HTTP status, a short code, one
 * sentence for a person and, for invalid customers, every field with its message.
 */
public final class ApiProblem extends RuntimeException {
  /** One refused field: where it is ({@code customers[2].balance}) and why. */
  public record FieldError(String field, String message) {}

  private final int status;
  private final String code;
  private final List<FieldError> errors;

  public ApiProblem(int status, String code, String message, List<FieldError> errors) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.errors = List.copyOf(errors);
  }

  public ApiProblem(int status, String code, String message) {
    this(status, code, message, List.of());
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
