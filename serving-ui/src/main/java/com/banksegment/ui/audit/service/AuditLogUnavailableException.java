package com.banksegment.ui.audit.service;

import java.nio.file.Path;

/** The audit log file cannot be written: the app does not start without its audit trail. */
public final class AuditLogUnavailableException extends RuntimeException {
  public AuditLogUnavailableException(Path file) {
    super("the audit log " + file + " cannot be written (segment.ui.audit-log)");
  }
}
