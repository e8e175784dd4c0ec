package com.banksegment.contract;

import static com.banksegment.contract.ColumnType.DATE;
import static com.banksegment.contract.ColumnType.DOUBLE;
import static com.banksegment.contract.ColumnType.INT;
import static com.banksegment.contract.ColumnType.LONG;
import static com.banksegment.contract.ColumnType.STRING;

import java.util.List;

/**
 * The small Parquet tables of the EDA report, one single-file table per folder under
 * {@code reports/eda/run_date=D/}; their path is the folder's name inside the report.
 */
public final class EdaTables {
  private EdaTables() {}

  /** The report folder of a run date is {@code <REPORT_PATH>/run_date=D}. */
  public static final String REPORT_PATH = "reports/eda";

  /** The percentiles of the column profile, in column order ({@code p01} ... {@code p99}). */
  public static final List<Integer> PERCENTS = List.of(1, 5, 25, 50, 75, 95, 99);

  public static final Table COLUMN_PROFILE = columnProfile();

  public static final Table HISTOGRAMS = Table.at("histograms")
      .required("feature", STRING, "amount per transaction; balance, age, recency_days, frequency per customer")
      .required("unit", STRING, "transactions or customers")
      .required("bin", LONG, "")
      .required("lower", DOUBLE, "inclusive")
      .required("upper", DOUBLE, "exclusive")
      .required("label", STRING, "")
      .required("count", LONG, "")
      .required("share", DOUBLE, "")
      .build();

  public static final Table GENDER_SPLIT = Table.at("gender_split")
      .required("gender", STRING, "M, F, U")
      .required("customers", LONG, "")
      .required("share", DOUBLE, "")
      .build();

  public static final Table PREFERRED_HOUR_BANDS = Table.at("preferred_hour_bands")
      .required("preferred_hour_band", STRING, "")
      .required("customers", LONG, "")
      .required("share", DOUBLE, "")
      .build();

  public static final Table TOP_LOCATIONS = Table.at("top_locations")
      .required("rank", INT, "1..20")
      .required("location", STRING, "")
      .required("customers", LONG, "")
      .required("share", DOUBLE, "")
      .build();

  public static final Table DAILY_VOLUME = Table.at("daily_volume")
      .required("transaction_date", DATE, "every day of the period")
      .required("transactions", LONG, "")
      .required("amount", DOUBLE, "")
      .build();

  public static final Table HOURLY_VOLUME = Table.at("hourly_volume")
      .required("hour", INT, "0..23")
      .required("transactions", LONG, "")
      .required("amount", DOUBLE, "")
      .build();

  public static final Table CORRELATIONS = Table.at("correlations")
      .required("method", STRING, "pearson or pearson_log1p")
      .required("feature_x", STRING, "")
      .required("feature_y", STRING, "")
      .optional("coefficient", DOUBLE, "null when a feature is constant")
      .build();

  public static final Table RFM_SEGMENTS = Table.at("rfm_segments")
      .required("segment", STRING, "")
      .required("customers", LONG, "")
      .required("share", DOUBLE, "")
      .optional("mean_r", DOUBLE, "")
      .optional("mean_f", DOUBLE, "")
      .optional("mean_m", DOUBLE, "")
      .optional("mean_recency_days", DOUBLE, "")
      .optional("mean_monetary", DOUBLE, "")
      .required("total_monetary", DOUBLE, "")
      .build();

  public static final Table DATA_QUALITY = Table.at("data_quality")
      .required("check", STRING, "conflict or imputed")
      .required("attribute", STRING, "")
      .required("customers", LONG, "")
      .required("share", DOUBLE, "")
      .required("meaning", STRING, "")
      .build();

  /** Every table of the report, in the order the report lists them. */
  public static final List<Table> ALL = List.of(COLUMN_PROFILE, HISTOGRAMS, GENDER_SPLIT, PREFERRED_HOUR_BANDS,
      TOP_LOCATIONS, DAILY_VOLUME, HOURLY_VOLUME, CORRELATIONS, RFM_SEGMENTS, DATA_QUALITY);

  private static Table columnProfile() {
    Table.Builder t = Table.at("column_profile")
        .required("table", STRING, "transactions or customers")
        .required("column", STRING, "")
        .required("kind", STRING, "numeric or categorical")
        .required("count", LONG, "")
        .required("nulls", LONG, "")
        .required("distinct", LONG, "")
        .optional("min", DOUBLE, "")
        .optional("max", DOUBLE, "")
        .optional("mean", DOUBLE, "")
        .optional("stddev", DOUBLE, "")
        .optional("skewness", DOUBLE, "");
    for (int p : PERCENTS) {
      t.optional(String.format("p%02d", p), DOUBLE, "nearest-rank percentile");
    }
    return t.build();
  }
}
