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
   * One customer's answer. {@code explanation} is the place for why the customer belongs to the
   * segment; it is always present and null until the explanation is built (a later issue).
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonPropertyOrder({"customer_id", "segment_id", "segment_name", "action", "probability", "probabilities",
      "explanation"})
  public record Result(String customerId, int segmentId, String segmentName, String action, double probability,
      List<Probability> probabilities, @JsonInclude(JsonInclude.Include.ALWAYS) Object explanation) {}

  /** The classifier's (Naive Bayes) probability of one segment. */
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
