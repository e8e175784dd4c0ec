package com.banksegment.ui.security.domain;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user's name, for audit lines. */
public final class CurrentUser {
  private CurrentUser() {}

  public static String name() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null ? "(anonymous)" : auth.getName();
  }
}
