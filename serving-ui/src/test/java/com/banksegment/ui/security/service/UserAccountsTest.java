package com.banksegment.ui.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.banksegment.config.SuiteSettings;
import com.banksegment.ui.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class UserAccountsTest {
  private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

  @Test
  void withoutConfiguredUsersAndWithoutTheDemoProfileNobodyCanSignIn() {
    assertThatThrownBy(() -> UserAccounts.from(SuiteSettings.load(), new MockEnvironment(), bcrypt))
        .isInstanceOf(NoUsersConfiguredException.class);
  }

  @Test
  void demoUsersExistOnlyInTheLocalDemoProfile() {
    MockEnvironment demo = new MockEnvironment();
    demo.setActiveProfiles(UserAccounts.DEMO_PROFILE);
    List<UserDetails> users = UserAccounts.from(SuiteSettings.load(), demo, bcrypt);
    assertThat(users).extracting(UserDetails::getUsername).containsExactly("analyst", "viewer");
    assertThat(bcrypt.matches(UserAccounts.DEMO_ANALYST_PASSWORD, users.get(0).getPassword())).isTrue();
    assertThat(users.get(0).getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ANALYST");
    assertThat(users.get(1).getAuthorities()).extracting(Object::toString).containsExactly("ROLE_VIEWER");
  }

  @Test
  void configuredUsersKeepTheirBcryptHashAndRole() {
    SuiteSettings settings = SuiteSettings.load(List.of("segment.ui.users=" + TestUsers.CONFIG));
    List<UserDetails> users = UserAccounts.from(settings, new MockEnvironment(), bcrypt);
    assertThat(users).extracting(UserDetails::getUsername).containsExactly(TestUsers.ANALYST, TestUsers.VIEWER);
    assertThat(bcrypt.matches(TestUsers.VIEWER_PASSWORD, users.get(1).getPassword())).isTrue();
    assertThat(bcrypt.matches("wrong", users.get(1).getPassword())).isFalse();
  }

  @Test
  void theHashToolPrintsABcryptHashOfTheTypedPassword() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = PasswordHashTool.run(new ByteArrayInputStream("correct horse battery\n".getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out), new PrintStream(err));
    assertThat(code).isZero();
    String hash = out.toString(StandardCharsets.UTF_8).trim();
    assertThat(hash).startsWith("$2a$10$");
    assertThat(bcrypt.matches("correct horse battery", hash)).isTrue();
    assertThat(PasswordHashTool.run(new ByteArrayInputStream("short\n".getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out), new PrintStream(err))).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("at least 10 characters");
  }
}
