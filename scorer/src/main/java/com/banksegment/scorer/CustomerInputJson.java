package com.banksegment.scorer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundle's JSON of a customer (a segment's {@code typicalCustomer}): the inputs it has, named
 * as format 1 named the six fields ({@code recencyDays, frequency, monetary, age, balance,
 * gender}). An input the model does not use is left out, so a six-input bundle reads and writes
 * exactly as before and a bundle of RFM only has three fields.
 */
final class CustomerInputJson {
  /** JSON field names, by canonical position (as {@link ModelBundle#FEATURES}). */
  static final List<String> FIELDS = List.of("recencyDays", "frequency", "monetary", "age", "balance", "gender");

  private CustomerInputJson() {}

  static final class Writer extends JsonSerializer<CustomerInput> {
    @Override
    public void serialize(CustomerInput c, JsonGenerator out, SerializerProvider provider) throws IOException {
      out.writeStartObject();
      for (String feature : c.features()) {
        int at = CustomerInput.position(feature);
        if (at == CustomerInput.GENDER) {
          out.writeFieldName(FIELDS.get(at));
          if (c.gender() == null) {
            out.writeNull();
          } else {
            out.writeString(c.gender().name());
          }
        } else {
          out.writeNumberField(FIELDS.get(at), c.at(at));
        }
      }
      out.writeEndObject();
    }
  }

  static final class Reader extends JsonDeserializer<CustomerInput> {
    @Override
    public CustomerInput deserialize(JsonParser in, DeserializationContext ctxt) throws IOException {
      JsonNode node = ctxt.readTree(in);
      if (!node.isObject()) {
        return ctxt.reportInputMismatch(CustomerInput.class, "a customer must be an object with the fields %s", FIELDS);
      }
      List<String> features = new ArrayList<>();
      for (int at = 0; at < FIELDS.size(); at++) {
        if (node.has(FIELDS.get(at))) {
          features.add(ModelBundle.FEATURES.get(at));
        }
      }
      if (!features.containsAll(ModelBundle.REQUIRED_FEATURES)) {
        return ctxt.reportInputMismatch(CustomerInput.class,
            "a customer needs recencyDays, frequency and monetary (found %s)", fieldNames(node));
      }
      CustomerInput.Builder b = CustomerInput.forFeatures(features);
      for (String feature : features) {
        int at = CustomerInput.position(feature);
        JsonNode v = node.get(FIELDS.get(at));
        if (at == CustomerInput.GENDER) {
          b.gender(v.isNull() ? null : genderOf(v, ctxt));
        } else if (v.isNumber()) {
          b.set(feature, v.doubleValue());
        } else {
          return ctxt.reportInputMismatch(CustomerInput.class, "customer field %s = %s: expected a number",
              FIELDS.get(at), v);
        }
      }
      return b.build();
    }

    private static List<String> fieldNames(JsonNode node) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      return names;
    }

    private static Gender genderOf(JsonNode v, DeserializationContext ctxt) throws IOException {
      try {
        return Gender.valueOf(v.asText());
      } catch (IllegalArgumentException e) {
        return ctxt.reportInputMismatch(CustomerInput.class, "customer field gender = %s: expected M, F or U", v);
      }
    }
  }
}
