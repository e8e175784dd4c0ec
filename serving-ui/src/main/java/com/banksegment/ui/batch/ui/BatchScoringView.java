package com.banksegment.ui.batch.ui;

import com.banksegment.ui.base.ui.Formats;
import com.banksegment.ui.base.ui.MainLayout;
import com.banksegment.ui.base.ui.RunView;
import com.banksegment.ui.base.ui.component.Figure;
import com.banksegment.ui.base.ui.component.Panel;
import com.banksegment.ui.base.ui.component.ViewHeader;
import com.banksegment.ui.batch.domain.BatchColumns;
import com.banksegment.ui.batch.domain.BatchSummary;
import com.banksegment.ui.batch.domain.UploadRejectedException;
import com.banksegment.ui.batch.service.BatchScoringService;
import com.banksegment.ui.batch.service.BatchScoringService.ScoredFile;
import com.banksegment.ui.lake.domain.ModelUnavailableException;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.service.PublishedRuns;
import com.banksegment.ui.security.domain.Roles;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upload a CSV of customers, get it back scored. Every row returns: scored, or with the reason it
 * could not be. A file that is not CSV or is over the size limit is refused with a clear message.
 */
@Route(value = "batch", layout = MainLayout.class)
@PageTitle("Batch scoring · Customer Segments")
@RolesAllowed(Roles.ANALYST)
public class BatchScoringView extends RunView {
  private static final Logger LOG = LoggerFactory.getLogger(BatchScoringView.class);

  private final BatchScoringService service;
  final Upload upload = new Upload();
  final Div outcome = new Div();
  final Span error = new Span();
  private Path lastOutput;
  private BatchSummary lastSummary;

