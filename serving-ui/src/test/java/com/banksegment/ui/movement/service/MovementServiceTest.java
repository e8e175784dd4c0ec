package com.banksegment.ui.movement.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.config.SuiteSettings;
import com.banksegment.ui.fixture.FixtureLake;
import com.banksegment.ui.fixture.FixtureRun;
import com.banksegment.ui.lake.MutableClock;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.service.LakeFiles;
import com.banksegment.ui.lake.service.ParquetTables;
import com.banksegment.ui.lake.service.PublishedRunLoader;
import com.banksegment.ui.movement.domain.Flow;
import com.banksegment.ui.movement.domain.Migration;
import com.banksegment.ui.support.TestActions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The movement tables of the fixture lake's two runs, as the publish stage wrote them: the latest
 * against the earlier, the earlier (the first publish) against none; and a run without them.
 */
class MovementServiceTest {
  private record Lake(PublishedRunLoader loader, MovementService service) {}

  private static Lake over(FixtureLake lake) {
    SuiteSettings settings = SuiteSettings.load(List.of("segment.lake.root=" + lake.root(), TestActions.CONF));
    LakeFiles files = LakeFiles.withDefaults();
    ParquetTables tables = new ParquetTables(files);
    PublishedRunLoader loader = new PublishedRunLoader(settings, files, tables, new MutableClock());
    return new Lake(loader, new MovementService(settings, loader, tables));
  }

  @Test
  void theLatestRunMovedAgainstTheEarlierAndTheCountsAddUpToBothRuns() throws Exception {
    Lake lake = over(FixtureLake.shared());
    PublishedRun run = lake.loader().load(FixtureLake.RUN_DATE);
    Migration m = lake.service().migration(run).orElseThrow();
    assertThat(m.previousRunDate()).isEqualTo(FixtureLake.EARLIER.toString());
    assertThat(m.count(Flow.STAYED) + m.count(Flow.MOVED) + m.count(Flow.NEW)).isEqualTo(run.customers());
    assertThat(m.count(Flow.STAYED) + m.count(Flow.MOVED) + m.count(Flow.GONE))
        .isEqualTo(FixtureRun.of(FixtureLake.EARLIER).customers().size());
    List<Flow> biggest = m.biggestMoves(3);
    assertThat(biggest).allMatch(f -> f.movement().equals(Flow.MOVED) && !f.fromId().equals(f.toId()));
    for (int i = 1; i < biggest.size(); i++) {
      assertThat(biggest.get(i).customers()).isLessThanOrEqualTo(biggest.get(i - 1).customers());
    }
    // The movers table lists every moved customer once; the win-back list is its part into win-back segments.
    long intoWinBack = m.movesInto(lake.service().winBackSegments(run).stream().map(s -> s.id()).toList()).stream()
        .mapToLong(Flow::customers).sum();
    assertThat(intoWinBack).as("the test catalogue marks a segment customers moved into").isPositive();
    assertThat(lake.service().winBackMovers(run, 5).total()).isEqualTo(intoWinBack);
    assertThat(lake.service().winBackMovers(run, 5).shown()).hasSizeLessThanOrEqualTo(5);
  }

  @Test
  void theFirstPublishHasNoPreviousRunAndEveryCustomerIsNew() throws Exception {
    Lake lake = over(FixtureLake.shared());
    PublishedRun run = lake.loader().load(FixtureLake.EARLIER);
    Migration m = lake.service().migration(run).orElseThrow();
    assertThat(m.firstPublish()).isTrue();
    assertThat(m.count(Flow.NEW)).isEqualTo(run.customers());
    assertThat(m.count(Flow.MOVED) + m.count(Flow.STAYED) + m.count(Flow.GONE)).isZero();
  }

  @Test
  void aRunPublishedBeforeMovementWasRecordedHasNone() throws Exception {
    FixtureLake copy = FixtureLake.create("no-migration").deleteTable("segment_migration", FixtureLake.RUN_DATE)
        .deleteTable("segment_movers", FixtureLake.RUN_DATE);
    Lake lake = over(copy);
    PublishedRun run = lake.loader().load(FixtureLake.RUN_DATE);
    assertThat(lake.service().migration(run)).isEmpty();
    assertThat(lake.service().winBackMovers(run, 5).total()).isZero();
  }
}
