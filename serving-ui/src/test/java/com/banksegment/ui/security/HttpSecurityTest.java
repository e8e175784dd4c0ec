package com.banksegment.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.ui.SettingsConfiguration;
import com.banksegment.ui.base.ui.MainLayout;
import com.banksegment.ui.fixture.FixtureLake;
import com.banksegment.ui.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Over real HTTP: nothing but the sign-in page and static assets is served to an anonymous visitor. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class HttpSecurityTest {
  @LocalServerPort
  int port;

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add(SettingsConfiguration.OVERRIDES + "[0]", () -> "segment.lake.root=" + FixtureLake.shared().root());
    registry.add(SettingsConfiguration.OVERRIDES + "[1]", () -> "segment.ui.users=" + TestUsers.CONFIG);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void everyRouteRedirectsAnAnonymousVisitorToTheSignInPage() throws Exception {
    List<String> paths = new ArrayList<>();
    MainLayout.NAVIGATION.forEach(e -> paths.add("/" + e.path()));
    paths.addAll(List.of("/overview", "/customers?id=C1000001", "/VAADIN/dynamic/resource/0/x/scored.csv", "/actuator/health"));
    for (String path : paths) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(302);
      assertThat(response.headers().firstValue("Location")).as(path).hasValue("http://localhost:" + port + "/login");
    }
  }

  @Test
  void theSignInPageIsServedToEveryone() throws Exception {
    HttpResponse<String> login = get("/login");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("<html");
  }

  @Test
  void aWrongPasswordIsRefused() throws Exception {
    HttpResponse<String> page = get("/login");
    String cookie = page.headers().firstValue("Set-Cookie").map(c -> c.split(";")[0]).orElse("");
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + TestUsers.ANALYST + "&password=wrong")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login?error");
  }
}
