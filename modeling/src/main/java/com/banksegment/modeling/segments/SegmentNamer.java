package com.banksegment.modeling.segments;

import com.banksegment.modeling.prepare.ModelInputs;
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
 * "Big spender", "Young", "Senior"), so each name finds its action by prefix. Only the model's
 * inputs name a segment: a model of a source without age, balance or gender (RFM only) never gets
 * "Senior", "savers" or "(men)", and {@link #contradictions} refuses such a claim.
 */
public final class SegmentNamer {
  public static final double NOTABLE = 0.25;
  public static final double GENDER_MAJORITY = 0.9;

  /** Words per input for a high and a low value. */
  private enum Trait {
    RECENCY("recency_days", "Dormant", "lapsed customers", "Recently active", "recent customers"),
    FREQUENCY("frequency", "Regular", "regulars", null, null),
    MONETARY("monetary", "Big spender", "big spenders", "Low-spending", "low spenders"),
    AGE("age", "Senior", "seniors", "Young", "young customers"),
    BALANCE("balance", "High-balance", "savers", "Low-balance", "low-balance customers");

    final String input;
    /** Position in the profile's raw means and medians. */
    final int numeric;
    final String highFirst;
    final String highNoun;
    final String lowFirst;
    final String lowNoun;

    Trait(String input, String highFirst, String highNoun, String lowFirst, String lowNoun) {
      this.input = input;
      this.numeric = ClusterProfile.NUMERIC_INPUTS.indexOf(input);
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
    return baseName(p.inputs(), p.scaledMean(), p.shareMale(), p.shareFemale(), p.median(), populationMedian);
  }

  /** The base name from the standardised means alone (no medians to check claims against) of a six-input model. */
  public static String baseName(double[] scaledMean, double shareMale, double shareFemale) {
    return baseName(ModelInputs.ALL, scaledMean, shareMale, shareFemale, null, null);
  }

  private static String baseName(ModelInputs inputs, double[] scaledMean, double shareMale, double shareFemale,
      double[] median, double[] populationMedian) {
    List<Trait> notable = new ArrayList<>();
    double[] z = new double[Trait.values().length];
    for (Trait t : Trait.values()) {
      if (!inputs.has(t.input)) {
        continue;
      }
      z[t.ordinal()] = scaledMean[inputs.indexOf(t.input)];
      double zt = z[t.ordinal()];
      if (Math.abs(zt) >= NOTABLE && (zt > 0 || t.lowFirst != null)
          && (median == null || holds(zt > 0, median[t.numeric], populationMedian[t.numeric]))) {
        notable.add(t);
      }
    }
    notable.sort(Comparator.comparingDouble((Trait t) -> -Math.abs(z[t.ordinal()])));
    String name;
    if (notable.isEmpty()) {
      name = "Everyday customers";
    } else {
      Trait first = notable.get(0);
      String words = z[first.ordinal()] > 0 ? first.highFirst : first.lowFirst;
      String noun = "customers";
      if (notable.size() > 1) {
        Trait second = notable.get(1);
        noun = z[second.ordinal()] > 0 ? second.highNoun : second.lowNoun;
      }
      name = words + " " + noun;
    }
    if (!inputs.has("gender")) {
      return name;
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
      String input = t.input;
      boolean claimsHigh = claims(name, t.highFirst, t.highNoun);
      boolean claimsLow = claims(name, t.lowFirst, t.lowNoun);
      if ((claimsHigh || claimsLow) && !p.inputs().has(input)) {
        out.add("\"" + name + "\" claims " + (claimsHigh ? "a high " : "a low ") + input + ": the model has no "
            + input + " (its inputs: " + p.inputs() + ")");
        continue;
      }
      if (claimsHigh && !holds(true, p.median()[t.numeric], populationMedian[t.numeric])) {
        out.add(String.format(java.util.Locale.ROOT, "\"%s\" claims a high %s: median %.1f against the population's"
            + " %.1f", name, input, p.median()[t.numeric], populationMedian[t.numeric]));
      }
      if (claimsLow && !holds(false, p.median()[t.numeric], populationMedian[t.numeric])) {
        out.add(String.format(java.util.Locale.ROOT, "\"%s\" claims a low %s: median %.1f against the population's"
            + " %.1f", name, input, p.median()[t.numeric], populationMedian[t.numeric]));
      }
    }
    boolean gendered = name.endsWith(" (men)") || name.endsWith(" (women)");
    if (gendered && !p.inputs().has("gender")) {
      out.add("\"" + name + "\" claims a gender: the model has no gender (its inputs: " + p.inputs() + ")");
      return out;
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
      String base = populationMedian == null
          ? baseName(p.inputs(), p.scaledMean(), p.shareMale(), p.shareFemale(), null, null)
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
