package com.banksegment.ui.explorer.service;

import com.banksegment.ui.explorer.domain.Distribution;
import com.banksegment.ui.explorer.domain.ExplorerStats;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.domain.SegmentProfile;
import com.banksegment.ui.lake.service.CustomerSegments;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * Computes the explorer's figures in one streaming pass over {@code customer_segments} and keeps
 * them for the run on show (a newer run computes its own). The scatter shows a reservoir sample:
 * about {@link #SAMPLE_TARGET} points in all, each segment in proportion to its size but with at
 * least {@link #MIN_PER_SEGMENT}, so small segments stay visible.
 */
@Service
public class ExplorerService {
  static final int SAMPLE_TARGET = 3_000;
  static final int MIN_PER_SEGMENT = 60;
  static final String GENDER = "gender";
  private static final List<String> COLUMNS = List.of("cluster_id", "rfm_segment", "recency_days", "frequency",
      "monetary", "age", "balance", GENDER, "pca_1", "pca_2");

  private final CustomerSegments customers;
  private volatile PublishedRun cachedFor;
  private volatile ExplorerStats cached;

  public ExplorerService(CustomerSegments customers) {
    this.customers = customers;
  }

  public synchronized ExplorerStats stats(PublishedRun run) {
    if (cachedFor != run) {
      cached = compute(run);
      cachedFor = run;
    }
    return cached;
  }

  ExplorerStats compute(PublishedRun run) {
    Map<Integer, Reservoir> samples = new HashMap<>();
    for (SegmentProfile s : run.segments()) {
      int size = (int) Math.max(MIN_PER_SEGMENT, Math.round(SAMPLE_TARGET * s.customerShare()));
      samples.put(s.id(), new Reservoir(size, new Random(42L + s.id())));
    }
    Map<String, Map<Integer, long[]>> counts = new LinkedHashMap<>();
    for (Bins b : Bins.INPUTS) {
      counts.put(b.input(), new HashMap<>());
    }
    Map<Integer, long[]> genders = new HashMap<>();
    Map<Integer, Map<String, Long>> rfm = new TreeMap<>();
    long[] read = {0};
    customers.forEach(run, COLUMNS, row -> {
      int id = (int) row.whole("cluster_id");
      read[0]++;
      Reservoir r = samples.computeIfAbsent(id, k -> new Reservoir(MIN_PER_SEGMENT, new Random(42L + k)));
      double x = row.number("pca_1");
      double y = row.number("pca_2");
      if (Double.isFinite(x)) {
        r.offer(new double[] {x, Double.isFinite(y) ? y : 0});
      }
      for (Bins b : Bins.INPUTS) {
        double v = row.number(b.input());
        if (Double.isFinite(v)) {
          counts.get(b.input()).computeIfAbsent(id, k -> new long[b.labels().size()])[b.binOf(v)]++;
        }
      }
      String g = row.string(GENDER);
      genders.computeIfAbsent(id, k -> new long[3])["F".equals(g) ? 0 : "M".equals(g) ? 1 : 2]++;
      String segment = row.string("rfm_segment");
      rfm.computeIfAbsent(id, k -> new TreeMap<>()).merge(segment == null ? "Unknown" : segment, 1L, Long::sum);
    });
    // A chart per input of the model only: a source without age, balance or gender has no chart of them.
    List<Distribution> distributions = new ArrayList<>();
    for (Bins b : Bins.INPUTS) {
      if (run.uses(b.input())) {
        distributions.add(new Distribution(b.input(), b.label(), b.labels(), Map.copyOf(counts.get(b.input()))));
      }
    }
    if (run.uses(GENDER)) {
      distributions.add(new Distribution(GENDER, "Gender", List.of("Female", "Male", "Unknown"), Map.copyOf(genders)));
    }
    Map<Integer, List<double[]>> sample = new TreeMap<>();
    samples.forEach((id, r) -> sample.put(id, r.items()));
    return new ExplorerStats(sample, List.copyOf(distributions), rfm, read[0]);
  }

  /** Algorithm R: a uniform sample of a stream of unknown length. */
  static final class Reservoir {
    private final int capacity;
    private final Random random;
    private final List<double[]> items = new ArrayList<>();
    private long seen;

    Reservoir(int capacity, Random random) {
      this.capacity = capacity;
      this.random = random;
    }

    void offer(double[] item) {
      seen++;
      if (items.size() < capacity) {
        items.add(item);
      } else {
        long j = (long) (random.nextDouble() * seen);
        if (j < capacity) {
          items.set((int) j, item);
        }
      }
    }

    List<double[]> items() {
      return List.copyOf(items);
    }
  }
}
