package com.banksegment.ui;

import com.banksegment.config.SuiteSettings;
import com.banksegment.ui.lake.domain.ModelUnavailableException;
import com.banksegment.ui.lake.service.PublishedRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the app where it is and what it serves, once it answers requests. */
@Component
class ReadyMessage {
  private static final Logger LOG = LoggerFactory.getLogger(ReadyMessage.class);

  private final SuiteSettings settings;
  private final PublishedRuns runs;

  ReadyMessage(SuiteSettings settings, PublishedRuns runs) {
    this.settings = settings;
    this.runs = runs;
  }

  @EventListener
  void ready(ApplicationReadyEvent event) {
    if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
      return;
    }
    String url = "http://localhost:" + web.getWebServer().getPort() + "/";
    String serving;
    try {
      serving = "run " + runs.current().runDate();
    } catch (ModelUnavailableException e) {
      serving = "no model yet: " + e.getMessage();
    }
    LOG.info("Serving UI ready at {} (lake {}, {})", url, settings.lake().root(), serving);
  }
}
