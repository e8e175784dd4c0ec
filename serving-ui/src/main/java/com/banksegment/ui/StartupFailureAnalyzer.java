package com.banksegment.ui;

import com.banksegment.config.SettingsException;
import com.banksegment.ui.audit.service.AuditLogUnavailableException;
import com.banksegment.ui.security.service.NoUsersConfiguredException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns the configuration mistakes a person starting the UI can make into Spring Boot's
 * short "APPLICATION FAILED TO START" description and action, instead of a stack trace.
 */
public class StartupFailureAnalyzer implements FailureAnalyzer {
  @Override
  public FailureAnalysis analyze(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof NoUsersConfiguredException) {
        return new FailureAnalysis("Nobody could sign in: " + t.getMessage() + ".",
            "Add users with bcrypt password hashes to segment.ui.users (hash one with "
                + "java -jar serving-ui.jar --hash-password), or start the local demo with "
                + "--spring.profiles.active=local-demo.", t);
      }
      if (t instanceof AuditLogUnavailableException) {
        return new FailureAnalysis("No audit trail: " + t.getMessage() + ".",
            "Point segment.ui.audit-log (SEGMENT_UI_AUDIT_LOG) at a file in a folder the service user may write.", t);
      }
      if (t instanceof SettingsException) {
        return new FailureAnalysis("The configuration is invalid: " + t.getMessage(),
            "Correct the setting (see config/src/main/resources/reference.conf).", t);
      }
    }
    return null;
  }
}
