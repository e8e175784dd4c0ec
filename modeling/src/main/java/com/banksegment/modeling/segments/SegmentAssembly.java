package com.banksegment.modeling.segments;

import com.banksegment.contract.ActionCatalog;
import com.banksegment.scorer.ModelBundle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns profiles into segments: stable ids from the previous run, names, actions, class order. */
public final class SegmentAssembly {
  private SegmentAssembly() {}

  /**
   * @param populationMedian the median of each numeric input over all customers (what a name's
   *     claims are checked against); null names from the standardised means alone
   */
  public static List<Segment> assemble(List<ClusterProfile> profiles, double[][] axes, double[] mean, double[] std,
      ModelBundle previous, ActionCatalog actions, double[] populationMedian) {
    List<ClusterIdentity.Match> matches = new ArrayList<>(ClusterIdentity.assign(profiles, axes, mean, std,
        previous));
    List<String> inherited = new ArrayList<>();
    List<ClusterProfile> toName = new ArrayList<>();
    for (int i = 0; i < profiles.size(); i++) {
      ClusterIdentity.Match m = matches.get(i);
      if (m.inheritedName() != null && populationMedian != null
          && !SegmentNamer.contradictions(m.inheritedName(), profiles.get(i), populationMedian).isEmpty()) {
        // The segment keeps its id but not a name its customers no longer fit.
        matches.set(i, new ClusterIdentity.Match(m.id(), null, m.previousId(), m.distance()));
      }
      if (matches.get(i).inheritedName() != null) {
        inherited.add(matches.get(i).inheritedName());
      } else {
        toName.add(profiles.get(i));
      }
    }
    // New segments are named largest first, so the largest gets the plain name if two collide.
    toName.sort(Comparator.comparingLong((ClusterProfile p) -> -p.size()).thenComparingInt(ClusterProfile::index));
    List<String> newNames = SegmentNamer.nameAll(toName, inherited, populationMedian);
    List<Segment> unordered = new ArrayList<>();
    for (int i = 0; i < profiles.size(); i++) {
      ClusterProfile p = profiles.get(i);
      ClusterIdentity.Match m = matches.get(i);
      String name = m.inheritedName() != null ? m.inheritedName() : newNames.get(toName.indexOf(p));
      unordered.add(new Segment(m.id(), -1, name, actions.actionFor(name), p, m));
    }
    unordered.sort(Comparator.comparingInt(Segment::id));
    List<Segment> segments = new ArrayList<>();
    for (int c = 0; c < unordered.size(); c++) {
      Segment s = unordered.get(c);
      segments.add(new Segment(s.id(), c, s.name(), s.action(), s.profile(), s.match()));
    }
    return List.copyOf(segments);
  }

  /** For each cluster index of the fitted model, the class index (position in id order). */
  public static List<Integer> classOfClusterIndex(List<Segment> segments) {
    Integer[] out = new Integer[segments.size()];
    for (Segment s : segments) {
      out[s.profile().index()] = s.classIndex();
    }
    return List.of(out);
  }
}
