package com.banksegment.ui.movement.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The movement of customers between segments since the previous published run (the run's
 * {@code published/segment_migration}). The first published run has no previous run: every one
 * of its customers is new.
 *
 * @param previousRunDate the previous published run, null for the first publish
 */
public record Migration(String runDate, String previousRunDate, List<Flow> flows) {
  public boolean firstPublish() {
    return previousRunDate == null;
  }

  public long count(String movement) {
    return flows.stream().filter(f -> f.movement().equals(movement)).mapToLong(Flow::customers).sum();
  }

  /** The biggest moves between two different segments, largest first (ties by name, so the order is stable). */
  public List<Flow> biggestMoves(int limit) {
    return flows.stream().filter(f -> f.movement().equals(Flow.MOVED))
        .sorted(Comparator.comparingLong(Flow::customers).reversed().thenComparing(Flow::fromName)
            .thenComparing(Flow::toName))
        .limit(limit).toList();
  }

  /** Customers who moved into one of these segments (from another segment), per flow. */
  public List<Flow> movesInto(Collection<Integer> segmentIds) {
    return flows.stream().filter(f -> f.movement().equals(Flow.MOVED) && segmentIds.contains(f.toId()))
        .sorted(Comparator.comparingLong(Flow::customers).reversed().thenComparing(Flow::fromName)).toList();
  }
}
