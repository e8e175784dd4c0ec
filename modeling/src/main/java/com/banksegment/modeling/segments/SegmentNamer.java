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

  /** The base name of one profile (without the uniqueness suffix). */
  public static String baseName(double[] scaledMean, double shareMale, double shareFemale) {
    List<Trait> notable = new ArrayList<>();
    for (Trait t : Trait.values()) {
      double z = scaledMean[t.feature];
      if (Math.abs(z) >= NOTABLE && (z > 0 || t.lowFirst != null)) {
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

  /**
   * Names every profile; {@code taken} are names already in use (inherited from the previous run)
   * that new names must not repeat. Returns names in the order of {@code profiles}.
   */
  public static List<String> nameAll(List<ClusterProfile> profiles, List<String> taken) {
    Map<String, Integer> uses = new HashMap<>();
    taken.forEach(n -> uses.merge(n, 1, Integer::sum));
    List<String> names = new ArrayList<>();
    for (ClusterProfile p : profiles) {
      String base = baseName(p.scaledMean(), p.shareMale(), p.shareFemale());
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
