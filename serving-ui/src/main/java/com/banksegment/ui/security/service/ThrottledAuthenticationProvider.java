package com.banksegment.ui.security.service;

import com.banksegment.ui.audit.service.AuditLog;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sign-in with a user name and password, throttled ({@link LoginThrottle}) and audited: every
 * attempt, refused, failed or successful, is one line of the audit log (user, client address,
 * outcome; never the password).
 */
public final class ThrottledAuthenticationProvider implements AuthenticationProvider {
  private final AuthenticationProvider passwords;
  private final LoginThrottle throttle;
  private final AuditLog audit;

  public ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, AuditLog audit) {
    this.passwords = passwords;
    this.throttle = throttle;
    this.audit = audit;
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    String user = attempt.getName();
    String address = attempt.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    Optional<Duration> locked = throttle.lockedFor(user, address);
    if (locked.isPresent()) {
      audit.signIn(user, address, false, "locked for another " + locked.get().toSeconds() + " s");
      throw new LockedException("too many failed sign-ins: try again in " + locked.get().toSeconds() + " s");
    }
    try {
      Authentication result = passwords.authenticate(attempt);
      throttle.succeeded(user);
      audit.signIn(user, address, true, null);
      return result;
    } catch (AuthenticationException e) {
      throttle.failed(user, address);
      audit.signIn(user, address, false, "wrong user name or password");
      throw e;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
