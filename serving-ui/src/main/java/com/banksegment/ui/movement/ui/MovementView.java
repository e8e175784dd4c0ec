package com.banksegment.ui.movement.ui;

import com.banksegment.charts.ChartSpec;
import com.banksegment.charts.ChartSpec.Format;
import com.banksegment.charts.Palette;
import com.banksegment.contract.ActionCatalog;
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
import com.banksegment.ui.movement.domain.Flow;
import com.banksegment.ui.movement.domain.Migration;
import com.banksegment.ui.movement.domain.Mover;
import com.banksegment.ui.movement.domain.MoverList;
import com.banksegment.ui.movement.domain.MovementUnavailableException;
import com.banksegment.ui.movement.service.MovementService;
import com.banksegment.ui.security.domain.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How customers moved between segments since the previous published run (issue 16): the counts
 * of stayed, moved, new and gone, the biggest moves in words, where each segment's customers went
 * (a chart and a from/to heat map), and the moves into the segments marked for win-back. Analysts
 * see those customers' ids; viewers see counts only (the service refuses them the ids).
 */
@Route(value = "movement", layout = MainLayout.class)
@PageTitle("Movement · Customer Segments")
@RolesAllowed({Roles.ANALYST, Roles.VIEWER})
public class MovementView extends RunView {
  /** Biggest moves named in words. */
  static final int BIGGEST = 5;
  /** Win-back movers listed on the page (the count says how many there are in all). */
  static final int MOVERS_SHOWN = 100;

  private final MovementService movement;
  private final AuthenticationContext auth;

  public MovementView(PublishedRuns runs, MovementService movement, AuthenticationContext auth) {
    super(runs);
    this.movement = movement;
    this.auth = auth;
  }

  @Override
  protected void show(PublishedRun run) {
    add(new ViewHeader("Segment movement", "How customers moved between segments since the previous published run."));
    Migration migration;
    try {
      var found = movement.migration(run);
      if (found.isEmpty()) {
        add(plain("movement-none", "Run " + run.runDate() + " has no movement figures: it was published before the"
            + " pipeline recorded movement between runs."));
        return;
      }
      migration = found.get();
    } catch (MovementUnavailableException e) {
      add(plain("movement-error", e.getMessage()));
      return;
    }
    if (migration.firstPublish()) {
      add(plain("movement-none", "Run " + run.runDate() + " is the first published run: there is no earlier run to"
          + " compare it with, so all " + Formats.count(migration.count(Flow.NEW)) + " customers are new."));
      return;
    }
    Div figures = new Div(
        new Figure("Stayed", Formats.count(migration.count(Flow.STAYED)), "same segment as in " + migration.previousRunDate()),
        new Figure("Moved", Formats.count(migration.count(Flow.MOVED)), "changed segment"),
        new Figure("New", Formats.count(migration.count(Flow.NEW)), "not in the previous run"),
        new Figure("Gone", Formats.count(migration.count(Flow.GONE)), "in the previous run only"));
    figures.addClassName("figures");
    figures.setId("movement-figures");

    Div where = new Div(
        new Panel("Where each segment's customers went", "Customers of each segment of run "
            + migration.previousRunDate() + ", by their segment in run " + run.runDate() + ".",
            new BankChart(whereTheyWent(migration), "Customers of each previous segment by their segment now")),
        new Panel("From / to", "Rows: segment in run " + migration.previousRunDate() + "; columns: segment now (by id)."
            + " Shaded by share of the row: blue stayed, orange moved.", new MovementMatrix(migration)));
    // One above the other: the chart needs the width for its segment names, the heat map for its columns.
    where.addClassName("stack");
    add(figures, new Panel("Biggest moves", null, biggestMoves(migration)), where, winBack(run, migration));
  }

  private static Component biggestMoves(Migration migration) {
    List<Flow> moves = migration.biggestMoves(BIGGEST);
    if (moves.isEmpty()) {
      return plain("movement-flows", "No customer changed segment since run " + migration.previousRunDate() + ".");
    }
    UnorderedList list = new UnorderedList();
    list.setId("movement-flows");
    moves.forEach(f -> list.add(new ListItem(f.sentence(Formats.count(f.customers())) + ".")));
    return list;
  }

