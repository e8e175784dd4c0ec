package com.banksegment.ui.api.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** The JSON answers of the scoring API (snake_case field names). */
public final class ScoreAnswers {
  private ScoreAnswers() {}

  /** {@code POST /api/v1/score}: one result per customer, in the order given. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Scored(String runDate, String model, List<Result> results) {}

  /**
   * One customer's answer. {@code probability} and {@code probabilities} are the served classifier's
   * ({@code classifier}: gaussian_naive_bayes, decision_tree or logistic_regression); {@code
   * explanation} says why the customer is in the segment rather than the runner-up.
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonPropertyOrder({"customer_id", "segment_id", "segment_name", "action", "classifier", "probability",
      "probabilities", "explanation"})
  public record Result(String customerId, int segmentId, String segmentName, String action, String classifier,
      double probability, List<Probability> probabilities, @JsonInclude(JsonInclude.Include.ALWAYS) Why explanation) {}

  /** The runner-up segment (second-nearest centre; null id when the model has one segment) and the reasons. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Why(Integer runnerUpSegmentId, String runnerUpSegmentName, List<Reason> reasons) {}

  /**
   * A feature that puts the customer in its segment rather than the runner-up: the customer's value
   * and both segment centres' values in the feature's own units, its share of the difference of
   * squared distances, and the sentence the web app shows.
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Reason(String feature, double customer, double segmentTypical, double runnerUpTypical, double share,
      String text) {}

  /** The served classifier's probability of one segment. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Probability(int segmentId, String segmentName, double probability) {}

  /** {@code GET /api/v1/segments}. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Segments(String runDate, String model, List<Segment> segments) {}

  /** One segment of the published run. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Segment(int segmentId, String name, String action, long customers, double share,
      String dominantRfmSegment) {}

  /** A refusal: a short code, a sentence, and the refused fields (possibly none). */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Error(String error, String message, List<ApiProblem.FieldError> errors) {}
}
