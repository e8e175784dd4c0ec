package com.banksegment.scorer;

import java.util.List;
import java.util.stream.Collectors;

/** A customer that cannot be scored; the message lists every bad field on one line. */
public final class InvalidCustomerException extends IllegalArgumentException {
  private final List<InputProblem> problems;

  public InvalidCustomerException(List<InputProblem> problems) {
    super("invalid customer: " + problems.stream().map(InputProblem::describe).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public InvalidCustomerException(InputProblem problem) {
    this(List.of(problem));
  }

  /** The bad fields, for forms that show each message beside its field. */
  public List<InputProblem> problems() {
    return problems;
  }
}
