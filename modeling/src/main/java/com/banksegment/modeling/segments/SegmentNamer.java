package com.banksegment.modeling.segments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Business names from a cluster profile, by these rules (documented in docs/data-contract.md):
 * <ol>
 *   <li>A trait is notable when the cluster's mean of the standardised input is at least
 *       {@value #NOTABLE} standard deviations from the population's (0) in either direction.</li>
 *   <li>The most notable trait gives the first word(s), the next most notable the noun:
 *       "Dormant" + "low spenders" = "Dormant low spenders". With only one notable trait the noun is
 *       "customers"; with none the name is "Everyday customers".</li>
 *   <li>When at least {@value #GENDER_MAJORITY} of the cluster is one gender, " (men)" or " (women)"
 *       is appended; gender alone never names a cluster, it is not a business trait.</li>
 *   <li>Names already taken get " 2", " 3", ... in the order the clusters are named.</li>
 * </ol>
 * The first words are the keys of the configured actions ("High-balance", "Dormant", "Regular",
 * "Big spender", "Young", "Senior"), so each name finds its action by prefix.
 */
public final class SegmentNamer {
  public static final double NOTABLE = 0.25;
  public static final double GENDER_MAJORITY = 0.9;

  /** Words per input (index as in the scaled feature order) for a high and a low value. */
  private enum Trait {
    RECENCY(0, "Dormant", "lapsed customers", "Recently active", "recent customers"),
    FREQUENCY(1, "Regular", "regulars", null, null),
    MONETARY(2, "Big spender", "big spenders", "Low-spending", "low spenders"),
    AGE(3, "Senior", "seniors", "Young", "young customers"),
    BALANCE(4, "High-balance", "savers", "Low-balance", "low-balance customers");

    final int feature;
    final String highFirst;
    final String highNoun;
    final String lowFirst;
    final String lowNoun;

    Trait(int feature, String highFirst, String highNoun, String lowFirst, String lowNoun) {
      this.feature = feature;
      this.highFirst = highFirst;
      this.highNoun = highNoun;
      this.lowFirst = lowFirst;
      this.lowNoun = lowNoun;
    }
  }

  private SegmentNamer() {}

  /**
   * A claim on an input holds only when the segment's median is clearly on the claimed side of the
   * population's median: at least this share above it (high) or below it (low). The mean of the
   * standardised input alone can be moved by a few extreme customers while the typical customer
   * of the segment is like everyone else ("Dormant" with the population's median recency).
   */
  public static final double CLEAR_MARGIN = 0.10;

  /** The base name of one profile (without the uniqueness suffix), every claim checked against medians. */
  public static String baseName(ClusterProfile p, double[] populationMedian) {
    return baseName(p.scaledMean(), p.shareMale(), p.shareFemale(), p.median(), populationMedian);
  }

  /** The base name from the standardised means alone (no medians to check claims against). */
  public static String baseName(double[] scaledMean, double shareMale, double shareFemale) {
    return baseName(scaledMean, shareMale, shareFemale, null, null);
  }

  private static String baseName(double[] scaledMean, double shareMale, double shareFemale, double[] median,
      double[] populationMedian) {
    List<Trait> notable = new ArrayList<>();
    for (Trait t : Trait.values()) {
      double z = scaledMean[t.feature];
      if (Math.abs(z) >= NOTABLE && (z > 0 || t.lowFirst != null)
          && (median == null || holds(z > 0, median[t.feature], populationMedian[t.feature]))) {
        notable.add(t);
      }
    }
    notable.sort(Comparator.comparingDouble((Trait t) -> -Math.abs(scaledMean[t.feature])));
    String name;
    if (notable.isEmpty()) {
      name = "Everyday customers";
    } else {
      Trait first = notable.get(0);
      String words = scaledMean[first.feature] > 0 ? first.highFirst : first.lowFirst;
      String noun = "customers";
      if (notable.size() > 1) {
        Trait second = notable.get(1);
        noun = scaledMean[second.feature] > 0 ? second.highNoun : second.lowNoun;
      }
      name = words + " " + noun;
    }
    if (shareMale >= GENDER_MAJORITY) {
      name += " (men)";
    } else if (shareFemale >= GENDER_MAJORITY) {
      name += " (women)";
    }
    return name;
  }

  /** Whether a high (or low) claim holds: the segment's median clearly above (below) the population's. */
  static boolean holds(boolean high, double segmentMedian, double populationMedian) {
    double margin = CLEAR_MARGIN * Math.abs(populationMedian);
    return high ? segmentMedian > populationMedian + margin : segmentMedian < populationMedian - margin;
  }

  /**
   * What a name claims that its segment's profile does not show: each trait word the name uses
   * (first words or noun of the rules above, and the gender suffix) checked against the segment's
   * median and the population's. Empty when every claim holds. Inherited names are checked too.
   */
  public static List<String> contradictions(String name, ClusterProfile p, double[] populationMedian) {
    List<String> out = new ArrayList<>();
    for (Trait t : Trait.values()) {
      String input = ClusterProfile.NUMERIC_INPUTS.get(t.feature);
      if (claims(name, t.highFirst, t.highNoun)
          && !holds(true, p.median()[t.feature], populationMedian[t.feature])) {
        out.add(String.format(java.util.Locale.ROOT, "\"%s\" claims a high %s: median %.1f against the population's"
            + " %.1f", name, input, p.median()[t.feature], populationMedian[t.feature]));
      }
      if (claims(name, t.lowFirst, t.lowNoun) && !holds(false, p.median()[t.feature], populationMedian[t.feature])) {
        out.add(String.format(java.util.Locale.ROOT, "\"%s\" claims a low %s: median %.1f against the population's"
            + " %.1f", name, input, p.median()[t.feature], populationMedian[t.feature]));
      }
    }
    if (name.endsWith(" (men)") && p.shareMale() < GENDER_MAJORITY) {
      out.add("\"" + name + "\" claims men: " + Math.round(p.shareMale() * 100) + " % male");
    }
    if (name.endsWith(" (women)") && p.shareFemale() < GENDER_MAJORITY) {
      out.add("\"" + name + "\" claims women: " + Math.round(p.shareFemale() * 100) + " % female");
    }
    return out;
  }

  private static boolean claims(String name, String first, String noun) {
    return first != null && (name.startsWith(first + " ") || name.contains(" " + noun));
  }

  /**
   * Names every profile; {@code taken} are names already in use (inherited from the previous run)
   * that new names must not repeat. Returns names in the order of {@code profiles}.
   */
  public static List<String> nameAll(List<ClusterProfile> profiles, List<String> taken, double[] populationMedian) {
    Map<String, Integer> uses = new HashMap<>();
    taken.forEach(n -> uses.merge(n, 1, Integer::sum));
    List<String> names = new ArrayList<>();
    for (ClusterProfile p : profiles) {
      String base = populationMedian == null ? baseName(p.scaledMean(), p.shareMale(), p.shareFemale())
          : baseName(p, populationMedian);
      String name = base;
      for (int n = 2; uses.containsKey(name); n++) {
        name = base + " " + n;
      }
      uses.merge(name, 1, Integer::sum);
      names.add(name);
    }
    return names;
  }
}
