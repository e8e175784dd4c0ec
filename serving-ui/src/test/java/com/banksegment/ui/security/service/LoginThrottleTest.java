package com.banksegment.ui.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.config.UiSettings.SignInThrottle;
import com.banksegment.ui.lake.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private final MutableClock clock = new MutableClock();
  private final LoginThrottle throttle = new LoginThrottle(new SignInThrottle(3, 10, 60, 300), clock);

  @Test
  void aUserIsLockedAfterTheMaximumAndEachFurtherFailureDoublesTheLockoutUpToTheCap() {
    for (int i = 0; i < 2; i++) {
      throttle.failed("asha", "10.0.0." + i);
    }
    assertThat(throttle.lockedFor("asha", "10.0.0.9")).isEmpty();
    throttle.failed("ASHA", "10.0.0.3");
    assertThat(throttle.lockedFor("asha", "10.0.0.9")).as("names are compared in any case").hasValue(Duration.ofSeconds(60));
    clock.advance(Duration.ofSeconds(61));
    assertThat(throttle.lockedFor("asha", "10.0.0.9")).isEmpty();
    throttle.failed("asha", "10.0.0.4");
    assertThat(throttle.lockedFor("asha", "x")).hasValue(Duration.ofSeconds(120));
    clock.advance(Duration.ofSeconds(121));
    throttle.failed("asha", "10.0.0.5");
    assertThat(throttle.lockedFor("asha", "x")).hasValue(Duration.ofSeconds(240));
    clock.advance(Duration.ofSeconds(241));
    throttle.failed("asha", "10.0.0.6");
    assertThat(throttle.lockedFor("asha", "x")).as("capped").hasValue(Duration.ofSeconds(300));
  }

  @Test
  void aSuccessClearsTheUserButNotTheAddress() {
    for (int i = 0; i < 10; i++) {
      throttle.failed("user" + i, "192.0.2.1");
    }
    assertThat(throttle.lockedFor("someone-else", "192.0.2.1")).as("the address guessed ten names").isPresent();
    throttle.failed("ravi", "192.0.2.2");
    throttle.failed("ravi", "192.0.2.2");
    throttle.succeeded("ravi");
    throttle.failed("ravi", "192.0.2.2");
    throttle.failed("ravi", "192.0.2.2");
    assertThat(throttle.lockedFor("ravi", "192.0.2.3")).as("the count started again").isEmpty();
    throttle.succeeded("user1");
    assertThat(throttle.lockedFor("user1", "192.0.2.1")).isPresent();
  }
}
