package com.banksegment.generator;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The transaction dates and their weights: every day of August and September 2016 plus 16 and 21
 * October (63 dates from 1/8/16 to 21/10/16, the range of the real file), about 42% of rows in
 * August, 52% in September and 6% in October; days within a month vary by a fixed +-30%.
 * The real head has only 38 dates and is dominated by late September and 21 October because it is
 * the first 20,000 rows of a file that is not sorted by date; the full file spreads wider.
 */
final class TransactionDates {
  private static final long DAY_VARIATION_KEY = 0xDA7E5L;

  private final List<LocalDate> dates = new ArrayList<>();
  private final byte[][] csvFields;
  private final WeightedChoice choice;

  TransactionDates() {
    List<Double> weights = new ArrayList<>();
    addMonth(LocalDate.of(2016, 8, 1), 31, 0.42, weights);
    addMonth(LocalDate.of(2016, 9, 1), 30, 0.52, weights);
    dates.add(LocalDate.of(2016, 10, 16));
    weights.add(0.01);
    dates.add(LocalDate.of(2016, 10, 21));
    weights.add(0.05);
    csvFields = new byte[dates.size()][];
    for (int i = 0; i < dates.size(); i++) {
      LocalDate date = dates.get(i);
      csvFields[i] = DayMonthYear.format(date.getDayOfMonth(), date.getMonthValue(), date.getYear())
          .getBytes(StandardCharsets.US_ASCII);
    }
    choice = new WeightedChoice(weights.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private void addMonth(LocalDate first, int days, double monthShare, List<Double> weights) {
    double[] dayWeights = new double[days];
    double total = 0;
    for (int day = 0; day < days; day++) {
      dayWeights[day] = 0.7 + 0.6 * Mix.unit(DAY_VARIATION_KEY, first.getMonthValue() * 100L + day);
      total += dayWeights[day];
    }
    for (int day = 0; day < days; day++) {
      dates.add(first.plusDays(day));
      weights.add(monthShare * dayWeights[day] / total);
    }
  }

  LocalDate date(int index) {
    return dates.get(index);
  }

  /** The date as the original file writes it: d/m/yy (2/8/16). */
  byte[] csvField(int index) {
    return csvFields[index];
  }

  int pick(double u) {
    return choice.pick(u);
  }
}
