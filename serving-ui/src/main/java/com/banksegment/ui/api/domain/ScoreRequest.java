package com.banksegment.ui.api.domain;

import com.banksegment.scorer.CustomerInput;
import com.banksegment.ui.api.domain.ApiProblem.FieldError;
import com.banksegment.ui.scoring.domain.InputRules;
import com.banksegment.ui.scoring.domain.InputRules.FieldProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The body of {@code POST /api/v1/score}: one customer (a JSON object), a list (an array), or
 * {@code {"customers": [...]}}. Every customer is checked with the predict form's rules
 * ({@link InputRules}) and messages; a refusal names each field ({@code customers[1].age}) and
 * never passes on the JSON parser's own text.
 */
public record ScoreRequest(List<Item> customers) {
  /** One customer to score: the caller's reference (may be null) and the model inputs. */
  public record Item(String customerId, CustomerInput input) {}

  public static final String CUSTOMER_ID = "customer_id";
  public static final Set<String> FIELDS = Set.of(CUSTOMER_ID, "age", "gender", "balance", "recency_days", "frequency",
      "monetary");
  static final int MAX_ID_LENGTH = 64;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Parses for a model of all six inputs. */
  public static ScoreRequest parse(byte[] body, int maxCustomers) {
    return parse(body, maxCustomers, com.banksegment.scorer.ModelBundle.FEATURES);
  }

  /**
   * Parses for a model of these inputs (the published bundle's): a field of another known input
   * (age for a model of RFM only) may be given and is type-checked but not required or used.
   */
  public static ScoreRequest parse(byte[] body, int maxCustomers, List<String> inputs) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      var where = e.getLocation();
      throw new ApiProblem(400, "malformed_json", where == null ? "The body is not valid JSON."
          : String.format(Locale.ROOT, "The body is not valid JSON near line %d, column %d.", where.getLineNr(),
              where.getColumnNr()));
    } catch (java.io.IOException e) {
      throw new ApiProblem(400, "malformed_json", "The body is not valid JSON.");
    }
    if (root == null || root.isMissingNode()) {
      throw new ApiProblem(400, "empty_body", "The body is empty: expected a customer as a JSON object, or a list.");
    }
    List<JsonNode> items = new ArrayList<>();
    String prefix;
    if (root.isArray()) {
      root.forEach(items::add);
      prefix = "";
    } else if (root.isObject() && root.has("customers") && root.size() == 1) {
      if (!root.get("customers").isArray()) {
        throw new ApiProblem(400, "invalid_input", "customers must be a list of customers.",
            List.of(new FieldError("customers", "Expected a list (a JSON array) of customers")));
      }
      root.get("customers").forEach(items::add);
      prefix = "customers";
    } else if (root.isObject()) {
      items.add(root);
      prefix = null;
    } else {
      throw new ApiProblem(400, "invalid_input", "Expected a customer (a JSON object) or a list of customers.");
    }
    if (items.isEmpty()) {
      throw new ApiProblem(400, "invalid_input", "The list has no customers: expected at least one.");
    }
    if (items.size() > maxCustomers) {
      throw new ApiProblem(413, "too_many_customers", String.format(Locale.ROOT,
          "The request has %,d customers: at most %,d in one request (segment.ui.api.max-customers).", items.size(),
          maxCustomers));
    }
    List<Item> out = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String at = prefix == null ? "" : prefix + "[" + i + "].";
      out.add(item(items.get(i), at, errors, inputs));
    }
    if (!errors.isEmpty()) {
      throw new ApiProblem(400, "invalid_input", errors.size() == 1 ? "One field is invalid: nothing was scored."
          : errors.size() + " fields are invalid: nothing was scored.", errors);
    }
    return new ScoreRequest(List.copyOf(out));
  }

  private static Item item(JsonNode node, String at, List<FieldError> errors, List<String> inputs) {
    if (!node.isObject()) {
      errors.add(new FieldError(at.isEmpty() ? "(body)" : at.substring(0, at.length() - 1),
          "Expected a customer (a JSON object)"));
      return null;
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        errors.add(new FieldError(at + name, "Unknown field: expected " + String.join(", ", ordered())));
      }
    }
    int before = errors.size();
    String id = text(node, CUSTOMER_ID, at, errors);
    if (id != null && id.length() > MAX_ID_LENGTH) {
      errors.add(new FieldError(at + CUSTOMER_ID, "At most " + MAX_ID_LENGTH + " characters"));
    }
    Double age = number(node, "age", at, errors, InputRules.WHOLE_NUMBER);
    String gender = text(node, "gender", at, errors);
    Double balance = number(node, "balance", at, errors, InputRules.AMOUNT);
    Double recency = number(node, "recency_days", at, errors, InputRules.WHOLE_NUMBER);
    Double frequency = number(node, "frequency", at, errors, InputRules.WHOLE_NUMBER);
    Double monetary = number(node, "monetary", at, errors, InputRules.AMOUNT);
    List<String> typed = errors.subList(before, errors.size()).stream().map(FieldError::field).toList();
    String genderCode = gender == null ? null : gender.trim().toUpperCase(Locale.ROOT);
    for (FieldProblem p : InputRules.check(inputs, age, genderCode, balance, recency, frequency, monetary)) {
      if (!typed.contains(at + p.field())) {
        errors.add(new FieldError(at + p.field(), p.message()));
      }
    }
    if (errors.size() > before) {
      return null;
    }
    return new Item(id, InputRules.input(inputs, age, genderCode, balance, recency, frequency, monetary));
  }

  private static List<String> ordered() {
    return List.of(CUSTOMER_ID, "age", "gender", "balance", "recency_days", "frequency", "monetary");
  }

  private static Double number(JsonNode node, String field, String at, List<FieldError> errors, String typeMessage) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isNumber()) {
      errors.add(new FieldError(at + field, typeMessage + " (a JSON number, not " + kind(v) + ")"));
      return null;
    }
    return v.doubleValue();
  }

  private static String text(JsonNode node, String field, String at, List<FieldError> errors) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      errors.add(new FieldError(at + field, "Expected text (a JSON string), not " + kind(v)));
      return null;
    }
    return v.asText();
  }

  private static String kind(JsonNode v) {
    return switch (v.getNodeType()) {
      case STRING -> "text";
      case BOOLEAN -> "true/false";
      case ARRAY -> "a list";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      default -> "this value";
    };
  }
}