  public BatchScoringView(PublishedRuns runs, BatchScoringService service) {
    super(runs);
    this.service = service;
    upload.setUploadHandler(handler());
    upload.setAcceptedFileTypes(".csv", "text/csv");
    upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, service.rules().maxBytes()));
    upload.setMaxFiles(1);
    upload.setDropLabel(new Span("Drop a CSV file here (at most " + service.rules().maxBytes() / (1024 * 1024) + " MB)"));
    upload.addFileRejectedListener(e -> showError(e.getErrorMessage().toLowerCase().contains("big")
        ? service.rules().tooLargeMessage()
        : "\"" + e.getFileName() + "\" is not a CSV file: expected a .csv file of comma-separated values."));
    upload.setId("batch-upload");
    error.addClassName("error-text");
    error.setId("batch-error");
    outcome.addClassName("batch-outcome");
  }

  @Override
  protected void show(PublishedRun run) {
    Div columns = new Div();
    columns.addClassName("definition-list");
    for (String[] c : BatchColumns.documentation(run.inputs())) {
      Span name = new Span(c[0]);
      name.addClassName("dt");
      Span meaning = new Span(c[2] + " (" + c[1] + ")");
      meaning.addClassName("dd");
      columns.add(name, meaning);
    }
    String template = BatchColumns.example(run.inputs());
    Pre example = new Pre(template);
    example.addClassName("csv-example");
    Span hint = new Span("A header row is required; columns may come in any order and other columns are returned"
        + " as they are. Results are appended as " + String.join(", ", BatchColumns.RESULT) + ".");
    hint.addClassName("hint");
    Div top = new Div(
        new Panel("Upload customers", "Scored with the model of run " + run.runDate() + ".", upload, error,
            promise()),
        new Panel("File layout", null, columns, hint, example, template(template)));
    top.addClassName("two-columns");
    add(new ViewHeader("Batch scoring", "Score a file of customers and download it with their segments."), top, outcome);
  }

  /** The expected header with one example row, to fill in. */
  private static Anchor template(String csv) {
    Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> new com.vaadin.flow.server.streams.DownloadResponse(
        new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        "batch-scoring-template.csv", "text/csv", csv.length())), "");
    a.setDownload(true);
    a.setId("download-template");
    Button button = new Button("Download the template (CSV)", VaadinIcon.DOWNLOAD.create());
    button.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
    a.add(button);
    return a;
  }

  private static Div promise() {
    Div list = new Div();
    list.addClassName("promise");
    for (String line : new String[] {
        "Every row comes back: scored, or with the reason it could not be in the error column.",
        "The segment is the nearest segment centre; the probability is the served classifier's; the runner-up"
            + " segment and the reasons say why the customer is in its segment.",
        "Only .csv files of comma-separated values (UTF-8) are accepted."}) {
      list.add(new com.vaadin.flow.component.html.Paragraph(line));
    }
    return list;
  }

  private UploadHandler handler() {
    return event -> {
      UI ui = event.getUI();
      String fileName = event.getFileName();
      try {
        ScoredFile scored = service.score(event.getInputStream(), fileName, event.getContentType(), event.getFileSize());
        ui.access(() -> showResult(scored, fileName));
      } catch (UploadRejectedException | ModelUnavailableException e) {
        ui.access(() -> showError(e.getMessage()));
      } catch (IOException | RuntimeException e) {
        String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
        LOG.warn("Batch scoring of {} failed (reference {})", fileName, reference, e);
        ui.access(() -> showError("The file could not be scored. Reference for the support team: " + reference + "."));
      }
    };
  }

  private void showError(String message) {
    upload.clearFileList();
    error.setText(message);
    Notification n = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
    n.addThemeVariants(NotificationVariant.LUMO_ERROR);
  }

  private void showResult(ScoredFile scored, String uploadedName) {
    // Ready for the next file at once; the figures below name the one just scored.
    upload.clearFileList();
    replaceOutput(scored.output());
    lastSummary = scored.summary();
    error.setText("");
    BatchSummary s = scored.summary();
    Div figures = new Div(
        new Figure("Rows", Formats.count(s.rows()), uploadedName),
        new Figure("Scored", Formats.count(s.scored()), Formats.percent((double) s.scored() / s.rows())),
        new Figure("Returned with an error", Formats.count(s.rejected()), s.rejected() == 0 ? "none" : "see the error column"),
        new Figure("Time", s.millis() + " ms", "model of run " + scored.runDate()));
    figures.addClassName("figures");
    Anchor download = new Anchor(DownloadHandler.forFile(scored.output().toFile(),
        BatchScoringService.scoredName(uploadedName)), "");
    download.setDownload(true);
    download.setId("download-scored");
    Button button = new Button("Download scored CSV", VaadinIcon.DOWNLOAD.create());
    button.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
    download.add(button);
    outcome.removeAll();
    outcome.add(figures, new Panel("Result", "The first rows of the scored file; the download holds every row.",
        download, previewGrid(s)));
  }

  private static Grid<List<String>> previewGrid(BatchSummary s) {
    Grid<List<String>> grid = new Grid<>();
    for (int i = 0; i < s.header().size(); i++) {
      int column = i;
      grid.addColumn(row -> row.get(column)).setHeader(s.header().get(i)).setAutoWidth(true)
          .setFlexGrow(s.header().get(i).equals("error") || s.header().get(i).equals("action") ? 2 : 0);
    }
    grid.setItems(s.preview());
    grid.setPartNameGenerator(row -> row.get(row.size() - 1).isEmpty() ? null : "rejected-row");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    grid.setAllRowsVisible(true);
    grid.setId("batch-preview");
    return grid;
  }

  private void replaceOutput(Path output) {
    deleteOutput();
    lastOutput = output;
  }

  private void deleteOutput() {
    if (lastOutput != null) {
      try {
        Files.deleteIfExists(lastOutput);
      } catch (IOException e) {
        LOG.debug("Could not delete {}", lastOutput, e);
      }
      lastOutput = null;
    }
  }

  @Override
  protected void onDetach(DetachEvent detachEvent) {
    deleteOutput();
    super.onDetach(detachEvent);
  }

  public BatchSummary lastSummary() {
    return lastSummary;
  }

  public String errorMessage() {
    return error.getText();
  }
}
