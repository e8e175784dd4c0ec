package com.banksegment.scorer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one Jackson configuration of the bundle format. */
final class BundleJson {
  /**
   * The ids of the optional parts a bundle may lack (parts added after format 1 that an older
   * bundle does not have): components marked {@code @JacksonInject(id, useInput = TRUE)} read the
   * JSON when it has them and are null otherwise, while every other part stays required. Jackson
   * wants one id per component.
   */
  static final String ABSENT_CLASSIFIER = "absent.classifier";
  static final String ABSENT_PROSPECTS = "absent.prospects";

  /**
   * Unknown properties are ignored so that a reader of format 1 can read a later bundle that only
   * added fields; a change a reader must understand bumps {@link ModelBundle#FORMAT_VERSION}.
   * Missing primitives are errors: a default 0 for, say, a variance would score silently wrong.
   */
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .injectableValues(new InjectableValues.Std().addValue(ABSENT_CLASSIFIER, null).addValue(ABSENT_PROSPECTS, null))
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .build();

  private BundleJson() {}
}
