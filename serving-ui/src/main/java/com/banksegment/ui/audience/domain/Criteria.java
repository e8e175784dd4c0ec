package com.banksegment.ui.audience.domain;

import com.banksegment.ui.audience.domain.Criterion.Band;
import java.util.List;

/**
 * The audience filters, in the order the page shows them. Each is a column of
 * {@code customer_segments}; a criterion whose column the published table lacks is shown as not
 * available for that run. Lifetime value and P(alive), once published, are one line each here.
 */
public final class Criteria {
  public static final String SEGMENT = "cluster_id";
  public static final double INF = Double.POSITIVE_INFINITY;

  public static final List<Band> AGE_BANDS = List.of(new Band("under 25", 0, 25), new Band("25–34", 25, 35),
      new Band("35–44", 35, 45), new Band("45–54", 45, 55), new Band("55–64", 55, 65), new Band("65 and over", 65, INF));
  public static final List<Band> BALANCE_BANDS = List.of(new Band("under ₹1,000", -INF, 1_000),
      new Band("₹1,000–10,000", 1_000, 10_000), new Band("₹10,000–50,000", 10_000, 50_000),
      new Band("₹50,000–2,00,000", 50_000, 200_000), new Band("₹2,00,000–10,00,000", 200_000, 1_000_000),
      new Band("₹10,00,000 and over", 1_000_000, INF));

  public static final List<Criterion> ALL = List.of(
      Criterion.values(SEGMENT, "Segments"),
      Criterion.values("rfm_segment", "RFM segment"),
      Criterion.values("location", "Location"),
      Criterion.bands("age", "Age band", AGE_BANDS),
      Criterion.bands("balance", "Balance band", BALANCE_BANDS));

  private Criteria() {}

  public static Criterion byColumn(String column) {
    return ALL.stream().filter(c -> c.column().equals(column)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no audience criterion on column " + column));
  }
}
