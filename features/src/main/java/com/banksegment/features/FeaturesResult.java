package com.banksegment.features;

import com.banksegment.config.RunDate;
import java.time.LocalDate;
import java.util.List;

/**
 * What one run of {@link FeaturesJob} did.
 *
 * @param snapshotDate the day after the batch's latest transaction; recency and age are measured to it
 * @param customersPath the committed clean/customers partition
 * @param reportDir the committed EDA report folder (Parquet tables, summary.json, eda.html)
 * @param htmlReport the self-contained HTML page inside {@code reportDir}
 */
public record FeaturesResult(
    RunDate runDate,
    LocalDate snapshotDate,
    long transactions,
    long customers,
    AttributeConflicts conflicts,
    Imputations imputations,
    List<SegmentSummary> segments,
    String customersPath,
    String reportDir,
    String htmlReport,
    double elapsedSeconds) {

  public FeaturesResult {
    segments = List.copyOf(segments);
  }

  /** Customers whose rows carry two or more different non-null values of an attribute. */
  public record AttributeConflicts(long dob, long gender, long location, long balance, long anyAttribute) {
    public long total() {
      return dob + gender + location + balance;
    }
  }

  /** Customers whose value was imputed, and the batch medians used. */
  public record Imputations(long age, long balance, long gender, Double medianAge, Double medianBalance) {}

  /** One named RFM segment: size, share of customers, mean scores and money. */
  public record SegmentSummary(String segment, long customers, double share,
                               double meanR, double meanF, double meanM,
                               double meanRecencyDays, double meanMonetary, double totalMonetary) {}
}
