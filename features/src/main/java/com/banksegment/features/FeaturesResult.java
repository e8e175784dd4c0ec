package com.banksegment.features;

import com.banksegment.config.RunDate;
import com.banksegment.features.eda.AttributeConflicts;
import com.banksegment.features.eda.SegmentSummary;
import java.time.LocalDate;
import java.util.List;

/**
 * What one run of {@link FeaturesJob} did.
 *
 * @param batch the transactions read and the customers built from them
 * @param conflicts customers whose rows disagree on an attribute
 * @param imputations customers whose model input was imputed
 * @param segments the named RFM segments
 * @param outputs where the committed table and report are
 */
public record FeaturesResult(
    RunDate runDate,
    Batch batch,
    AttributeConflicts conflicts,
    Imputations imputations,
    List<SegmentSummary> segments,
    Outputs outputs,
    double elapsedSeconds) {

  public FeaturesResult {
    segments = List.copyOf(segments);
  }

  /**
   * @param snapshotDate the day after the batch's latest transaction; recency and age are measured to it
   */
  public record Batch(LocalDate snapshotDate, long transactions, long customers) {}

  /** Customers whose value was imputed, and the batch medians used. */
  public record Imputations(long age, long balance, long gender, Double medianAge, Double medianBalance) {}

  /**
   * @param customersPath the committed clean/customers partition
   * @param reportDir the committed EDA report folder (Parquet tables, summary.json, eda.html)
   * @param htmlReport the self-contained HTML page inside {@code reportDir}
   */
  public record Outputs(String customersPath, String reportDir, String htmlReport) {}
}
