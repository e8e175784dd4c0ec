package com.banksegment.ui.base.ui;

import com.banksegment.ui.lake.domain.ModelUnavailableException;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.service.PublishedRuns;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/**
 * A page that shows the published run. It asks for the current run on every visit (so a newer
 * run shows up without a restart) and, when there is none, hands over to the page that explains
 * why instead of failing.
 */
public abstract class RunView extends Main implements BeforeEnterObserver {
  protected final PublishedRuns runs;
  private PublishedRun shown;

  protected RunView(PublishedRuns runs) {
    this.runs = runs;
    addClassName("run-view");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    PublishedRun run;
    try {
      run = runs.current();
    } catch (ModelUnavailableException e) {
      event.rerouteToError(e, e.getMessage());
      return;
    }
    if (run != shown) {
      removeAll();
      show(run);
      shown = run;
    }
  }

  /** Builds the page for a run; called again when a newer run is published. */
  protected abstract void show(PublishedRun run);
}
