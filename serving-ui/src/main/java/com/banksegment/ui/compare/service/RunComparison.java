package com.banksegment.ui.compare.service;

import com.banksegment.config.RunDate;
import com.banksegment.ui.lake.domain.ModelUnavailableException;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.domain.SegmentProfile;
import com.banksegment.ui.lake.service.PublishedRunLoader;
import com.banksegment.ui.lake.service.PublishedRuns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/**
 * Two published runs side by side. Segment ids are kept from run to run (the model stage matches
 * each new segment to the previous run's), so segments are paired by id; a segment of only one
 * run has an empty side. Loaded runs are kept (a few: they hold no customer-level data).
 */
@Service
public class RunComparison {
  /** One segment id in both runs; either side may be null. */
  public record Pair(int segmentId, SegmentProfile before, SegmentProfile after) {
    public double shareChange() {
      return (after == null ? 0 : after.customerShare()) - (before == null ? 0 : before.customerShare());
    }
  }

  private static final int KEPT = 6;
  private final PublishedRunLoader loader;
  private final PublishedRuns runs;
  private final Map<String, PublishedRun> loaded = new LinkedHashMap<>();

  public RunComparison(PublishedRunLoader loader, PublishedRuns runs) {
    this.loader = loader;
    this.runs = runs;
  }

  /** The published run dates, oldest first. */
  public List<RunDate> runDates() {
    try {
      return loader.publishedRunDates();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public synchronized PublishedRun run(RunDate date) {
    PublishedRun current = runs.current();
    if (current.runDate().equals(date)) {
      return current;
    }
    PublishedRun run = loaded.get(date.toString());
    if (run == null) {
      try {
        run = loader.load(date);
      } catch (IOException e) {
        throw new ModelUnavailableException("The run " + date + " cannot be read: " + e.getMessage());
      }
      if (loaded.size() >= KEPT) {
        loaded.remove(loaded.keySet().iterator().next());
      }
      loaded.put(date.toString(), run);
    }
    return run;
  }

  public static List<Pair> pairs(PublishedRun before, PublishedRun after) {
    TreeSet<Integer> ids = new TreeSet<>();
    before.segments().forEach(s -> ids.add(s.id()));
    after.segments().forEach(s -> ids.add(s.id()));
    List<Pair> out = new ArrayList<>();
    for (int id : ids) {
      out.add(new Pair(id, before.segment(id).orElse(null), after.segment(id).orElse(null)));
    }
    return out;
  }
}
