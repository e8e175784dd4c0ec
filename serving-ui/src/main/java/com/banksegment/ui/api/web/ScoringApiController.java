package com.banksegment.ui.api.web;

import com.banksegment.config.SuiteSettings;
import com.banksegment.ui.api.domain.ApiProblem;
import com.banksegment.ui.api.domain.ScoreAnswers;
import com.banksegment.ui.api.domain.ScoreRequest;
import com.banksegment.ui.api.service.ScoringApiService;
import com.banksegment.ui.audit.service.AuditLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The scoring API for the bank's other systems. The body is read here, within the size limit,
 * and parsed by {@link ScoreRequest}, so a refusal always names the field in the predict form's
 * words and never passes on a parser's message.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "apiKey")
public class ScoringApiController {
  private final ScoringApiService service;
  private final AuditLog audit;
  private final int maxBytes;
  private final int maxCustomers;

  public ScoringApiController(ScoringApiService service, AuditLog audit, SuiteSettings settings) {
    this.service = service;
    this.audit = audit;
    this.maxBytes = settings.ui().api().maxBodyKb() * 1024;
    this.maxCustomers = settings.ui().api().maxCustomers();
  }

  @Operation(summary = "Segment of one customer or of a list",
      description = "A customer is {customer_id?, age, gender (F, M or U), balance, recency_days, frequency, monetary}; "
          + "send one object, a list, or {\"customers\": [...]}. The answer has one result per customer, in order: "
          + "the segment (nearest centre), its name and suggested action, the served classifier (the model stage's "
          + "best held-out weighted F1) and its probability of every segment, and the explanation: the runner-up "
          + "segment and the features that separate the two, in their own units. Nothing is scored when any "
          + "field is invalid: the 400 answer lists every field with its message.",
      requestBody = @RequestBody(required = true, content = @Content(mediaType = "application/json",
          examples = @ExampleObject(value = "{\"customer_id\": \"C1001\", \"age\": 34, \"gender\": \"F\", "
              + "\"balance\": 25000, \"recency_days\": 12, \"frequency\": 2, \"monetary\": 1850.5}"))),
      responses = {
          @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ScoreAnswers.Scored.class))),
          @ApiResponse(responseCode = "400", description = "malformed JSON or invalid fields",
              content = @Content(schema = @Schema(implementation = ScoreAnswers.Error.class))),
          @ApiResponse(responseCode = "401", description = "no or wrong API key"),
          @ApiResponse(responseCode = "413", description = "body or list too large"),
          @ApiResponse(responseCode = "415", description = "not application/json"),
          @ApiResponse(responseCode = "429", description = "rate limit reached (Retry-After says when to retry)"),
          @ApiResponse(responseCode = "503", description = "no published model")})
  @PostMapping(path = "/score", consumes = MediaType.ALL_VALUE)
  public ScoreAnswers.Scored score(HttpServletRequest request, Authentication caller) throws IOException {
    String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
    if (!type.startsWith(MediaType.APPLICATION_JSON_VALUE)) {
      throw new ApiProblem(415, "unsupported_media_type",
          "Send the customers as JSON with the header Content-Type: application/json.");
    }
    if (request.getContentLengthLong() > maxBytes) {
      throw tooLarge();
    }
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(maxBytes + 1);
    }
    if (body.length > maxBytes) {
      throw tooLarge();
    }
    ScoreRequest parsed = ScoreRequest.parse(body, maxCustomers, service.inputs());
    ScoreAnswers.Scored scored = service.score(parsed);
    audit.apiScoring(caller.getName(), request.getRemoteAddr(), 200, scored.results().size());
    return scored;
  }

  @Operation(summary = "The segments of the published run: id, name, suggested action, size")
  @GetMapping("/segments")
  public ScoreAnswers.Segments segments() {
    return service.segments();
  }

  private ApiProblem tooLarge() {
    return new ApiProblem(413, "payload_too_large", String.format(Locale.ROOT,
        "The body is larger than the limit of %,d KB (segment.ui.api.max-body-kb): send fewer customers per request.",
        maxBytes / 1024));
  }
}
