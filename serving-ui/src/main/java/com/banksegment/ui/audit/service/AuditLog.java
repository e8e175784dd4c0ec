package com.banksegment.ui.audit.service;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import com.banksegment.config.SuiteSettings;
import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The audit log: one line per event in a file of its own ({@code segment.ui.audit-log}), never
 * in the application log and never with a password or key. A line is the time (UTC), the event
 * and {@code key=value} pairs; values are quoted, with quotes, backslashes and line breaks
 * escaped so that a user name cannot forge a second line.
 */
@Service
public class AuditLog {
  public static final String LOGGER = "com.banksegment.ui.audit";
  private static final java.util.concurrent.atomic.AtomicInteger INSTANCES = new java.util.concurrent.atomic.AtomicInteger();
  private static final java.util.Map<Path, FileAppender<ILoggingEvent>> APPENDERS = new java.util.concurrent.ConcurrentHashMap<>();

  private final Logger logger;
  private final FileAppender<ILoggingEvent> appender;
  private final Path file;

  public AuditLog(SuiteSettings settings) {
    this.file = Path.of(settings.ui().auditLog()).toAbsolutePath();
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    // One appender per file: logback refuses a second appender on a file (tests start several
    // applications in one JVM); each instance has a logger of its own that uses it.
    appender = APPENDERS.computeIfAbsent(file, f -> open(context, f));
    if (!appender.isStarted()) {
      APPENDERS.remove(file, appender);
      throw new AuditLogUnavailableException(file);
    }
    logger = context.getLogger(LOGGER + "." + INSTANCES.incrementAndGet());
    logger.setAdditive(false);
    logger.addAppender(appender);
  }

  private static FileAppender<ILoggingEvent> open(LoggerContext context, Path file) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSS'Z',UTC} %msg%n");
    encoder.start();
    FileAppender<ILoggingEvent> appender = new FileAppender<>();
    appender.setContext(context);
    appender.setName("audit-" + file);
    appender.setFile(file.toString());
    appender.setAppend(true);
    appender.setEncoder(encoder);
    appender.start();
    return appender;
  }

  /** Where the lines go. */
  public Path file() {
    return file;
  }

  public void signIn(String user, String address, boolean success, String reason) {
    write("sign-in", fields("outcome", success ? "success" : "failure", "user", user, "address", address,
        "reason", reason));
  }

  public void export(String user, String what, String format, String filter, long rows) {
    write("export", fields("user", user, "what", what, "format", format, "filter", filter, "rows", rows));
  }

  public void batchScoring(String user, String file, long rows, long scored) {
    write("batch-scoring", fields("user", user, "file", file, "rows", rows, "scored", scored));
  }

  public void apiScoring(String key, String address, int status, long customers) {
    write("api-scoring", fields("key", key, "address", address, "status", status, "customers", customers));
  }

  private static Map<String, Object> fields(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        map.put((String) pairs[i], pairs[i + 1]);
      }
    }
    return map;
  }

  private void write(String event, Map<String, Object> fields) {
    StringBuilder line = new StringBuilder("event=").append(event);
    fields.forEach((k, v) -> {
      line.append(' ').append(k).append('=');
      if (v instanceof Number) {
        line.append(v);
      } else {
        line.append('"').append(escape(String.valueOf(v))).append('"');
      }
    });
    logger.info(line.toString());
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return out.toString();
  }

  @PreDestroy
  void close() {
    // The file's appender stays open for other instances on the same file; this one lets go of it.
    logger.detachAppender(appender);
  }
}
