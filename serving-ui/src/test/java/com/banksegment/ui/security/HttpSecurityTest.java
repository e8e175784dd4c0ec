package com.banksegment.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.ui.SettingsConfiguration;
import com.banksegment.ui.audit.service.AuditLog;
import com.banksegment.ui.base.ui.MainLayout;
import com.banksegment.ui.fixture.FixtureLake;
import com.banksegment.ui.support.TestUsers;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Over real HTTP: nothing but the sign-in page and static assets is served to an anonymous
 * visitor; the sign-in needs the CSRF token of the page, is throttled per user and per client
 * address and audited; pages carry a Content-Security-Policy; the session cookie is Secure when
 * the request came over TLS through a trusted proxy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class HttpSecurityTest {
  @LocalServerPort
  int port;

  @Autowired
  AuditLog audit;

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add(SettingsConfiguration.OVERRIDES + "[0]", () -> "segment.lake.root=" + FixtureLake.shared().root());
    registry.add(SettingsConfiguration.OVERRIDES + "[1]", () -> "segment.ui.users=" + TestUsers.CONFIG);
    registry.add(SettingsConfiguration.OVERRIDES + "[2]", () -> "segment.ui.audit-log=target/audit/http-security.log");
    registry.add(SettingsConfiguration.OVERRIDES + "[3]", () -> "segment.ui.sign-in.max-failures-per-user=5");
    registry.add(SettingsConfiguration.OVERRIDES + "[4]", () -> "segment.ui.sign-in.max-failures-per-address=12");
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The sign-in page's session cookie and the CSRF token it carries in its meta tags. */
  private record SignInPage(String cookie, String csrfParameter, String csrfToken) {}

  private SignInPage signInPage(String... headers) throws Exception {
    HttpResponse<String> page = get("/login", headers);
    String cookie = page.headers().firstValue("Set-Cookie").map(c -> c.split(";")[0]).orElse("");
    return new SignInPage(cookie, meta(page.body(), "_csrf_parameter"), meta(page.body(), "_csrf"));
  }

  private static String meta(String html, String name) {
    Matcher m = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]*)\"").matcher(html);
    return m.find() ? m.group(1) : null;
  }

  private HttpResponse<String> postLogin(SignInPage page, String user, String password, boolean withToken,
      String... headers) throws Exception {
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    if (withToken) {
      form += "&" + page.csrfParameter() + "=" + URLEncoder.encode(page.csrfToken(), StandardCharsets.UTF_8);
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", page.cookie())
        .POST(HttpRequest.BodyPublishers.ofString(form));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void everyRouteRedirectsAnAnonymousVisitorToTheSignInPage() throws Exception {
    List<String> paths = new ArrayList<>();
    MainLayout.NAVIGATION.forEach(e -> paths.add("/" + e.path()));
    paths.addAll(List.of("/overview", "/customers?id=C1000001", "/VAADIN/dynamic/resource/0/x/scored.csv", "/actuator/health",
        "/v3/api-docs", "/swagger-ui.html"));
    for (String path : paths) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(302);
      assertThat(response.headers().firstValue("Location")).as(path).hasValue("http://localhost:" + port + "/login");
    }
  }

  @Test
  void theSignInPageIsServedToEveryoneWithAContentSecurityPolicyAndAFavicon() throws Exception {
    HttpResponse<String> login = get("/login");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("<html", "icons/favicon.svg");
    assertThat(login.headers().firstValue("Content-Security-Policy")).hasValue(SecurityConfiguration.PAGE_CSP);
    assertThat(SecurityConfiguration.PAGE_CSP).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
    HttpResponse<String> icon = get("/icons/favicon.svg");
    assertThat(icon.statusCode()).isEqualTo(200);
    assertThat(icon.body()).startsWith("<svg");
  }

  @Test
  void aSignInWithoutTheCsrfTokenOfThePageIsRefused() throws Exception {
    SignInPage page = signInPage();
    assertThat(page.csrfToken()).as("the page carries the token for the login form").isNotBlank();
    long before = successes(TestUsers.VIEWER);
    HttpResponse<String> forged = postLogin(page, TestUsers.VIEWER, TestUsers.VIEWER_PASSWORD, false);
    assertThat(forged.headers().firstValue("Location").orElse("")).as("the right password, but no token")
        .endsWith("/login");
    assertThat(successes(TestUsers.VIEWER)).as("no sign-in was even attempted").isEqualTo(before);
    String forgedCookie = forged.headers().firstValue("Set-Cookie").map(c -> c.split(";")[0]).orElse(page.cookie());
    assertThat(get("/", "Cookie", forgedCookie).headers().firstValue("Location").orElse(""))
        .as("not signed in").endsWith("/login");
    HttpResponse<String> real = postLogin(page, TestUsers.VIEWER, TestUsers.VIEWER_PASSWORD, true);
    assertThat(real.statusCode()).isEqualTo(302);
    assertThat(real.headers().firstValue("Location").orElse("")).doesNotContain("error").doesNotEndWith("/login");
    assertThat(successes(TestUsers.VIEWER)).isEqualTo(before + 1);
  }

  private long successes(String user) throws Exception {
    return Files.exists(audit.file()) ? Files.readAllLines(audit.file()).stream()
        .filter(l -> l.contains("outcome=\"success\" user=\"" + user + "\"")).count() : 0;
  }

  @Test
  void aWrongPasswordIsRefusedAndAudited() throws Exception {
    SignInPage page = signInPage();
    HttpResponse<String> response = postLogin(page, TestUsers.ANALYST, "wrong", true);
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login?error");
    assertThat(Files.readString(audit.file())).contains("event=sign-in outcome=\"failure\" user=\"" + TestUsers.ANALYST + "\"")
        .doesNotContain("password=", "wrong\"");
  }

  @Test
  void afterFiveWrongPasswordsEvenTheRightOneIsRefusedForAWhile() throws Exception {
    String user = "throttled-" + System.nanoTime();
    String address = "203.0.113.7";
    for (int i = 0; i < 5; i++) {
      assertThat(postLogin(signInPage(), user, "guess-" + i, true, "X-Forwarded-For", address)
          .headers().firstValue("Location").orElse("")).endsWith("/login?error");
    }
    // The viewer's own password from another address: the user name is locked, not the address.
    HttpResponse<String> locked = postLogin(signInPage(), user, "anything", true, "X-Forwarded-For", "203.0.113.8");
    assertThat(locked.headers().firstValue("Location").orElse("")).endsWith("/login?error");
    String log = Files.readString(audit.file());
    assertThat(log).contains("user=\"" + user + "\" address=\"203.0.113.8\" reason=\"locked for another");

    // A real user: locked out after five failures, the right password too.
    String viewerAddress = "198.51.100.9";
    for (int i = 0; i < 5; i++) {
      postLogin(signInPage(), TestUsers.VIEWER, "wrong-" + i, true, "X-Forwarded-For", viewerAddress);
    }
    HttpResponse<String> right = postLogin(signInPage(), TestUsers.VIEWER, TestUsers.VIEWER_PASSWORD, true,
        "X-Forwarded-For", viewerAddress);
    assertThat(right.headers().firstValue("Location").orElse("")).endsWith("/login?error");
  }

  @Test
  void oneAddressGuessingManyUsersIsLockedOutToo() throws Exception {
    String address = "192.0.2.44";
    for (int i = 0; i < 12; i++) {
      postLogin(signInPage(), "nobody-" + i, "guess", true, "X-Forwarded-For", address);
    }
    HttpResponse<String> next = postLogin(signInPage(), TestUsers.ANALYST, TestUsers.ANALYST_PASSWORD, true,
        "X-Forwarded-For", address);
    assertThat(next.headers().firstValue("Location").orElse("")).as("the address is locked").endsWith("/login?error");
    assertThat(Files.readString(audit.file())).contains("user=\"" + TestUsers.ANALYST + "\" address=\"" + address
        + "\" reason=\"locked for another");
  }

  @Test
  void aSuccessfulSignInIsAuditedWithoutThePassword() throws Exception {
    HttpResponse<String> ok = postLogin(signInPage(), TestUsers.ANALYST, TestUsers.ANALYST_PASSWORD, true);
    assertThat(ok.headers().firstValue("Location").orElse("")).doesNotContain("error");
    String log = Files.readString(audit.file());
    assertThat(log).contains("event=sign-in outcome=\"success\" user=\"" + TestUsers.ANALYST + "\"")
        .doesNotContain(TestUsers.ANALYST_PASSWORD);
  }

  @Test
  void theSessionCookieIsSecureWhenTheRequestCameOverTls() throws Exception {
    HttpResponse<String> plain = get("/login");
    assertThat(plain.headers().firstValue("Set-Cookie").orElse("")).doesNotContain("Secure");
    HttpResponse<String> tls = get("/login", "X-Forwarded-Proto", "https");
    assertThat(tls.headers().firstValue("Set-Cookie").orElse("")).contains("Secure", "HttpOnly");
  }
}
