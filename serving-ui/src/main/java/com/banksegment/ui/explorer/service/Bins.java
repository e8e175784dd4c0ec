package com.banksegment.ui.explorer.service;

import java.util.List;

/**
 * Bins of an input for the distribution charts: lower edges in ascending order, the last bin open.
 * Money and balance are skewed over orders of magnitude, so their bins grow geometrically.
 */
record Bins(String input, String label, double[] lowerEdges, List<String> labels) {
  static final List<Bins> INPUTS = List.of(
      new Bins("recency_days", "Days since last transaction", new double[] {0, 7, 14, 30, 60, 90},
          List.of("< 1 week", "1–2 weeks", "2–4 weeks", "1–2 months", "2–3 months", "3+ months")),
      new Bins("frequency", "Number of transactions", new double[] {1, 2, 3, 4, 5},
          List.of("1", "2", "3", "4", "5+")),
      new Bins("monetary", "Total spent (INR)", new double[] {0, 100, 500, 1_000, 5_000, 20_000},
          List.of("< ₹100", "₹100–500", "₹500–1k", "₹1k–5k", "₹5k–20k", "₹20k+")),
      new Bins("age", "Age", new double[] {0, 25, 35, 45, 55, 65},
          List.of("< 25", "25–34", "35–44", "45–54", "55–64", "65+")),
      new Bins("balance", "Account balance (INR)", new double[] {0, 1_000, 10_000, 50_000, 200_000, 1_000_000},
          List.of("< ₹1k", "₹1k–10k", "₹10k–50k", "₹50k–2L", "₹2L–10L", "₹10L+")));

  /** The bin of a value; values below the first edge fall in the first bin. */
  int binOf(double value) {
    int bin = 0;
    for (int i = 1; i < lowerEdges.length; i++) {
      if (value >= lowerEdges[i]) {
        bin = i;
      }
    }
    return bin;
  }
}
