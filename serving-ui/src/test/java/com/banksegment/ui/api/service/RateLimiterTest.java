package com.banksegment.ui.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.ui.lake.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final MutableClock clock = new MutableClock();
  private final RateLimiter limiter = new RateLimiter(60, clock);

  @Test
  void aBurstUpToTheLimitThenOneARefillAndCallersApart() {
    for (int i = 0; i < 60; i++) {
      assertThat(limiter.tryTake("crm")).as("request %d", i + 1).isZero();
    }
    Duration wait = limiter.tryTake("crm");
    assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(limiter.tryTake("etl")).as("another caller has its own bucket").isZero();
    clock.advance(Duration.ofSeconds(1));
    assertThat(limiter.tryTake("crm")).as("one request a second comes back").isZero();
    assertThat(limiter.tryTake("crm")).isPositive();
    clock.advance(Duration.ofMinutes(5));
    for (int i = 0; i < 60; i++) {
      assertThat(limiter.tryTake("crm")).isZero();
    }
    assertThat(limiter.tryTake("crm")).as("never more than the capacity").isPositive();
  }
}