  /** A stacked horizontal bar per previous segment, one colour per segment now (grey: gone). */
  private static ChartSpec whereTheyWent(Migration migration) {
    Map<Integer, String> from = new TreeMap<>();
    Map<Integer, String> to = new TreeMap<>();
    for (Flow f : migration.flows()) {
      if (f.fromId() != null) {
        from.put(f.fromId(), f.fromName());
      }
      if (f.toId() != null) {
        to.put(f.toId(), f.toName());
      }
    }
    List<Integer> fromIds = List.copyOf(from.keySet());
    ChartSpec spec = ChartSpec.bar().horizontal().stacked()
        .labels(fromIds.stream().map(id -> from.get(id) + " (#" + id + ")").toList());
    to.forEach((id, name) -> spec.series(name + " (#" + id + ")", counts(migration, fromIds, id), Palette.segment(id)));
    spec.series("Gone", counts(migration, fromIds, null), Palette.MUTED);
    return spec.axis("x", "Customers", Format.NUMBER).tooltip(Format.NUMBER, " customers").legend("bottom");
  }

  private static double[] counts(Migration migration, List<Integer> fromIds, Integer toId) {
    return fromIds.stream().mapToDouble(fromId -> migration.flows().stream()
        .filter(f -> Objects.equals(f.fromId(), fromId) && Objects.equals(f.toId(), toId))
        .mapToLong(Flow::customers).sum()).toArray();
  }

  private Panel winBack(PublishedRun run, Migration migration) {
    List<SegmentProfile> targets = movement.winBackSegments(run);
    if (targets.isEmpty()) {
      return new Panel("Moved into win-back segments", null, plain("winback-none", "No segment of this run is marked"
          + " for win-back (no action of the catalogue for its segments starts with \"" + ActionCatalog.WIN_BACK
          + "\")."));
    }
    String names = targets.stream().map(SegmentProfile::name).collect(Collectors.joining(", "));
    List<Flow> flows = migration.movesInto(targets.stream().map(SegmentProfile::id).toList());
    long total = flows.stream().mapToLong(Flow::customers).sum();
    Div content = new Div();
    content.add(plain("winback-count", Formats.count(total) + (total == 1 ? " customer" : " customers")
        + " moved into " + names + " since run " + migration.previousRunDate() + "."));
    if (!flows.isEmpty()) {
      UnorderedList list = new UnorderedList();
      list.setId("winback-flows");
      flows.forEach(f -> list.add(new ListItem(f.sentence(Formats.count(f.customers())) + ".")));
      content.add(list);
    }
    if (auth.hasRole(Roles.ANALYST)) {
      content.add(moverGrid(movement.winBackMovers(run, MOVERS_SHOWN)));
    } else {
      content.add(plain("winback-viewer", "The customers' ids are shown to analysts only."));
    }
    String campaigns = targets.stream().map(t -> movement.actionFor(t.name())).distinct()
        .collect(Collectors.joining("; "));
    return new Panel("Moved into win-back segments", "Segments marked for win-back: " + names + " (" + campaigns
        + ").", content);
  }

  private static Component moverGrid(MoverList movers) {
    Grid<Mover> grid = new Grid<>(Mover.class, false);
    grid.setId("winback-movers");
    grid.addColumn(Mover::customerId).setHeader("Customer").setAutoWidth(true);
    grid.addColumn(m -> m.fromName() + " (#" + m.fromId() + ")").setHeader("From").setFlexGrow(1);
    grid.addColumn(m -> m.toName() + " (#" + m.toId() + ")").setHeader("To").setFlexGrow(1);
    grid.setItems(movers.shown());
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    grid.setAllRowsVisible(movers.shown().size() <= 20);
    Div box = new Div(grid);
    if (movers.total() > movers.shown().size()) {
      box.add(plain("winback-shown", "The first " + Formats.count(movers.shown().size()) + " of "
          + Formats.count(movers.total()) + " customers."));
    }
    return box;
  }

  private static Paragraph plain(String id, String text) {
    Paragraph p = new Paragraph(text);
    p.setId(id);
    return p;
  }
}
