package com.banksegment.ui.compare.ui;

import com.banksegment.config.RunDate;
import com.banksegment.ui.base.ui.Formats;
import com.banksegment.ui.base.ui.MainLayout;
import com.banksegment.ui.base.ui.RunView;
import com.banksegment.ui.base.ui.chart.BankChart;
import com.banksegment.charts.ChartSpec;
import com.banksegment.charts.ChartSpec.Format;
import com.banksegment.charts.Palette;
import com.banksegment.ui.base.ui.component.Panel;
import com.banksegment.ui.base.ui.component.ViewHeader;
import com.banksegment.ui.compare.service.RunComparison;
import com.banksegment.ui.compare.service.RunComparison.Pair;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.domain.SegmentProfile;
import com.banksegment.ui.lake.service.PublishedRuns;
import com.banksegment.ui.security.domain.Roles;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Function;

/**
 * Two published runs side by side: each segment's size and profile in the earlier and the later
 * run (segments are paired by their stable id), and how each segment's share moved.
 */
@Route(value = "compare", layout = MainLayout.class)
@PageTitle("Compare runs · Customer Segments")
@RolesAllowed({Roles.ANALYST, Roles.VIEWER})
public class CompareRunsView extends RunView {
  private final RunComparison comparison;
  final Select<RunDate> before = new Select<>();
  final Select<RunDate> after = new Select<>();
  final Grid<Pair> grid = new Grid<>(Pair.class, false);
  final Div chartBox = new Div();
  final Paragraph note = new Paragraph();

  public CompareRunsView(PublishedRuns runs, RunComparison comparison) {
    super(runs);
    this.comparison = comparison;
    before.setLabel("Earlier run");
    after.setLabel("Later run");
    before.setId("compare-before");
    after.setId("compare-after");
    grid.setId("compare-grid");
    note.addClassName("hint");
  }

  @Override
  protected void show(PublishedRun run) {
    List<RunDate> dates = comparison.runDates();
    before.setItems(dates);
    after.setItems(dates);
    after.setValue(run.runDate());
    int index = dates.indexOf(run.runDate());
    before.setValue(index > 0 ? dates.get(index - 1) : run.runDate());
    before.addValueChangeListener(e -> refresh());
    after.addValueChangeListener(e -> refresh());
    configureGrid(run);
    Div pickers = new Div(before, after, note);
    pickers.addClassName("compare-pickers");
    add(new ViewHeader("Compare runs", "Segment sizes and profiles of two published runs, paired by segment id."),
        new Panel("Runs", dates.size() < 2 ? "Only one run is published so far: the two sides are the same run." : null,
            pickers),
        new Panel("Share of customers by segment", null, chartBox),
        new Panel("Segments side by side", "Medians describe a typical customer of the segment in each run.", grid));
    refresh();
  }

  private void refresh() {
    if (before.isEmpty() || after.isEmpty()) {
      return;
    }
    PublishedRun a = comparison.run(before.getValue());
    PublishedRun b = comparison.run(after.getValue());
    List<Pair> pairs = RunComparison.pairs(a, b);
    grid.setItems(pairs);
    note.setText("Run " + a.runDate() + ": " + Formats.count(a.customers()) + " customers in " + a.segments().size()
        + " segments; run " + b.runDate() + ": " + Formats.count(b.customers()) + " customers in " + b.segments().size()
        + " segments.");
    List<String> labels = pairs.stream().map(p -> name(p)).toList();
    ChartSpec spec = ChartSpec.bar().labels(labels)
        .series("Run " + a.runDate(), pairs.stream().mapToDouble(p -> share(p.before())).toArray(), Palette.MUTED)
        .series("Run " + b.runDate(), pairs.stream().mapToDouble(p -> share(p.after())).toArray(), Palette.PRIMARY)
        .axis("y", "Share of customers", Format.PERCENT).tooltip(Format.PERCENT).legend("bottom");
    chartBox.removeAll();
    chartBox.add(new BankChart(spec, "Share of customers by segment in the two runs"));
  }

  private static String name(Pair p) {
    return p.after() != null ? p.after().name() : p.before().name();
  }

  private static double share(SegmentProfile s) {
    return s == null ? 0 : s.customerShare();
  }

  private void configureGrid(PublishedRun run) {
    grid.removeAllColumns();
    grid.addColumn(new ComponentRenderer<>(p -> {
      Span dot = new Span();
      dot.addClassName("segment-dot");
      dot.getStyle().set("background", Palette.segment(p.segmentId()));
      Span label = new Span(dot, new Span(name(p) + (p.before() != null && p.after() != null
          && !p.before().name().equals(p.after().name()) ? " (was " + p.before().name() + ")" : "")));
      label.addClassName("segment-name");
      return label;
    })).setHeader("Segment").setFlexGrow(3);
    column("Customers", s -> Formats.count(s.customers()));
    column("Share", s -> Formats.percent(s.customerShare()));
    grid.addColumn(p -> (p.shareChange() >= 0 ? "+" : "−") + Formats.decimal(Math.abs(p.shareChange()) * 100, 1) + " pt")
        .setHeader("Change").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    column("Spend", s -> Formats.inr(s.medianMonetary()));
    // Attributes of the shown run's model only (a source without them has none to compare).
    if (run.uses("balance")) {
      column("Balance", s -> Formats.inr(s.medianBalance()));
    }
    if (run.uses("age")) {
      column("Age", s -> Formats.years(s.medianAge()));
    }
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setAllRowsVisible(true);
  }

  /** One figure as "earlier → later" (– where the segment is not in a run). */
  private void column(String header, Function<SegmentProfile, String> figure) {
    grid.addColumn(p -> (p.before() == null ? "–" : figure.apply(p.before())) + " → "
        + (p.after() == null ? "–" : figure.apply(p.after()))).setHeader(header)
        .setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
  }
}
