package com.banksegment.ui.download.ui;

import com.banksegment.ui.base.ui.MainLayout;
import com.banksegment.ui.base.ui.RunView;
import com.banksegment.ui.base.ui.component.Panel;
import com.banksegment.ui.base.ui.component.ViewHeader;
import com.banksegment.ui.download.service.TableDownloads;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.service.PublishedRuns;
import com.banksegment.ui.security.domain.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * The published tables of the run on show, as CSV: the segment-level tables for everyone, the
 * customer-level table for analysts only, and (for analysts) the batch-scoring template.
 */
@Route(value = "downloads", layout = MainLayout.class)
@PageTitle("Downloads · Customer Segments")
@RolesAllowed({Roles.ANALYST, Roles.VIEWER})
public class DownloadsView extends RunView {
  static final Map<String, String> MEANING = Map.of(
      "segment_profiles", "One row per segment: size, shares, means and medians, suggested action.",
      "model_selection", "Every clustering fitted while choosing the model: algorithm, k, WSSSE, silhouette.",
      "model_metrics", "The model's figures: silhouette, PCA variance, the classifier's accuracy and confusion matrix.",
      "customer_segments", "One row per customer: segment, RFM scores, model inputs (customer-level data).");

  private final TableDownloads downloads;
  private final boolean analyst;

  public DownloadsView(PublishedRuns runs, TableDownloads downloads, AuthenticationContext auth) {
    super(runs);
    this.downloads = downloads;
    this.analyst = auth.hasRole(Roles.ANALYST);
  }

  @Override
  protected void show(PublishedRun run) {
    Div list = new Div();
    list.addClassName("download-list");
    for (String table : TableDownloads.AGGREGATE) {
      list.add(item(table, download(run, table, event -> downloads.aggregate(run, table, event.getOutputStream()))));
    }
    if (analyst) {
      list.add(item(TableDownloads.CUSTOMERS, download(run, TableDownloads.CUSTOMERS,
          event -> downloads.customers(run, event.getOutputStream()))));
    }
    add(new ViewHeader("Downloads", "The published tables of run " + run.runDate() + " as CSV files (UTF-8, comma-"
        + "separated, a header row)."), new Panel("Published tables", null, list));
    if (analyst) {
      Anchor batch = new Anchor("batch", "the batch scoring page");
      add(new Panel("Batch-scoring template", null, new Paragraph(new Span("The expected header with one example row "
          + "is on "), batch, new Span("."))));
    }
  }

  private interface Writer {
    void write(com.vaadin.flow.server.streams.DownloadEvent event) throws java.io.IOException;
  }

  private static Anchor download(PublishedRun run, String table, Writer writer) {
    DownloadHandler handler = event -> {
      event.setFileName(TableDownloads.fileName(run, table));
      event.setContentType("text/csv");
      writer.write(event);
    };
    Anchor a = new Anchor(handler, "");
    a.setDownload(true);
    a.setId("download-" + table.replace('_', '-'));
    a.add(new Button(TableDownloads.fileName(run, table), VaadinIcon.DOWNLOAD.create()));
    return a;
  }

  private static Div item(String table, Anchor anchor) {
    Paragraph meaning = new Paragraph(MEANING.getOrDefault(table, ""));
    meaning.addClassName("hint");
    Div d = new Div(anchor, meaning);
    d.addClassName("download-item");
    return d;
  }
}
