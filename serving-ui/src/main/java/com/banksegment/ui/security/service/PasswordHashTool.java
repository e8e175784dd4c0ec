package com.banksegment.ui.security.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code java -jar serving-ui.jar --hash-password}: reads one password from standard input and
 * prints the bcrypt hash to paste into {@code segment.ui.users}. The password is never echoed.
 */
public final class PasswordHashTool {
  static final int MIN_LENGTH = 10;

  private PasswordHashTool() {}

  public static int run(InputStream in, PrintStream out, PrintStream err) {
    String password;
    if (System.console() != null) {
      char[] typed = System.console().readPassword("Password to hash: ");
      password = typed == null ? null : new String(typed);
    } else {
      try {
        password = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
      } catch (IOException e) {
        err.println("--hash-password: cannot read the password from standard input: " + e.getMessage());
        return 2;
      }
    }
    if (password == null || password.length() < MIN_LENGTH) {
      err.println("--hash-password: expected a password of at least " + MIN_LENGTH + " characters on standard input");
      return 2;
    }
    out.println(new BCryptPasswordEncoder().encode(password));
    return 0;
  }
}
