package com.banksegment.ui.api.web;

import com.banksegment.ui.api.domain.ScoreAnswers;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** Writes the API's JSON refusal from filters, where no controller advice applies. */
public final class JsonAnswers {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonAnswers() {}

  public static void write(HttpServletResponse response, int status, String code, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getOutputStream(), new ScoreAnswers.Error(code, message, List.of()));
  }
}
