package com.banksegment.ui.support;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Users of the test configuration, with bcrypt hashes made once per JVM. */
public final class TestUsers {
  public static final String ANALYST = "asha";
  public static final String ANALYST_PASSWORD = "asha-analyst-secret";
  public static final String VIEWER = "ravi";
  public static final String VIEWER_PASSWORD = "ravi-viewer-secret";
  private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);

  /** The value of segment.ui.users for these two users. */
  public static final String CONFIG = "[{name=" + ANALYST + ", password-bcrypt=\"" + BCRYPT.encode(ANALYST_PASSWORD)
      + "\", role=analyst}, {name=" + VIEWER + ", password-bcrypt=\"" + BCRYPT.encode(VIEWER_PASSWORD)
      + "\", role=viewer}]";

  private TestUsers() {}
}
