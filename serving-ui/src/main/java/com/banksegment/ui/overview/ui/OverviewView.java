package com.banksegment.ui.overview.ui;

import com.banksegment.charts.ChartSpec;
import com.banksegment.charts.ChartSpec.Format;
import com.banksegment.charts.Palette;
import com.banksegment.ui.base.ui.Formats;
import com.banksegment.ui.base.ui.MainLayout;
import com.banksegment.ui.base.ui.RunView;
import com.banksegment.ui.base.ui.chart.BankChart;
import com.banksegment.ui.base.ui.component.Figure;
import com.banksegment.ui.base.ui.component.Panel;
import com.banksegment.ui.base.ui.component.ViewHeader;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.domain.SegmentProfile;
import com.banksegment.ui.lake.service.PublishedRuns;
import com.banksegment.ui.security.domain.Roles;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;

/** The segments of the published run: who they are, how many, what they are worth, what to do. */
@Route(value = "", layout = MainLayout.class)
@RouteAlias(value = "overview", layout = MainLayout.class)
@PageTitle("Overview · Customer Segments")
@RolesAllowed({Roles.ANALYST, Roles.VIEWER})
public class OverviewView extends RunView {
  private Grid<SegmentProfile> grid;

  public OverviewView(PublishedRuns runs) {
    super(runs);
  }

  @Override
  protected void show(PublishedRun run) {
    List<SegmentProfile> segments = run.segments().stream()
        .sorted(Comparator.comparingLong(SegmentProfile::customers).reversed()).toList();
    SegmentProfile largest = segments.get(0);
    SegmentProfile mostValuable = segments.stream().max(Comparator.comparingDouble(SegmentProfile::monetaryShare)).orElseThrow();

    Div figures = new Div(
        new Figure("Customers segmented", Formats.count(run.customers()), "run of " + run.runDate()),
        new Figure("Segments", String.valueOf(segments.size()), run.bundle().metrics().kRule()),
        new Figure("Largest segment", largest.name(), Formats.percent(largest.customerShare()) + " of customers"),
        new Figure("Most valuable segment", mostValuable.name(),
            Formats.percent(mostValuable.monetaryShare()) + " of transaction value"));
    figures.addClassName("figures");

    List<String> names = segments.stream().map(SegmentProfile::name).toList();
    List<String> colours = segments.stream().map(s -> Palette.segment(s.id())).toList();
    ChartSpec shares = ChartSpec.doughnut().labels(names)
        .series("Share of customers", segments.stream().mapToDouble(SegmentProfile::customerShare).toArray(), null)
        .sliceColours(colours).legend("right").tooltip(Format.PERCENT);
    ChartSpec value = ChartSpec.bar().labels(names)
        .series("Share of customers", segments.stream().mapToDouble(SegmentProfile::customerShare).toArray(), Palette.MUTED)
        .series("Share of transaction value", segments.stream().mapToDouble(SegmentProfile::monetaryShare).toArray(), Palette.PRIMARY)
        .axis("y", null, Format.PERCENT).tooltip(Format.PERCENT);
    Div charts = new Div(
        new Panel("Customers by segment", "Share of all customers of the run in each segment.",
            new BankChart(shares, "Share of customers by segment")),
        new Panel("Value against size", "A segment above its grey bar brings more value than its size suggests.",
            new BankChart(value, "Share of customers and of transaction value by segment")));
    charts.addClassName("two-columns");

    grid = segmentGrid(segments);
    add(new ViewHeader("Segment overview",
            "Customer segments of run " + run.runDate() + ", model " + run.modelVersion() + "."),
        figures, charts, new Panel("Segments and suggested actions",
            "Medians describe a typical customer of each segment; the action is the suggested engagement.", grid));
  }

  private static Grid<SegmentProfile> segmentGrid(List<SegmentProfile> segments) {
    Grid<SegmentProfile> g = new Grid<>(SegmentProfile.class, false);
    g.addColumn(new ComponentRenderer<>(s -> {
      Span dot = new Span();
      dot.addClassName("segment-dot");
      dot.getStyle().set("background", Palette.segment(s.id()));
      Span name = new Span(dot, new Span(s.name()));
      name.addClassName("segment-name");
      return name;
    })).setHeader("Segment").setAutoWidth(true).setFlexGrow(2);
    g.addColumn(s -> s.id()).setHeader("Id").setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
    g.addColumn(s -> Formats.count(s.customers())).setHeader("Customers").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    g.addColumn(s -> Formats.percent(s.customerShare())).setHeader("Share").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    g.addColumn(s -> Formats.percent(s.monetaryShare())).setHeader("Value share").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    g.addColumn(s -> Formats.days(s.medianRecencyDays())).setHeader("Last transaction").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    g.addColumn(s -> Formats.decimal(s.medianFrequency(), 0)).setHeader("Transactions").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    g.addColumn(s -> Formats.inr(s.medianMonetary())).setHeader("Spend").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    g.addColumn(s -> Formats.inr(s.medianBalance())).setHeader("Balance").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    g.addColumn(s -> Formats.years(s.medianAge())).setHeader("Age").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    g.addColumn(SegmentProfile::dominantRfmSegment).setHeader("Main RFM group").setAutoWidth(true);
    g.addColumn(SegmentProfile::action).setHeader("Suggested action").setFlexGrow(3);
    g.setItems(segments);
    g.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    g.setAllRowsVisible(true);
    g.addClassName("segment-grid");
    return g;
  }

  public Grid<SegmentProfile> segmentGrid() {
    return grid;
  }
}
