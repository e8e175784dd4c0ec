package com.banksegment.features.eda;

import com.banksegment.features.customers.CustomerTableBuilder;
import com.banksegment.features.stats.NumericProfile;
import com.banksegment.features.transactions.TransactionOverview;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Short written findings of the EDA report, every figure computed from the batch. */
public final class Findings {
  private Findings() {}

  static List<String> of(TransactionOverview tx, CustomerOverview c, long customers) {
    List<String> out = new ArrayList<>();
    TreeMap<Long, Long> frequency = new TreeMap<>(c.bins().getOrDefault("frequency", Map.of()));
    long single = frequency.getOrDefault(1L, 0L);
    out.add(String.format(Locale.ROOT,
        "%s of customers (%,d of %,d) made a single transaction in this batch; the most active made %d. "
            + "Frequency barely separates customers, so recency, money and balance carry the segmentation.",
        pct(single, customers), single, customers, frequency.isEmpty() ? 0 : frequency.lastKey()));

    NumericProfile balance = profile(c, "balance");
    if (balance.count() > 0) {
      double median = balance.percentile(50);
      out.add(String.format(Locale.ROOT,
          "Account balances are heavily right-skewed (skewness %.1f): the mean %s is %.1f times the median %s, "
              + "and the richest 1%% of customers hold %s of all balances. Use a log scale (log1p) before modelling.",
          orZero(balance.skewness()), money(balance.mean()), median == 0 ? 0 : balance.mean() / median,
          money(median), pct(c.balanceTop1Share())));
    }

    NumericProfile amount = tx.amount();
    out.add(String.format(Locale.ROOT,
        "Half of the transactions are below %s; the mean is %s because a few large payments (up to %s) pull it up. "
            + "%,d transactions have an amount of zero.",
        money(amount.percentile(50)), money(amount.mean()), money(amount.max()), tx.zeroAmounts()));

    NumericProfile age = profile(c, "age");
    long ageImputed = c.imputed().get("age");
    if (age.count() > 0) {
      out.add(String.format(Locale.ROOT,
          "The median age at the snapshot is %.0f (middle half %.0f to %.0f). %,d customers (%s) have no usable "
              + "date of birth (placeholder, missing or impossible) and were given the median age.",
          age.percentile(50), age.percentile(25), age.percentile(75), ageImputed, pct(ageImputed, customers)));
    }

    Map<String, Long> genders = c.categories().getOrDefault("gender", Map.of());
    out.add(String.format(Locale.ROOT, "Customers are %s male, %s female and %s of unknown gender (U).",
        pct(genders.getOrDefault("M", 0L), customers), pct(genders.getOrDefault("F", 0L), customers),
        pct(genders.getOrDefault(CustomerTableBuilder.UNKNOWN_GENDER, 0L), customers)));

    Map<String, Long> locations = c.categories().getOrDefault("location", Map.of());
    List<Map.Entry<String, Long>> top = topLocations(locations, 5);
    long inTop = top.stream().mapToLong(Map.Entry::getValue).sum();
    out.add(String.format(Locale.ROOT, "Customers come from %,d locations; the five largest (%s) account for %s of them.",
        locations.keySet().stream().filter(k -> k != null).count(),
        top.stream().map(Map.Entry::getKey).collect(Collectors.joining(", ")), pct(inTop, customers)));

    tx.hourly().rows().stream().max(Comparator.comparingLong(r -> r.getLong(1))).ifPresent(r -> out.add(
        String.format(Locale.ROOT, "Activity peaks at %02d:00–%02d:59 (%s of transactions); the busiest day was %s "
                + "with %,d transactions.", r.getInt(0), r.getInt(0), pct(r.getLong(1), tx.transactions()),
            busiestDay(tx), busiestDayCount(tx))));

    AttributeConflicts k = c.conflicts();
    out.add(String.format(Locale.ROOT,
        "%,d customers (%s) carry different values of an attribute on different rows (DOB %,d, gender %,d, "
            + "location %,d, balance %,d); the latest non-null value was kept.",
        k.anyAttribute(), pct(k.anyAttribute(), customers), k.dob(), k.gender(), k.location(), k.balance()));

    c.segments().stream().max(Comparator.comparingLong(SegmentSummary::customers)).ifPresent(s -> out.add(
        String.format(Locale.ROOT, "The largest RFM segment is %s with %s of customers; %s are Champions.",
            s.segment(), pct(s.share()), pct(c.segments().stream().filter(x -> x.segment().equals("Champions"))
                .mapToDouble(SegmentSummary::share).sum()))));

    c.correlations().stream()
        .filter(r -> r.method().equals("pearson_log1p") && r.x().compareTo(r.y()) < 0 && r.coefficient() != null)
        .filter(r -> !(isAmount(r.x()) && isAmount(r.y())))
        .max(Comparator.comparingDouble(r -> Math.abs(r.coefficient())))
        .ifPresent(r -> out.add(String.format(Locale.ROOT,
            "Apart from the amount measures (which move together by construction), the strongest correlation "
                + "is between %s and %s (r = %.2f on log1p values): %s.",
            r.x(), r.y(), r.coefficient(), Math.abs(r.coefficient()) < 0.3
                ? "the features are nearly independent, each adds its own information" : "they partly overlap")));
    return List.copyOf(out);
  }

  static List<Map.Entry<String, Long>> topLocations(Map<String, Long> locations, int n) {
    return locations.entrySet().stream().filter(e -> e.getKey() != null)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(n).toList();
  }

  static String money(Double v) {
    if (v == null || v.isNaN()) {
      return "n/a";
    }
    return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "₹%,.0f", v) : String.format(Locale.ROOT, "₹%,.2f", v);
  }

  static String pct(long part, long whole) {
    return whole == 0 ? "0%" : pct(part / (double) whole);
  }

  static String pct(double share) {
    if (Double.isNaN(share)) {
      return "n/a";
    }
    double p = share * 100;
    return p != 0 && Math.abs(p) < 1 ? String.format(Locale.ROOT, "%.2f%%", p) : String.format(Locale.ROOT, "%.1f%%", p);
  }

  private static boolean isAmount(String column) {
    return column.equals("monetary") || column.equals("avg_amount") || column.equals("max_amount");
  }

  private static NumericProfile profile(CustomerOverview c, String column) {
    return c.profile().stream().filter(p -> p.column().equals(column)).findFirst().orElseThrow();
  }

  private static double orZero(Double v) {
    return v == null ? 0 : v;
  }

  private static String busiestDay(TransactionOverview tx) {
    return tx.daily().rows().stream().max(Comparator.comparingLong(r -> r.getLong(1)))
        .map(r -> r.get(0).toString()).orElse("n/a");
  }

  private static long busiestDayCount(TransactionOverview tx) {
    return tx.daily().rows().stream().mapToLong(r -> r.getLong(1)).max().orElse(0);
  }
}
