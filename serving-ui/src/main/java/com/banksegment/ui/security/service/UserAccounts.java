package com.banksegment.ui.security.service;

import com.banksegment.config.SuiteSettings;
import com.banksegment.config.UiSettings.UiUser;
import com.banksegment.ui.security.domain.Roles;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Who may sign in: the users of {@code segment.ui.users} (bcrypt hashes only), plus two demo
 * users when, and only when, the Spring profile {@code local-demo} is active.
 */
public final class UserAccounts {
  public static final String DEMO_PROFILE = "local-demo";
  public static final String DEMO_ANALYST = "analyst";
  public static final String DEMO_ANALYST_PASSWORD = "analyst-demo";
  public static final String DEMO_VIEWER = "viewer";
  public static final String DEMO_VIEWER_PASSWORD = "viewer-demo";

  private UserAccounts() {}

  public static List<UserDetails> from(SuiteSettings settings, Environment env, PasswordEncoder encoder) {
    List<UserDetails> users = new ArrayList<>();
    for (UiUser u : settings.ui().users()) {
      users.add(User.withUsername(u.name()).password(u.passwordBcrypt()).roles(Roles.fromSetting(u.role())).build());
    }
    if (env.acceptsProfiles(Profiles.of(DEMO_PROFILE))) {
      users.add(User.withUsername(DEMO_ANALYST).password(encoder.encode(DEMO_ANALYST_PASSWORD)).roles(Roles.ANALYST).build());
      users.add(User.withUsername(DEMO_VIEWER).password(encoder.encode(DEMO_VIEWER_PASSWORD)).roles(Roles.VIEWER).build());
    }
    if (users.isEmpty()) {
      throw new NoUsersConfiguredException();
    }
    return users;
  }
}
