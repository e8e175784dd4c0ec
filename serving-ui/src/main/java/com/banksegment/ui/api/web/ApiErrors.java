package com.banksegment.ui.api.web;

import com.banksegment.ui.api.domain.ApiProblem;
import com.banksegment.ui.api.domain.ScoreAnswers;
import com.banksegment.ui.lake.domain.ModelUnavailableException;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every refusal and failure of the API as JSON in the same shape; no stack trace or library message. */
@RestControllerAdvice(assignableTypes = ScoringApiController.class)
public class ApiErrors {
  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<ScoreAnswers.Error> problem(ApiProblem p) {
    return body(p.status(), p.code(), p.getMessage(), p.errors());
  }

  @ExceptionHandler(ModelUnavailableException.class)
  ResponseEntity<ScoreAnswers.Error> noModel(ModelUnavailableException e) {
    return body(503, "no_model", "No model is published yet: try again once a run is published.", List.of());
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ScoreAnswers.Error> denied(AccessDeniedException e) {
    return body(403, "forbidden", "This key may not use the scoring API.", List.of());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ScoreAnswers.Error> method(HttpRequestMethodNotSupportedException e) {
    return body(405, "method_not_allowed", "Use " + String.join(" or ", e.getSupportedMethods() == null
        ? new String[] {"GET"} : e.getSupportedMethods()) + " for this path.", List.of());
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<ScoreAnswers.Error> accept(HttpMediaTypeNotAcceptableException e) {
    return body(406, "not_acceptable", "The API answers in JSON only (Accept: application/json).", List.of());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ScoreAnswers.Error> unexpected(Exception e) {
    String reference = UUID.randomUUID().toString().substring(0, 8);
    LOG.error("API request failed (reference {})", reference, e);
    return body(500, "internal_error", "The request could not be handled. Reference for the support team: "
        + reference + ".", List.of());
  }

  static ResponseEntity<ScoreAnswers.Error> body(int status, String code, String message,
      List<ApiProblem.FieldError> errors) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
        .body(new ScoreAnswers.Error(code, message, errors));
  }
}
