package com.banksegment.ui.security;

import com.banksegment.config.SuiteSettings;
import com.banksegment.ui.api.service.ApiKeys;
import com.banksegment.ui.api.service.RateLimiter;
import com.banksegment.ui.api.web.ApiKeyFilter;
import com.banksegment.ui.audit.service.AuditLog;
import com.banksegment.ui.security.service.LoginThrottle;
import com.banksegment.ui.security.service.ThrottledAuthenticationProvider;
import com.banksegment.ui.security.service.UserAccounts;
import com.banksegment.ui.security.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two doors. The scoring API ({@code /api/**}): stateless, an API key per request, its own role,
 * rate-limited, JSON answers. The pages: form login on the Vaadin login view, with the login POST
 * protected by Spring's CSRF token (Vaadin's own requests carry Vaadin's token), sign-in
 * throttling and an audit line per attempt; every route needs a signed-in user and Vaadin's view
 * access control checks each view's roles. Both send a Content-Security-Policy.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(securedEnabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfiguration {
  /**
   * What the pages may load: only this origin. Vaadin's client needs inline scripts (its
   * bootstrap) and eval (executeJs), and inline styles (Lumo and element styles).
   */
  public static final String PAGE_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
      + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
      + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
  public static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

  @Bean
  @Order(1)
  SecurityFilterChain apiFilterChain(HttpSecurity http, SuiteSettings settings, PasswordEncoder encoder,
      AuditLog audit, Clock clock) throws Exception {
    int perMinute = settings.ui().api().requestsPerMinute();
    ApiKeyFilter keys = new ApiKeyFilter(new ApiKeys(settings.ui().apiKeys(), encoder),
        new RateLimiter(perMinute, clock), new RateLimiter(perMinute, clock), audit);
    http.securityMatcher("/api/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .anonymous(anonymous -> anonymous.disable())
        .addFilterBefore(keys, AuthorizationFilter.class)
        .authorizeHttpRequests(a -> a.anyRequest().hasRole("SCORING"))
        .exceptionHandling(e -> e
            .authenticationEntryPoint((request, response, ex) -> ApiKeyFilterResponses.unauthorized(response))
            .accessDeniedHandler((request, response, ex) -> ApiKeyFilterResponses.forbidden(response)))
        .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(API_CSP)));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil requestUtil) throws Exception {
    // Vaadin's configurer would exempt the login POST from CSRF; the token is required here
    // instead (the login form sends the one Vaadin puts in the page's meta tags).
    http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
        .enableCsrfConfiguration(false));
    http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
    http.sessionManagement(session -> session.sessionFixation(fix -> fix.changeSessionId()));
    http.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_CSP))
        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  @Bean
  LoginThrottle loginThrottle(SuiteSettings settings, Clock clock) {
    return new LoginThrottle(settings.ui().signIn(), clock);
  }

  @Bean
  AuthenticationProvider authenticationProvider(SuiteSettings settings, Environment env, PasswordEncoder encoder,
      LoginThrottle throttle, AuditLog audit) {
    DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(
        new InMemoryUserDetailsManager(UserAccounts.from(settings, env, encoder)));
    passwords.setPasswordEncoder(encoder);
    return new ThrottledAuthenticationProvider(passwords, throttle, audit);
  }

  /** The JSON answers of the API chain's own refusals. */
  static final class ApiKeyFilterResponses {
    private ApiKeyFilterResponses() {}

    static void unauthorized(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
      com.banksegment.ui.api.web.JsonAnswers.write(response, 401, "unauthorized", "An API key is required.");
    }

    static void forbidden(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
      com.banksegment.ui.api.web.JsonAnswers.write(response, 403, "forbidden", "This key may not use this path.");
    }
  }
}
