package com.banksegment.config;

import com.typesafe.config.Config;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Settings the serving UI reads from the same configuration. */
public record UiSettings(
    int port, int maxUploadMb, int sessionTimeoutMinutes, int refreshSeconds, List<UiUser> users,
    List<ApiKey> apiKeys, ApiLimits api, String auditLog, SignInThrottle signIn, String secureCookie) {

  public static final Set<String> SECURE_COOKIE = Set.of("auto", "always");

  static UiSettings read(SettingsReader r) {
    return new UiSettings(
        r.intBetween("segment.ui.port", 1, 65_535),
        r.intBetween("segment.ui.max-upload-mb", 1, 2_048),
        r.intBetween("segment.ui.session-timeout-minutes", 1, 24 * 60),
        r.intBetween("segment.ui.refresh-seconds", 1, 3_600),
        readUsers(r),
        readApiKeys(r),
        new ApiLimits(
            r.intBetween("segment.ui.api.requests-per-minute", 1, 100_000),
            r.intBetween("segment.ui.api.max-body-kb", 1, 100 * 1024),
            r.intBetween("segment.ui.api.max-customers", 1, 1_000_000)),
        r.nonBlank("segment.ui.audit-log"),
        new SignInThrottle(
            r.intBetween("segment.ui.sign-in.max-failures-per-user", 1, 1_000),
            r.intBetween("segment.ui.sign-in.max-failures-per-address", 1, 100_000),
            r.intBetween("segment.ui.sign-in.lockout-seconds", 1, 86_400),
            r.intBetween("segment.ui.sign-in.max-lockout-seconds", 1, 7 * 86_400)),
        r.oneOf("segment.ui.secure-cookie", SECURE_COOKIE));
  }

  /** Limits of the scoring API. */
  public record ApiLimits(int requestsPerMinute, int maxBodyKb, int maxCustomers) {}

  /** Sign-in throttling: failures before a lockout, and how long a lockout lasts (doubling). */
  public record SignInThrottle(int maxFailuresPerUser, int maxFailuresPerAddress, int lockoutSeconds,
      int maxLockoutSeconds) {}

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

  private static List<ApiKey> readApiKeys(SettingsReader r) {
    String path = "segment.ui.api-keys";
    List<? extends Config> raw = r.configList(path);
    List<ApiKey> keys = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < raw.size(); i++) {
      ApiKey key = ApiKey.read(path + "[" + i + "]", new SettingsReader(raw.get(i)));
      if (!names.add(key.name())) {
        throw SettingsReader.invalid(path + "[" + i + "].name", key.name(), "a name no other key has");
      }
      keys.add(key);
    }
    return List.copyOf(keys);
  }

  private static final String BCRYPT = "\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}";

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
      if (!hash.matches(BCRYPT)) {
        throw new SettingsException(at + ".password-bcrypt is not a bcrypt hash: expected a value like "
            + "\"$2a$10$...\" (60 characters); never put a plain password in the configuration");
      }
      String role = prefixed(at, () -> r.oneOf("role", ROLES));
      return new UiUser(name, hash, role);
    }
  }

  /**
   * A key another system uses for the scoring API: a name, one hash of the key (bcrypt, or the
   * hex SHA-256 of a long random key) and its role. The key itself is never in the configuration.
   */
  public record ApiKey(String name, String keyBcrypt, String keySha256, String role) {
    public static final Set<String> ROLES = Set.of("scoring");

    @Override
    public String toString() {
      return "ApiKey[name=" + name + ", role=" + role + "]";
    }

    static ApiKey read(String at, SettingsReader r) {
      String name = prefixed(at, () -> r.nonBlank("name"));
      boolean hasBcrypt = r.config().hasPath("key-bcrypt");
      boolean hasSha = r.config().hasPath("key-sha256");
      if (hasBcrypt == hasSha) {
        throw new SettingsException(at + ": expected exactly one of key-bcrypt or key-sha256 (a hash of the key, "
            + "never the key itself)");
      }
      String bcrypt = hasBcrypt ? prefixed(at, () -> r.nonBlank("key-bcrypt")) : null;
      String sha = hasSha ? prefixed(at, () -> r.nonBlank("key-sha256")).toLowerCase(java.util.Locale.ROOT) : null;
      if (bcrypt != null && !bcrypt.matches(BCRYPT)) {
        throw new SettingsException(at + ".key-bcrypt is not a bcrypt hash: expected a value like \"$2a$10$...\" "
            + "(60 characters)");
      }
      if (sha != null && !sha.matches("[0-9a-f]{64}")) {
        throw new SettingsException(at + ".key-sha256 is not a SHA-256 hash: expected 64 hexadecimal digits");
      }
      String role = prefixed(at, () -> r.oneOf("role", ROLES));
      return new ApiKey(name, bcrypt, sha, role);
    }
  }

  private static String prefixed(String at, java.util.function.Supplier<String> read) {
    try {
      return read.get();
    } catch (SettingsException e) {
      throw new SettingsException(at + "." + e.getMessage());
    }
  }
}
