package com.banksegment.ui.api.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and the authentication of the OpenAPI description springdoc serves at /api/v1/openapi. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {
  @Bean
  OpenAPI scoringApi() {
    return new OpenAPI()
        .info(new Info().title("Customer segmentation scoring API").version("1")
            .description("Places customers in the segments of the published model run. Every request needs an API "
                + "key (Authorization: Bearer <key>, or X-API-Key) of the role scoring; keys are rate-limited "
                + "(429 with Retry-After). Errors are JSON: {error, message, errors: [{field, message}]}."))
        .components(new Components().addSecuritySchemes("apiKey", new SecurityScheme()
            .type(SecurityScheme.Type.HTTP).scheme("bearer").description("An API key from segment.ui.api-keys")));
  }
}
