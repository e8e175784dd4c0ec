package com.banksegment.contract;

import java.util.List;

/**
 * The small Parquet tables of the EDA report, one single-file table per folder under
 * {@code reports/eda/run_date=D/}; their path is the folder's name inside the report. Every
 * column of a report table may be null (the features stage writes them so).
 */
public final class EdaTables {
  private EdaTables() {}

  public static final Table COLUMN_PROFILE = Table.of("column_profile", """
      table string, column string, kind string, count long, nulls long, distinct long, min double?, max double?,
      mean double?, stddev double?, skewness double?,
      p01 double?, p05 double?, p25 double?, p50 double?, p75 double?, p95 double?, p99 double?""");

  public static final Table HISTOGRAMS = Table.of("histograms",
      "feature string, unit string, bin long, lower double, upper double, label string, count long, share double");

  public static final Table GENDER_SPLIT = Table.of("gender_split", "gender string, customers long, share double");

  public static final Table PREFERRED_HOUR_BANDS = Table.of("preferred_hour_bands",
      "preferred_hour_band string, customers long, share double");

  public static final Table TOP_LOCATIONS = Table.of("top_locations",
      "rank int, location string, customers long, share double");

  public static final Table DAILY_VOLUME = Table.of("daily_volume",
      "transaction_date date, transactions long, amount double");

  public static final Table HOURLY_VOLUME = Table.of("hourly_volume", "hour int, transactions long, amount double");

  public static final Table CORRELATIONS = Table.of("correlations",
      "method string, feature_x string, feature_y string, coefficient double?");

  public static final Table RFM_SEGMENTS = Table.of("rfm_segments", """
      segment string, customers long, share double, mean_r double?, mean_f double?, mean_m double?,
      mean_recency_days double?, mean_monetary double?, total_monetary double""");

  public static final Table DATA_QUALITY = Table.of("data_quality",
      "check string, attribute string, customers long, share double, meaning string");

  /** Every table of the report, in the order the report lists them. */
  public static final List<Table> ALL = List.of(COLUMN_PROFILE, HISTOGRAMS, GENDER_SPLIT, PREFERRED_HOUR_BANDS,
      TOP_LOCATIONS, DAILY_VOLUME, HOURLY_VOLUME, CORRELATIONS, RFM_SEGMENTS, DATA_QUALITY);
}
