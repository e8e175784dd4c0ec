package com.banksegment.ui.audience.ui;

import com.banksegment.ui.audience.domain.AudienceFilter;
import com.banksegment.ui.audience.domain.AudienceRow;
import com.banksegment.ui.audience.domain.AudienceSummary;
import com.banksegment.ui.audience.domain.Criteria;
import com.banksegment.ui.audience.domain.Criterion;
import com.banksegment.ui.audience.service.AudienceService;
import com.banksegment.ui.base.ui.Formats;
import com.banksegment.ui.base.ui.MainLayout;
import com.banksegment.ui.base.ui.RunView;
import com.banksegment.ui.base.ui.component.Panel;
import com.banksegment.ui.base.ui.component.ViewHeader;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.service.PublishedRuns;
import com.banksegment.ui.security.domain.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Campaign audiences: choose segments and narrow by RFM segment, location, age band and balance
 * band; the count and the first rows follow every change; the audience downloads as CSV or
 * Parquet, streamed from the lake. Every export is written to the audit log. Analysts only.
 */
@Route(value = "audiences", layout = MainLayout.class)
@PageTitle("Audiences · Customer Segments")
@RolesAllowed(Roles.ANALYST)
public class AudienceView extends RunView {
  private final AudienceService audiences;
  final Map<String, MultiSelectComboBox<String>> filters = new LinkedHashMap<>();
  final Span count = new Span();
  final Grid<AudienceRow> preview = new Grid<>(AudienceRow.class, false);
  Anchor csv;
  Anchor parquet;
  private volatile PublishedRun run;
  private volatile AudienceFilter filter = AudienceFilter.EVERYONE;

  public AudienceView(PublishedRuns runs, AudienceService audiences) {
    super(runs);
    this.audiences = audiences;
    count.setId("audience-count");
    count.addClassName("audience-count");
    configurePreview();
  }

  @Override
  protected void show(PublishedRun run) {
    this.run = run;
    this.filter = AudienceFilter.EVERYONE;
    filters.clear();
    Map<String, List<String>> options = audiences.options(run);
    Div fields = new Div();
    fields.addClassName("audience-filters");
    for (Criterion c : Criteria.ALL) {
      MultiSelectComboBox<String> box = new MultiSelectComboBox<>(c.label());
      List<String> values = options.getOrDefault(c.column(), List.of());
      box.setItems(values);
      if (c.column().equals(Criteria.SEGMENT)) {
        box.setItemLabelGenerator(id -> run.segmentName(Integer.parseInt(id)));
      }
      box.setPlaceholder(values.isEmpty() ? "not in this run's table" : "any");
      box.setEnabled(!values.isEmpty());
      if (values.isEmpty()) {
        box.setHelperText("The published customer table of this run has no " + c.column() + " column.");
      }
      box.setId("filter-" + c.column().replace('_', '-'));
      box.addValueChangeListener(e -> {
        filter = filter.with(c.column(), e.getValue());
        refresh();
      });
      filters.put(c.column(), box);
      fields.add(box);
    }
    csv = export("Export CSV", "csv", "text/csv");
    parquet = export("Export Parquet", "parquet", "application/vnd.apache.parquet");
    Div actions = new Div(count, csv, parquet);
    actions.addClassName("audience-actions");
    add(new ViewHeader("Campaign audiences", "Customers of run " + run.runDate() + " to reach, with their segment,"
            + " suggested action and the features that matter."),
        new Panel("Who", "Choose segments and narrow them down; an empty filter does not narrow.", fields, actions),
        new Panel("First customers of the audience", "The export holds every customer of the audience, "
            + "with the columns " + String.join(", ", AudienceRow.COLUMNS) + ".", preview));
    refresh();
  }

  private Anchor export(String label, String format, String contentType) {
    DownloadHandler handler = event -> {
      PublishedRun exported = run;
      AudienceFilter chosen = filter;
      event.setFileName("audience-" + exported.runDate() + "." + format);
      event.setContentType(contentType);
      if (format.equals("csv")) {
        audiences.exportCsv(exported, chosen, event.getOutputStream());
      } else {
        audiences.exportParquet(exported, chosen, event.getOutputStream());
      }
    };
    Anchor anchor = new Anchor(handler, "");
    anchor.setDownload(true);
    anchor.setId("export-" + format);
    Button button = new Button(label, VaadinIcon.DOWNLOAD.create());
    button.addThemeVariants(format.equals("csv") ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
    anchor.add(button);
    return anchor;
  }

  private void refresh() {
    AudienceSummary s = audiences.summarize(run, filter);
    count.setText(Formats.count(s.matching()) + " of " + Formats.count(s.customers()) + " customers ("
        + Formats.percent(s.customers() == 0 ? 0 : (double) s.matching() / s.customers()) + ")");
    preview.setItems(s.preview());
    csv.setEnabled(s.matching() > 0);
    parquet.setEnabled(s.matching() > 0);
  }

  private void configurePreview() {
    preview.addColumn(AudienceRow::customerId).setHeader("Customer").setAutoWidth(true);
    preview.addColumn(AudienceRow::segmentName).setHeader("Segment").setFlexGrow(2);
    preview.addColumn(AudienceRow::rfmSegment).setHeader("RFM segment").setFlexGrow(1);
    preview.addColumn(r -> Formats.years(r.age())).setHeader("Age").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    preview.addColumn(r -> Formats.inr(r.balance())).setHeader("Balance").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    preview.addColumn(r -> Formats.inr(r.monetary())).setHeader("Spent").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    preview.addColumn(AudienceRow::action).setHeader("Suggested action").setFlexGrow(3);
    preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    preview.setHeight("420px");
    preview.setId("audience-preview");
  }

  /** The filter on show. */
  public AudienceFilter filter() {
    return filter;
  }

  public String countText() {
    return count.getText();
  }
}
