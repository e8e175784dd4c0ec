package com.banksegment.ui.api.service;

import com.banksegment.config.UiSettings.ApiKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The configured API keys (hashes only). A presented key is hashed with SHA-256 and compared in
 * constant time with the SHA-256 entries, or checked against the bcrypt entries; a bcrypt match is
 * remembered by the presented key's SHA-256, so bcrypt's cost is paid once per key and process.
 */
public final class ApiKeys {
  /** A key that matched: its configured name and role. */
  public record Caller(String name, String role) {}

  private final List<ApiKey> keys;
  private final PasswordEncoder bcrypt;
  private final Map<String, Caller> verified = new ConcurrentHashMap<>();

  public ApiKeys(List<ApiKey> keys, PasswordEncoder bcrypt) {
    this.keys = List.copyOf(keys);
    this.bcrypt = bcrypt;
  }

  public boolean isEmpty() {
    return keys.isEmpty();
  }

  public Optional<Caller> verify(String presented) {
    if (presented == null || presented.isBlank() || presented.length() > 512) {
      return Optional.empty();
    }
    byte[] sha = sha256(presented);
    String shaHex = HexFormat.of().formatHex(sha);
    Caller known = verified.get(shaHex);
    if (known != null) {
      return Optional.of(known);
    }
    for (ApiKey k : keys) {
      boolean match = k.keySha256() != null
          ? MessageDigest.isEqual(sha, HexFormat.of().parseHex(k.keySha256()))
          : bcrypt.matches(presented, k.keyBcrypt());
      if (match) {
        Caller caller = new Caller(k.name(), k.role());
        if (verified.size() < 1_000) {
          verified.put(shaHex, caller);
        }
        return Optional.of(caller);
      }
    }
    return Optional.empty();
  }

  static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
