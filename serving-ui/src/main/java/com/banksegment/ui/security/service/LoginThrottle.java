package com.banksegment.ui.security.service;

import com.banksegment.config.UiSettings.SignInThrottle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-in throttling per user name and per client address. Each key counts failed sign-ins in a
 * row; from the configured maximum on, every further failure locks the key for the lockout time,
 * doubled for each failure past the maximum and capped. While either key of an attempt is locked
 * the attempt is refused without checking the password. A success clears the user's count (not
 * the address's: one good password must not reopen an address that is guessing others').
 * Unknown user names are counted like known ones, so a lockout tells nothing about who exists.
 */
public final class LoginThrottle {
  static final int MAX_KEYS = 100_000;

  private record Entry(int failures, Instant lockedUntil, Instant last) {}

  private final SignInThrottle settings;
  private final Clock clock;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  public LoginThrottle(SignInThrottle settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** How long an attempt by this user from this address must still wait; empty when it may try now. */
  public Optional<Duration> lockedFor(String user, String address) {
    Instant now = clock.instant();
    Duration wait = Duration.ZERO;
    for (String key : new String[] {userKey(user), addressKey(address)}) {
      Entry e = entries.get(key);
      if (e != null && e.lockedUntil() != null && e.lockedUntil().isAfter(now)) {
        Duration left = Duration.between(now, e.lockedUntil());
        wait = left.compareTo(wait) > 0 ? left : wait;
      }
    }
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  public void failed(String user, String address) {
    forgetIfFull();
    count(userKey(user), settings.maxFailuresPerUser());
    count(addressKey(address), settings.maxFailuresPerAddress());
  }

  public void succeeded(String user) {
    entries.remove(userKey(user));
  }

  private void count(String key, int max) {
    Instant now = clock.instant();
    entries.compute(key, (k, e) -> {
      int failures = e == null ? 1 : e.failures() + 1;
      Instant lockedUntil = e == null ? null : e.lockedUntil();
      if (failures >= max) {
        long seconds = settings.lockoutSeconds() * (1L << Math.min(20, failures - max));
        lockedUntil = now.plusSeconds(Math.min(seconds, settings.maxLockoutSeconds()));
      }
      return new Entry(failures, lockedUntil, now);
    });
  }

  /** Bounded memory: when full, keys quiet for longer than the longest lockout are forgotten. */
  private void forgetIfFull() {
    if (entries.size() < MAX_KEYS) {
      return;
    }
    Instant cutoff = clock.instant().minusSeconds(settings.maxLockoutSeconds());
    entries.values().removeIf(e -> e.last().isBefore(cutoff));
    if (entries.size() >= MAX_KEYS) {
      entries.values().removeIf(e -> e.lockedUntil() == null || e.lockedUntil().isBefore(clock.instant()));
    }
  }

  private static String userKey(String user) {
    return "user:" + (user == null ? "" : user.trim().toLowerCase(Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "address:" + (address == null ? "?" : address);
  }
}
