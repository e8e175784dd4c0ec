package com.banksegment.ui.lake.service;

import com.banksegment.config.LakeLayout;
import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.ui.lake.domain.ModelUnavailableException;
import com.banksegment.ui.lake.domain.PublishedRun;
import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The run the UI serves. At most every {@code segment.ui.refresh-seconds} a request looks at the
 * pointer file {@code published/_LATEST} (one stat); when it changed, the named run is loaded and
 * swapped in, so a newer run is picked up without a restart. A run that cannot be read never
 * replaces a good one: the UI keeps serving the last good run and says why it did not move on.
 */
@Service
public class PublishedRuns {
  private static final Logger LOG = LoggerFactory.getLogger(PublishedRuns.class);

  private final LakeLayout layout;
  private final LakeFiles files;
  private final PublishedRunLoader loader;
  private final Clock clock;
  private final Duration refreshEvery;

  private volatile PublishedRun current;
  private volatile String problem;
  private volatile Instant checkedAt = Instant.MIN;
  private String pointerStamp = "";

  public PublishedRuns(SuiteSettings settings, LakeFiles files, PublishedRunLoader loader, Clock clock) {
    this.layout = settings.lake().layout();
    this.files = files;
    this.loader = loader;
    this.clock = clock;
    this.refreshEvery = Duration.ofSeconds(settings.ui().refreshSeconds());
  }

  /**
   * Starts reading the published run in the background while the web server starts, so that the
   * two overlap and the first page is served from a loaded run.
   */
  @PostConstruct
  void loadInBackground() {
    Thread loader = new Thread(this::refreshNow, "published-run-loader");
    loader.setDaemon(true);
    loader.start();
  }

  /** The run to show; throws a {@link ModelUnavailableException} with a clear message when there is none. */
  public PublishedRun current() {
    if (current == null && problem == null) {
      // Nothing known yet (the background load may be running): wait for it rather than say "no model".
      refreshNow();
    } else {
      refreshIfDue();
    }
    PublishedRun run = current;
    if (run == null) {
      throw new ModelUnavailableException(problem == null ? "No published run has been loaded yet." : problem);
    }
    return run;
  }

  /** Why a newer run is not shown, while an older one still is. */
  public Optional<String> warning() {
    return current == null ? Optional.empty() : Optional.ofNullable(problem);
  }

  public String lakeRoot() {
    return layout.root();
  }

  /** Looks at the pointer now, whatever the refresh interval says. */
  public synchronized void refreshNow() {
    checkedAt = clock.instant();
    String pointer = layout.latestPointer();
    Optional<LakeFiles.Stamp> status;
    try {
      status = files.status(pointer);
    } catch (IOException | RuntimeException e) {
      problem = "The lake at " + layout.root() + " cannot be reached: " + oneLine(e);
      return;
    }
    if (status.isEmpty()) {
      if (current == null) {
        problem = "No model has been published yet: " + pointer + " does not exist. "
            + "Run the pipeline (ingest, features, model) for a run date to publish one.";
      }
      return;
    }
    String stamp = status.get().modifiedMillis() + ":" + status.get().length();
    if (stamp.equals(pointerStamp)) {
      return;
    }
    try {
      RunDate runDate = parsePointer(files.readText(pointer), pointer);
      PublishedRun loaded = loader.load(runDate);
      current = loaded;
      problem = null;
      pointerStamp = stamp;
      LOG.info("Serving run {} ({})", runDate, loaded.modelVersion());
    } catch (ModelUnavailableException e) {
      problem = e.getMessage();
      LOG.warn("{}", problem);
    } catch (IOException | RuntimeException e) {
      problem = "The published run named by " + pointer + " cannot be read: " + oneLine(e);
      LOG.warn("{}", problem, e);
    }
  }

  private void refreshIfDue() {
    if (Duration.between(checkedAt, clock.instant()).compareTo(refreshEvery) >= 0 || checkedAt == Instant.MIN) {
      refreshNow();
    }
  }

  /** The pointer holds a run date, {@code 2016-10-21} (a {@code run_date=} prefix is accepted too). */
  static RunDate parsePointer(String text, String pointer) {
    String value = text.trim();
    if (value.startsWith("run_date=")) {
      value = value.substring("run_date=".length());
    }
    try {
      return RunDate.parse(value);
    } catch (IllegalArgumentException e) {
      throw new ModelUnavailableException("The pointer " + pointer + " does not name a run date: it holds \""
          + abbreviate(value) + "\", expected YYYY-MM-DD.");
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }

  static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
