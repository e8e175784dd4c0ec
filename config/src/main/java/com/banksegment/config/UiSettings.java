package com.banksegment.config;

import com.typesafe.config.Config;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Settings the serving UI reads from the same configuration. */
public record UiSettings(
    int port, int maxUploadMb, int sessionTimeoutMinutes, int refreshSeconds, List<UiUser> users) {

  static UiSettings read(SettingsReader r) {
    return new UiSettings(
        r.intBetween("segment.ui.port", 1, 65_535),
        r.intBetween("segment.ui.max-upload-mb", 1, 2_048),
        r.intBetween("segment.ui.session-timeout-minutes", 1, 24 * 60),
        r.intBetween("segment.ui.refresh-seconds", 1, 3_600),
        readUsers(r));
  }

  private static List<UiUser> readUsers(SettingsReader r) {
    String path = "segment.ui.users";
    List<? extends Config> raw = r.configList(path);
    List<UiUser> users = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < raw.size(); i++) {
      UiUser user = UiUser.read(path + "[" + i + "]", new SettingsReader(raw.get(i)));
      if (!names.add(user.name())) {
        throw SettingsReader.invalid(path + "[" + i + "].name", user.name(), "a name no other user has");
      }
      users.add(user);
    }
    return List.copyOf(users);
  }

  /** One person who may sign in to the UI; the password is only ever stored as a bcrypt hash. */
  public record UiUser(String name, String passwordBcrypt, String role) {
    public static final Set<String> ROLES = Set.of("analyst", "viewer");

    @Override
    public String toString() {
      return "UiUser[name=" + name + ", role=" + role + "]";
    }

    static UiUser read(String at, SettingsReader r) {
      String name = prefixed(at, () -> r.nonBlank("name"));
      String hash = prefixed(at, () -> r.nonBlank("password-bcrypt"));
      if (!hash.matches("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}")) {
        throw new SettingsException(at + ".password-bcrypt is not a bcrypt hash: expected a value like "
            + "\"$2a$10$...\" (60 characters); never put a plain password in the configuration");
      }
      String role = prefixed(at, () -> r.oneOf("role", ROLES));
      return new UiUser(name, hash, role);
    }

    private static String prefixed(String at, java.util.function.Supplier<String> read) {
      try {
        return read.get();
      } catch (SettingsException e) {
        throw new SettingsException(at + "." + e.getMessage());
      }
    }
  }
}
