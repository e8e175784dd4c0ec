package com.banksegment.ui.api.web;

import com.banksegment.ui.api.service.ApiKeys;
import com.banksegment.ui.api.service.RateLimiter;
import com.banksegment.ui.audit.service.AuditLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * API authentication and rate limiting: the key comes in {@code Authorization: Bearer <key>} or
 * {@code X-API-Key: <key>}. A request without a valid key is answered 401 in JSON; callers are
 * limited per key name, and failed attempts per client address (so guessing keys is throttled
 * as well); over the limit the answer is 429 with Retry-After.
 */
public final class ApiKeyFilter extends OncePerRequestFilter {
  private final ApiKeys keys;
  private final RateLimiter perKey;
  private final RateLimiter failuresPerAddress;
  private final AuditLog audit;

  public ApiKeyFilter(ApiKeys keys, RateLimiter perKey, RateLimiter failuresPerAddress, AuditLog audit) {
    this.keys = keys;
    this.perKey = perKey;
    this.failuresPerAddress = failuresPerAddress;
    this.audit = audit;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String presented = presentedKey(request);
    Optional<ApiKeys.Caller> caller = keys.verify(presented);
    if (caller.isEmpty()) {
      Duration wait = failuresPerAddress.tryTake(request.getRemoteAddr());
      if (!wait.isZero()) {
        tooMany(response, wait);
        return;
      }
      audit.apiScoring(presented == null ? "(none)" : "(wrong key)", request.getRemoteAddr(), 401, 0);
      response.setHeader("WWW-Authenticate", "Bearer realm=\"scoring-api\"");
      JsonAnswers.write(response, 401, "unauthorized", presented == null
          ? "An API key is required: send it as Authorization: Bearer <key> (or X-API-Key: <key>)."
          : "The API key is not valid.");
      return;
    }
    Duration wait = perKey.tryTake(caller.get().name());
    if (!wait.isZero()) {
      audit.apiScoring(caller.get().name(), request.getRemoteAddr(), 429, 0);
      tooMany(response, wait);
      return;
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller.get().name(), null,
        List.of(new SimpleGrantedAuthority("ROLE_" + caller.get().role().toUpperCase(Locale.ROOT)))));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private static String presentedKey(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return authorization.substring(7).trim();
    }
    String header = request.getHeader("X-API-Key");
    return header == null ? null : header.trim();
  }

  private static void tooMany(HttpServletResponse response, Duration wait) throws IOException {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    response.setHeader("Retry-After", String.valueOf(seconds));
    JsonAnswers.write(response, 429, "too_many_requests", "Too many requests: the limit is reached, retry in " + seconds + " s.");
  }
}
