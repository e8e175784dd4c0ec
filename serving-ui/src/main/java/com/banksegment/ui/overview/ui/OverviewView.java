package com.banksegment.ui.overview.ui;

import com.banksegment.charts.ChartSpec;
import com.banksegment.charts.ChartSpec.Format;
import com.banksegment.charts.Palette;
import com.banksegment.ui.base.ui.Formats;
import com.banksegment.ui.base.ui.MainLayout;
import com.banksegment.ui.base.ui.RunView;
import com.banksegment.ui.base.ui.chart.BankChart;
import com.banksegment.ui.base.ui.component.Figure;
import com.banksegment.ui.base.ui.component.Glossary;
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
        .sliceColours(colours).legend("bottom").tooltip(Format.PERCENT);
    ChartSpec value = ChartSpec.bar().labels(names)
        .series("Share of customers", segments.stream().mapToDouble(SegmentProfile::customerShare).toArray(), Palette.MUTED)
        .series("Share of transaction value", segments.stream().mapToDouble(SegmentProfile::monetaryShare).toArray(), Palette.PRIMARY)
        .axis("y", null, Format.PERCENT).tooltip(Format.PERCENT);
    BankChart donut = new BankChart(shares, "Share of customers by segment");
    // The legend sits below the ring with every name whole: room for one line per segment.
    donut.setHeight(Math.max(320, 220 + 24 * segments.size()) + "px");
    Div charts = new Div(
        new Panel("Customers by segment", "Share of all customers of the run in each segment.", donut),
        new Panel("Value against size", "A segment above its grey bar brings more value than its size suggests.",
            new BankChart(value, "Share of customers and of transaction value by segment")));
    charts.addClassName("two-columns");

    grid = segmentGrid(segments, run);
    add(new ViewHeader("Segment overview",
            "Customer segments of run " + run.runDate() + ", model " + run.modelVersion() + "."),
        figures, charts, new Panel("Segments and suggested actions",
            "Medians describe a typical customer of each segment; the action is the suggested engagement.", grid));
  }

  /**
   * One row per segment that fits a 1366 px laptop screen: the name, id and suggested action share
   * the first column (the action on a line of its own), the figures take fixed narrow columns.
   */
  private static Grid<SegmentProfile> segmentGrid(List<SegmentProfile> segments, PublishedRun run) {
    Grid<SegmentProfile> g = new Grid<>(SegmentProfile.class, false);
    g.addColumn(new ComponentRenderer<>(s -> {
      Span dot = new Span();
      dot.addClassName("segment-dot");
      dot.getStyle().set("background", Palette.segment(s.id()));
      Span name = new Span(dot, new Span(s.name()), new Span(" #" + s.id()));
      name.addClassName("segment-name");
      Span action = new Span(s.action());
      action.addClassName("segment-action");
      Div cell = new Div(name, action);
      cell.addClassName("segment-cell");
      return cell;
    })).setHeader("Segment and suggested action").setKey("segment").setFlexGrow(1).setWidth("190px");
    number(g, "Customers", "88px", s -> Formats.count(s.customers()));
    number(g, "Share", "70px", s -> Formats.percent(s.customerShare()));
    number(g, "Value share", "84px", s -> Formats.percent(s.monetaryShare()));
    number(g, "Last transaction", "96px", s -> Formats.days(s.medianRecencyDays()));
    number(g, "Spend", "92px", s -> Formats.inr(s.medianMonetary()));
    // Columns of the model's attributes only: a source without balance or age has none to show.
    if (run.uses("balance")) {
      number(g, "Balance", "104px", s -> Formats.inr(s.medianBalance()));
    }
    if (run.uses("age")) {
      number(g, "Age", "76px", s -> Formats.years(s.medianAge()));
    }
    Span rfm = new Span("Main RFM group");
    rfm.getElement().setAttribute("title", Glossary.explain(Glossary.RFM));
    g.addColumn(SegmentProfile::dominantRfmSegment).setHeader(rfm).setWidth("120px").setFlexGrow(0);
    g.setItems(segments);
    g.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    g.setAllRowsVisible(true);
    g.addClassName("segment-grid");
    return g;
  }

  private static void number(Grid<SegmentProfile> g, String header, String width,
      com.vaadin.flow.function.ValueProvider<SegmentProfile, String> value) {
    g.addColumn(value).setHeader(header).setTextAlign(ColumnTextAlign.END).setWidth(width).setFlexGrow(0);
  }

  public Grid<SegmentProfile> segmentGrid() {
    return grid;
  }
}
