package com.banksegment.ui.audience.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.ui.audience.domain.AudienceRow;
import com.banksegment.ui.audience.domain.Criteria;
import com.banksegment.ui.base.ui.Formats;
import com.banksegment.ui.fixture.FixtureRun;
import com.banksegment.ui.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AudienceViewTest extends KaribuTest {
  private final FixtureRun fixture = FixtureRun.latest();

  private static <V> void set(com.vaadin.flow.component.HasValue<?, V> field, V value) {
    HasValueUtilsKt._setValue(field, value);
  }

  private int largestSegment() {
    return fixture.sizes().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  @Test
  void everyoneAtFirstThenTheCountFollowsEveryFilter() {
    loginAsAnalyst();
    AudienceView view = navigate(AudienceView.class);
    int n = fixture.customers().size();
    assertThat(view.countText()).startsWith(Formats.count(n) + " of " + Formats.count(n) + " customers");

    int segment = largestSegment();
    set(view.filters.get(Criteria.SEGMENT), Set.of(String.valueOf(segment)));
    long inSegment = fixture.customersIn(segment);
    assertThat(view.countText()).startsWith(Formats.count(inSegment) + " of " + Formats.count(n));

    String rfm = fixture.customers().stream().filter(c -> c.segmentId() == segment)
        .collect(Collectors.groupingBy(FixtureRun.Customer::rfmSegment, Collectors.counting())).entrySet().stream()
        .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    set(view.filters.get("rfm_segment"), Set.of(rfm));
    set(view.filters.get("age"), Set.of("25–34", "35–44"));
    set(view.filters.get("balance"), Set.of("₹10,000–50,000", "₹50,000–2,00,000", "₹2,00,000–10,00,000"));
    long expected = fixture.customers().stream().filter(c -> c.segmentId() == segment && c.rfmSegment().equals(rfm)
        && c.input().age() >= 25 && c.input().age() < 45 && c.input().balance() >= 10_000
        && c.input().balance() < 1_000_000).count();
    assertThat(expected).as("the fixture has customers for this audience").isPositive();
    assertThat(view.countText()).startsWith(Formats.count(expected) + " of ");
    assertThat(GridKt._size(view.preview)).isEqualTo((int) Math.min(expected, 50));
    for (int i = 0; i < GridKt._size(view.preview); i++) {
      AudienceRow row = GridKt._get(view.preview, i);
      assertThat(row.segmentId()).isEqualTo(segment);
      assertThat(row.rfmSegment()).isEqualTo(rfm);
      assertThat(row.action()).isEqualTo(runs.current().segment(segment).orElseThrow().action());
    }
  }

  @Test
  void theCsvExportHoldsTheWholeAudienceAndIsAudited() throws Exception {
    loginAsAnalyst();
    AudienceView view = navigate(AudienceView.class);
    int segment = largestSegment();
    set(view.filters.get(Criteria.SEGMENT), Set.of(String.valueOf(segment)));
    List<String> lines = new String(DownloadKt._download(view.csv), StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0)).isEqualTo(String.join(",", AudienceRow.COLUMNS));
    assertThat(lines).hasSize((int) fixture.customersIn(segment) + 1);
    Set<String> expectedIds = fixture.customers().stream().filter(c -> c.segmentId() == segment)
        .map(FixtureRun.Customer::id).collect(Collectors.toSet());
    assertThat(lines.subList(1, lines.size()).stream().map(l -> l.split(",")[0]).collect(Collectors.toSet()))
        .isEqualTo(expectedIds);
    assertThat(Files.readString(Path.of(AUDIT_LOG))).contains("event=export user=\"asha\" what=\"audience of run 2016-10-21\""
        + " format=\"csv\" filter=\"Segments in [" + segment + "]\" rows=" + fixture.customersIn(segment));
  }

  @Test
  void theParquetExportReadsBackWithTheSameCustomers() throws Exception {
    loginAsAnalyst();
    AudienceView view = navigate(AudienceView.class);
    set(view.filters.get("age"), Set.of("65 and over"));
    long expected = fixture.customers().stream().filter(c -> c.input().age() >= 65).count();
    Path file = Files.createDirectories(Path.of("target", "audience-test")).resolve("part.parquet");
    Files.write(file, DownloadKt._download(view.parquet));
    List<Map<String, Object>> rows = FixtureRun.rows(file.getParent());
    assertThat(rows).hasSize((int) expected);
    assertThat(rows).allSatisfy(r -> assertThat(((Number) r.get("age")).doubleValue()).isGreaterThanOrEqualTo(65));
    assertThat(rows.get(0)).containsKeys("customer_id", "segment_id", "segment_name", "action", "rfm_segment", "balance");
    assertThat(Files.readString(Path.of(AUDIT_LOG))).contains("format=\"parquet\" filter=\"Age band in [65 and over]\" rows="
        + expected);
  }

  @Test
  void aColumnTheRunDoesNotPublishIsShownAsNotAvailable() {
    loginAsAnalyst();
    AudienceView view = navigate(AudienceView.class);
    // The modeling stage's customer_segments has no location column yet (docs/data-contract.md).
    assertThat(view.filters.get("location").isEnabled()).isFalse();
    assertThat(view.filters.get("location").getHelperText()).contains("has no location column");
    assertThat(view.filters.get("rfm_segment").isEnabled()).isTrue();
  }
}
