package com.banksegment.ui.api.service;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per caller: up to {@code perMinute} requests at once, refilled evenly at
 * {@code perMinute} a minute. {@link #tryTake} answers at once (never waits) and says how long
 * until the next request would be allowed when it is not.
 */
public final class RateLimiter {
  static final int MAX_CALLERS = 10_000;

  private final double capacity;
  private final double perNano;
  private final Clock clock;
  private final Map<String, double[]> buckets = new ConcurrentHashMap<>();

  public RateLimiter(int perMinute, Clock clock) {
    this.capacity = perMinute;
    this.perNano = perMinute / 60e9;
    this.clock = clock;
  }

  /** Takes one request from the caller's bucket; zero when allowed, else the wait until one is. */
  public Duration tryTake(String caller) {
    if (buckets.size() >= MAX_CALLERS && !buckets.containsKey(caller)) {
      buckets.clear(); // a flood of new callers: start afresh rather than grow without bound
    }
    long now = nanos();
    double[] wait = new double[1];
    buckets.compute(caller, (k, b) -> {
      double[] bucket = b == null ? new double[] {capacity, now} : b;
      double tokens = Math.min(capacity, bucket[0] + (now - (long) bucket[1]) * perNano);
      if (tokens >= 1) {
        return new double[] {tokens - 1, now};
      }
      wait[0] = (1 - tokens) / perNano;
      return new double[] {tokens, now};
    });
    return Duration.ofNanos((long) Math.ceil(wait[0]));
  }

  private long nanos() {
    java.time.Instant i = clock.instant();
    return i.getEpochSecond() * 1_000_000_000L + i.getNano();
  }
}
