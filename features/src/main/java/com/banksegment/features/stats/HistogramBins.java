package com.banksegment.features.stats;

import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log10;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.when;

import java.util.Locale;
import org.apache.spark.sql.Column;

/**
 * Histogram bins of the EDA report. Money is binned on a log scale with the 1-2-5 steps an
 * analyst reads at a glance (1k-2k, 2k-5k, 5k-10k, ...), zero in a bin of its own; ages by five
 * years; recency and frequency by their (whole-number) values.
 */
public final class HistogramBins {
  /** Bin number of an amount of exactly zero (log bins of positive amounts are small integers). */
  public static final long ZERO = -1000;
  static final int AGE_WIDTH = 5;
  private static final double[] STEPS = {1, 2, 5};

  private HistogramBins() {}

  /** 3 bins per decade: bin 3e, 3e+1, 3e+2 hold [1, 2), [2, 5), [5, 10) times 10^e. */
  public static Column logMoney(Column value) {
    Column exponent = floor(log10(value));
    Column mantissa = value.divide(pow(lit(10.0), exponent));
    Column bin = exponent.multiply(3)
        .plus(when(mantissa.geq(2), 1).otherwise(0))
        .plus(when(mantissa.geq(5), 1).otherwise(0));
    return when(value.equalTo(0), lit(ZERO)).when(value.gt(0), bin.cast("long"));
  }

  static double logMoneyLower(long bin) {
    if (bin == ZERO) {
      return 0;
    }
    return STEPS[(int) Math.floorMod(bin, 3L)] * Math.pow(10, Math.floorDiv(bin, 3L));
  }

  static double logMoneyUpper(long bin) {
    return bin == ZERO ? 0 : logMoneyLower(bin + 1);
  }

  static String logMoneyLabel(long bin) {
    return bin == ZERO ? "0" : money(logMoneyLower(bin)) + "–" + money(logMoneyUpper(bin));
  }

  public static Column age(Column age) {
    return floor(age.divide(AGE_WIDTH)).multiply(AGE_WIDTH).cast("long");
  }

  /** Indian short forms: k (thousand), L (lakh, 100k), Cr (crore, 10M). */
  public static String money(double v) {
    if (v >= 1e7) {
      return trim(v / 1e7) + "Cr";
    }
    if (v >= 1e5) {
      return trim(v / 1e5) + "L";
    }
    if (v >= 1e3) {
      return trim(v / 1e3) + "k";
    }
    return trim(v);
  }

  private static String trim(double v) {
    String s = String.format(Locale.ROOT, "%.2f", v);
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }
}
