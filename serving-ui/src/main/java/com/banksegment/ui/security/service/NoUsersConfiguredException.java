package com.banksegment.ui.security.service;

/** Nobody could sign in: the configuration names no user and the local demo profile is off. */
public final class NoUsersConfiguredException extends RuntimeException {
  public NoUsersConfiguredException() {
    super("no users may sign in: segment.ui.users is empty");
  }
}
