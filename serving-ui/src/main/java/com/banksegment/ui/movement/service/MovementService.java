package com.banksegment.ui.movement.service;

import com.banksegment.config.SuiteSettings;
import com.banksegment.contract.ActionCatalog;
import com.banksegment.contract.LakeTables;
import com.banksegment.contract.Table;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.domain.SegmentProfile;
import com.banksegment.ui.lake.service.LakeRow;
import com.banksegment.ui.lake.service.ParquetTables;
import com.banksegment.ui.lake.service.PublishedRunLoader;
import com.banksegment.ui.movement.domain.Flow;
import com.banksegment.ui.movement.domain.Migration;
import com.banksegment.ui.movement.domain.Mover;
import com.banksegment.ui.movement.domain.MoverList;
import com.banksegment.ui.movement.domain.MovementUnavailableException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.parquet.filter2.predicate.FilterApi;
import org.apache.parquet.filter2.predicate.FilterPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * The movement since the previous published run: the counts of {@code segment_migration} for
 * everyone, and the customers of {@code segment_movers} for analysts only (checked here, on the
 * server: a viewer's call is refused whatever the page shows). Which segments are marked for
 * win-back is the action catalogue's rule ({@link ActionCatalog#isWinBackSegment}): the catalogue of
 * this app's {@code segment.modeling.actions}, the same setting the model stage names each
 * segment's action from, applied to the run's segment names.
 */
@Service
public class MovementService {
  private static final Logger LOG = LoggerFactory.getLogger(MovementService.class);
  private static final Table MIGRATION = LakeTables.SEGMENT_MIGRATION;
  private static final Table MOVERS = LakeTables.SEGMENT_MOVERS;

  private final PublishedRunLoader loader;
  private final ParquetTables tables;
  private final ActionCatalog actions;

  public MovementService(SuiteSettings settings, PublishedRunLoader loader, ParquetTables tables) {
    this.actions = new ActionCatalog(settings.modeling().actions());
    this.loader = loader;
    this.tables = tables;
  }

  /**
   * The run's movement counts; empty when the run has no migration table (published before the
   * pipeline wrote one). Counts only: no customer id.
   */
  @Secured({"ROLE_ANALYST", "ROLE_VIEWER"})
  public Optional<Migration> migration(PublishedRun run) {
    String partition = loader.partition(MIGRATION, run.runDate());
    List<LakeRow> rows;
    try {
      rows = tables.readAll(partition);
    } catch (FileNotFoundException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      throw unreadable(run, partition, e);
    }
    String previous = null;
    List<Flow> flows = new ArrayList<>();
    for (LakeRow r : rows) {
      previous = previous != null ? previous : r.string(MIGRATION.col("previous_run_date"));
      flows.add(new Flow(r.string(MIGRATION.col("movement")), id(r, MIGRATION.col("from_cluster_id")),
          r.string(MIGRATION.col("from_segment_name")), id(r, MIGRATION.col("to_cluster_id")),
          r.string(MIGRATION.col("to_segment_name")), r.whole(MIGRATION.col("customers"))));
    }
    return Optional.of(new Migration(run.runDate().toString(), previous, List.copyOf(flows)));
  }

  /** The run's segments the action catalogue marks for win-back, with the action it suggests. */
  @Secured({"ROLE_ANALYST", "ROLE_VIEWER"})
  public List<SegmentProfile> winBackSegments(PublishedRun run) {
    return run.segments().stream().filter(s -> actions.isWinBackSegment(s.name())).toList();
  }

  /** The catalogue's action for a segment name (what the page says the win-back segments get). */
  public String actionFor(String segmentName) {
    return actions.actionFor(segmentName);
  }

  /**
   * The customers who moved into a win-back segment since the previous run (at most
   * {@code limit} of them, and how many in all): customer-level, so for analysts only.
   */
  @Secured("ROLE_ANALYST")
  public MoverList winBackMovers(PublishedRun run, int limit) {
    Set<Integer> ids = winBackSegments(run).stream().map(SegmentProfile::id).collect(Collectors.toSet());
    List<Mover> shown = new ArrayList<>();
    long[] total = new long[1];
    if (ids.isEmpty()) {
      return new MoverList(List.of(), 0);
    }
    String partition = loader.partition(MOVERS, run.runDate());
    try {
      tables.forEach(partition, MOVERS.columnNames(), into(ids), r -> {
        int to = (int) r.whole(MOVERS.col("to_cluster_id"));
        if (!ids.contains(to)) {
          return; // the filter may keep rows of a page that also holds matches
        }
        total[0]++;
        if (shown.size() < limit) {
          shown.add(new Mover(r.string(MOVERS.col("customer_id")), (int) r.whole(MOVERS.col("from_cluster_id")),
              r.string(MOVERS.col("from_segment_name")), to, r.string(MOVERS.col("to_segment_name"))));
        }
      });
    } catch (FileNotFoundException e) {
      return new MoverList(List.of(), 0);
    } catch (IOException | RuntimeException e) {
      throw unreadable(run, partition, e);
    }
    return new MoverList(List.copyOf(shown), total[0]);
  }

  private static FilterPredicate into(Set<Integer> ids) {
    FilterPredicate any = null;
    for (int id : ids) {
      FilterPredicate one = FilterApi.eq(FilterApi.intColumn(MOVERS.col("to_cluster_id")), id);
      any = any == null ? one : FilterApi.or(any, one);
    }
    return any;
  }

  private static Integer id(LakeRow r, String column) {
    return r.has(column) ? (int) r.whole(column) : null;
  }

  private static MovementUnavailableException unreadable(PublishedRun run, String partition, Exception e) {
    LOG.error("Cannot read {}", partition, e);
    return new MovementUnavailableException("The movement figures of run " + run.runDate()
        + " cannot be read; the details are in the application log.", e);
  }
}
