package com.banksegment.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.scorer.CustomerInput;
import com.banksegment.scorer.Gender;
import com.banksegment.scorer.ScoreResult;
import com.banksegment.ui.SettingsConfiguration;
import com.banksegment.ui.audit.service.AuditLog;
import com.banksegment.ui.fixture.FixtureLake;
import com.banksegment.ui.lake.service.PublishedRuns;
import com.banksegment.ui.scoring.domain.InputRules;
import com.banksegment.ui.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The scoring API over real HTTP: keys, validation in the form's words, limits, JSON errors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class ScoringApiTest {
  static final String KEY = "crm-key-0123456789abcdef0123456789abcdef";
  static final String BCRYPT_KEY = "etl-key-fedcba9876543210fedcba9876543210";
  static final String LIMITED_KEY = "limited-key-55555555555555555555555555";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;

  @Autowired
  PublishedRuns runs;

  @Autowired
  AuditLog audit;

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add(SettingsConfiguration.OVERRIDES + "[0]", () -> "segment.lake.root=" + FixtureLake.shared().root());
    registry.add(SettingsConfiguration.OVERRIDES + "[1]", () -> "segment.ui.users=" + TestUsers.CONFIG);
    registry.add(SettingsConfiguration.OVERRIDES + "[2]", () -> "segment.ui.api-keys=[{name=crm, key-sha256=\""
        + sha256(KEY) + "\", role=scoring}, {name=etl, key-bcrypt=\"" + new BCryptPasswordEncoder(4).encode(BCRYPT_KEY)
        + "\", role=scoring}, {name=limited, key-sha256=\"" + sha256(LIMITED_KEY) + "\", role=scoring}]");
    registry.add(SettingsConfiguration.OVERRIDES + "[3]", () -> "segment.ui.api.max-body-kb=16");
    registry.add(SettingsConfiguration.OVERRIDES + "[4]", () -> "segment.ui.api.max-customers=50");
    registry.add(SettingsConfiguration.OVERRIDES + "[5]", () -> "segment.ui.api.requests-per-minute=40");
    registry.add(SettingsConfiguration.OVERRIDES + "[6]", () -> "segment.ui.audit-log=target/audit/scoring-api.log");
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> post(String path, String key, String contentType, String body) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      r.header("Content-Type", contentType);
    }
    if (key != null) {
      r.header("Authorization", "Bearer " + key);
    }
    return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> score(String body) throws Exception {
    return post("/api/v1/score", KEY, "application/json", body);
  }

  private HttpResponse<String> get(String path, String key) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (key != null) {
      r.header("X-API-Key", key);
    }
    return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    return JSON.readTree(r.body());
  }

  @Test
  void oneCustomerGetsTheScorersSegmentActionProbabilitiesAndAnExplanationField() throws Exception {
    HttpResponse<String> r = score("{\"customer_id\": \"C1\", \"age\": 34, \"gender\": \"F\", \"balance\": 25000,"
        + " \"recency_days\": 12, \"frequency\": 2, \"monetary\": 1850.5}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode result = json(r).path("results").get(0);
    ScoreResult expected = runs.current().scorer().score(new CustomerInput(12, 2, 1850.5, 34, 25000, Gender.F));
    assertThat(result.path("customer_id").asText()).isEqualTo("C1");
    assertThat(result.path("segment_id").asInt()).isEqualTo(expected.clusterId());
    assertThat(result.path("segment_name").asText()).isEqualTo(expected.clusterName());
    assertThat(result.path("action").asText()).isEqualTo(expected.action());
    assertThat(result.path("probabilities")).hasSize(expected.clusters().size());
    double sum = 0;
    for (JsonNode p : result.path("probabilities")) {
      sum += p.path("probability").asDouble();
    }
    assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(result.path("classifier").asText()).isEqualTo(runs.current().bundle().servedClassifier());
    JsonNode why = result.path("explanation");
    assertThat(why.path("runner_up_segment_id").asInt()).isNotEqualTo(result.path("segment_id").asInt());
    assertThat(why.path("reasons")).isNotEmpty();
    assertThat(why.path("reasons").get(0).path("text").asText()).contains("against a segment typical of");
    assertThat(json(r).path("run_date").asText()).isEqualTo("2016-10-21");
    assertThat(Files.readString(audit.file())).contains("event=api-scoring key=\"crm\"", "status=200 customers=1");
  }

  @Test
  void aListIsScoredInOrderAndABcryptKeyWorksToo() throws Exception {
    String list = "{\"customers\": [{\"age\": 30, \"gender\": \"M\", \"balance\": 100, \"recency_days\": 1,"
        + " \"frequency\": 1, \"monetary\": 10}, {\"customer_id\": \"B\", \"age\": 70, \"gender\": \"u\","
        + " \"balance\": 900000, \"recency_days\": 60, \"frequency\": 3, \"monetary\": 40000}]}";
    HttpResponse<String> r = post("/api/v1/score", BCRYPT_KEY, "application/json; charset=utf-8", list);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode results = json(r).path("results");
    assertThat(results).hasSize(2);
    assertThat(results.get(0).path("customer_id").isNull()).isTrue();
    assertThat(results.get(1).path("segment_id").asInt()).isEqualTo(runs.current().scorer()
        .score(new CustomerInput(60, 3, 40000, 70, 900000, Gender.U)).clusterId());
  }

  @Test
  void theSegmentsAreListed() throws Exception {
    HttpResponse<String> r = get("/api/v1/segments", KEY);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode segments = json(r).path("segments");
    assertThat(segments).hasSize(runs.current().segments().size());
    assertThat(segments.get(0).has("action")).isTrue();
  }

  @Test
  void malformedJsonIsRefusedWithLineAndColumnAndNoParserText() throws Exception {
    HttpResponse<String> r = score("{\"age\": 34,\n \"gender\": F}");
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode body = json(r);
    assertThat(body.path("error").asText()).isEqualTo("malformed_json");
    assertThat(body.path("message").asText()).isEqualTo("The body is not valid JSON near line 2, column 14.");
    assertThat(r.body()).doesNotContain("Unrecognized token", "jackson", "Exception", "at [Source");
  }

  @Test
  void wrongTypesAndValuesAreRefusedFieldByFieldInTheFormsWords() throws Exception {
    HttpResponse<String> r = score("[{\"age\": \"thirty\", \"gender\": \"F\", \"balance\": -1, \"recency_days\": 100000,"
        + " \"frequency\": 1.5, \"monetary\": true, \"nickname\": \"x\"}]");
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode body = json(r);
    assertThat(body.path("error").asText()).isEqualTo("invalid_input");
    var errors = new java.util.LinkedHashMap<String, String>();
    body.path("errors").forEach(e -> errors.put(e.path("field").asText(), e.path("message").asText()));
    assertThat(errors).containsEntry("[0].age", InputRules.WHOLE_NUMBER + " (a JSON number, not text)")
        .containsEntry("[0].balance", InputRules.BALANCE_NEGATIVE)
        .containsEntry("[0].recency_days", InputRules.RECENCY_LARGE)
        .containsEntry("[0].frequency", InputRules.WHOLE_NUMBER)
        .containsEntry("[0].monetary", InputRules.AMOUNT + " (a JSON number, not true/false)")
        .containsKey("[0].nickname");
    HttpResponse<String> fractional = score("{\"age\": 34.5, \"gender\": \"X\", \"balance\": 1, \"recency_days\": 1,"
        + " \"frequency\": 1, \"monetary\": 1}");
    assertThat(json(fractional).path("errors")).extracting(e -> e.path("field").asText() + ": " + e.path("message").asText())
        .containsExactly("age: " + InputRules.WHOLE_NUMBER, "gender: " + InputRules.GENDER_INVALID);
    HttpResponse<String> missing = score("{\"customers\": [{\"age\": 40}]}");
    JsonNode m = json(missing);
    assertThat(m.path("errors")).extracting(e -> e.path("field").asText() + ": " + e.path("message").asText())
        .contains("customers[0].gender: " + InputRules.GENDER_MISSING, "customers[0].balance: " + InputRules.BALANCE_MISSING,
            "customers[0].recency_days: " + InputRules.RECENCY_MISSING);
  }

  @Test
  void oversizedBodiesAndListsAndOtherMediaTypesAreRefused() throws Exception {
    String customer = "{\"age\": 30, \"gender\": \"M\", \"balance\": 100, \"recency_days\": 1, \"frequency\": 1,"
        + " \"monetary\": 10}";
    StringBuilder big = new StringBuilder("[");
    while (big.length() < 20 * 1024) {
      big.append(customer).append(',');
    }
    big.append(customer).append(']');
    HttpResponse<String> tooBig = score(big.toString());
    assertThat(tooBig.statusCode()).isEqualTo(413);
    assertThat(json(tooBig).path("message").asText()).contains("larger than the limit of 16 KB");
    StringBuilder many = new StringBuilder("[");
    for (int i = 0; i < 60; i++) {
      many.append(i == 0 ? "" : ",").append("{\"age\":1,\"gender\":\"M\",\"balance\":1,\"recency_days\":1,\"frequency\":1,\"monetary\":1}");
    }
    HttpResponse<String> tooMany = score(many.append(']').toString());
    assertThat(tooMany.statusCode()).isEqualTo(413);
    assertThat(json(tooMany).path("error").asText()).isEqualTo("too_many_customers");
    HttpResponse<String> text = post("/api/v1/score", KEY, "text/plain", customer);
    assertThat(text.statusCode()).isEqualTo(415);
    assertThat(json(text).path("message").asText()).contains("Content-Type: application/json");
  }

  @Test
  void missingOrWrongKeysAreRefusedAndASignedInSessionIsNoKey() throws Exception {
    HttpResponse<String> none = post("/api/v1/score", null, "application/json", "{}");
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(json(none).path("message").asText()).startsWith("An API key is required");
    assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    HttpResponse<String> wrong = post("/api/v1/score", "not-a-key", "application/json", "{}");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(json(wrong).path("message").asText()).isEqualTo("The API key is not valid.");
    assertThat(get("/api/v1/segments", null).statusCode()).isEqualTo(401);
    assertThat(get("/api/v1/openapi", null).statusCode()).isEqualTo(401);
    assertThat(wrong.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'");
  }

  @Test
  void theOpenApiDescriptionIsServedToKeyHolders() throws Exception {
    HttpResponse<String> r = get("/api/v1/openapi", KEY);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode doc = JSON.readTree(r.body());
    assertThat(doc.path("openapi").asText()).startsWith("3.");
    assertThat(doc.path("paths").has("/api/v1/score")).isTrue();
    assertThat(doc.path("paths").has("/api/v1/segments")).isTrue();
    assertThat(doc.path("components").path("securitySchemes").has("apiKey")).isTrue();
  }

  @Test
  void aKeyOverItsRateLimitGets429WithRetryAfter() throws Exception {
    int refused = 0;
    HttpResponse<String> last = null;
    for (int i = 0; i < 45 && refused == 0; i++) {
      last = get("/api/v1/segments", LIMITED_KEY);
      if (last.statusCode() == 429) {
        refused = i + 1;
      }
    }
    assertThat(refused).as("the 41st request within the minute is refused").isBetween(41, 42);
    assertThat(last.headers().firstValue("Retry-After")).isPresent();
    assertThat(json(last).path("error").asText()).isEqualTo("too_many_requests");
    // Another key is not affected.
    assertThat(get("/api/v1/segments", KEY).statusCode()).isEqualTo(200);
  }
}
