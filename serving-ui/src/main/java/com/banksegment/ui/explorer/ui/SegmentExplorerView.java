package com.banksegment.ui.explorer.ui;

import com.banksegment.charts.ChartSpec;
import com.banksegment.charts.ChartSpec.Format;
import com.banksegment.charts.Palette;
import com.banksegment.ui.base.ui.Formats;
import com.banksegment.ui.base.ui.MainLayout;
import com.banksegment.ui.base.ui.RunView;
import com.banksegment.ui.base.ui.chart.BankChart;
import com.banksegment.ui.base.ui.component.Panel;
import com.banksegment.ui.base.ui.component.ViewHeader;
import com.banksegment.ui.explorer.domain.Distribution;
import com.banksegment.ui.explorer.domain.ExplorerStats;
import com.banksegment.ui.explorer.service.ExplorerService;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.domain.SegmentProfile;
import com.banksegment.ui.lake.service.PublishedRuns;
import com.banksegment.ui.security.domain.Roles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Where the segments sit and how they differ: a PCA scatter of a sample of customers coloured by
 * segment, the distribution of each input within each segment, and the RFM groups inside each.
 * Only aggregates and anonymous coordinates reach the browser: no customer id is shown here.
 */
@Route(value = "segments", layout = MainLayout.class)
@PageTitle("Segment explorer · Customer Segments")
@RolesAllowed({Roles.ANALYST, Roles.VIEWER})
public class SegmentExplorerView extends RunView {

  private final ExplorerService explorer;
  final Select<String> input = new Select<>();
  BankChart distributionChart;
  BankChart scatter;
  BankChart rfmMix;

  public SegmentExplorerView(PublishedRuns runs, ExplorerService explorer) {
    super(runs);
    this.explorer = explorer;
  }

  @Override
  protected void show(PublishedRun run) {
    ExplorerStats stats = explorer.stats(run);
    scatter = new BankChart(scatterSpec(run, stats), "Sample of customers in the first two principal components");
    scatter.setHeight("460px");

    input.setLabel("Input");
    input.setItems(stats.distributions().stream().map(Distribution::input).toList());
    input.setItemLabelGenerator(i -> stats.distribution(i).label());
    input.setValue("monetary");
    distributionChart = new BankChart(distributionSpec(run, stats.distribution("monetary")), "Distribution by segment");
    distributionChart.setHeight("380px");
    input.addValueChangeListener(e -> distributionChart.setSpec(distributionSpec(run, stats.distribution(e.getValue()))));

    rfmMix = new BankChart(rfmSpec(run, stats), "RFM groups within each segment");
    rfmMix.setHeight(Math.max(260, 48 * run.segments().size() + 120) + "px");

    Div top = new Div(
        new Panel("Customers in PCA space", "A random sample of " + Formats.count(stats.sampleSize()) + " of "
            + Formats.count(stats.customers()) + " customers, coloured by segment.", scatter),
        new Panel("Distribution within each segment", "Share of each segment's customers per range of the chosen input.",
            input, distributionChart));
    top.addClassName("two-columns");
    add(new ViewHeader("Segment explorer", "How the segments differ in what customers do and who they are."), top,
        new Panel("RFM groups per segment", "Share of each segment's customers in each named RFM group "
            + "(recency, frequency, monetary scores).", rfmMix));
  }

  static ChartSpec scatterSpec(PublishedRun run, ExplorerStats stats) {
    ChartSpec spec = ChartSpec.scatter().axis("x", "Principal component 1", Format.NUMBER)
        .axis("y", "Principal component 2", Format.NUMBER).legend("bottom");
    for (SegmentProfile s : run.segments()) {
      spec.points(s.name(), stats.sample().getOrDefault(s.id(), List.of()), Palette.segment(s.id()));
    }
    return spec;
  }

  static ChartSpec distributionSpec(PublishedRun run, Distribution d) {
    ChartSpec spec = ChartSpec.bar().labels(d.bins()).axis("y", "Share of the segment", Format.PERCENT)
        .axis("x", d.label(), null).tooltip(Format.PERCENT).legend("bottom");
    for (SegmentProfile s : run.segments()) {
      spec.series(s.name(), d.shares(s.id()), Palette.segment(s.id()));
    }
    return spec;
  }

  static ChartSpec rfmSpec(PublishedRun run, ExplorerStats stats) {
    TreeSet<String> groups = new TreeSet<>();
    stats.rfmMix().values().forEach(m -> groups.addAll(m.keySet()));
    List<String> names = run.segments().stream().map(SegmentProfile::name).toList();
    ChartSpec spec = ChartSpec.bar().labels(names).horizontal().stacked()
        .axis("x", "Share of the segment's customers", Format.PERCENT).axisFrom("x", 0, 1)
        .tooltip(Format.PERCENT).legend("bottom");
    for (String group : groups) {
      double[] shares = new double[run.segments().size()];
      for (int i = 0; i < shares.length; i++) {
        Map<String, Long> mix = stats.rfmMix().getOrDefault(run.segments().get(i).id(), Map.of());
        long total = mix.values().stream().mapToLong(Long::longValue).sum();
        shares[i] = total == 0 ? 0 : (double) mix.getOrDefault(group, 0L) / total;
      }
      spec.series(group, shares, Palette.rfm(group));
    }
    return spec;
  }
}
