package com.banksegment.ui.base.ui;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * How numbers read on every page, and in the charts (bank-chart.js formats with the same en-IN
 * rules): Indian digit grouping (12,34,567) for every number, rupees with the ₹ sign, shares as
 * percentages with one decimal. Never scientific notation.
 */
public final class Formats {
  private static final Locale INDIA = Locale.forLanguageTag("en-IN");

  private Formats() {}

  public static String inr(double amount) {
    if (!Double.isFinite(amount)) {
      return "–";
    }
    NumberFormat f = NumberFormat.getNumberInstance(INDIA);
    f.setMaximumFractionDigits(amount >= 100 ? 0 : 2);
    return "₹ " + f.format(amount);
  }

  public static String count(long n) {
    return NumberFormat.getIntegerInstance(INDIA).format(n);
  }

  public static String percent(double share) {
    return Double.isFinite(share) ? String.format(Locale.ROOT, "%.1f %%", share * 100) : "–";
  }

  public static String decimal(double value, int digits) {
    if (!Double.isFinite(value)) {
      return "–";
    }
    NumberFormat f = NumberFormat.getNumberInstance(INDIA);
    f.setMinimumFractionDigits(digits);
    f.setMaximumFractionDigits(digits);
    return f.format(value);
  }

  public static String days(double value) {
    return Double.isFinite(value) ? count(Math.round(value)) + (Math.round(value) == 1 ? " day" : " days") : "–";
  }

  public static String years(double value) {
    return Double.isFinite(value) ? Math.round(value) + " years" : "–";
  }
}
