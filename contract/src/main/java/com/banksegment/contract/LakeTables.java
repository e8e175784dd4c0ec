package com.banksegment.contract;

import java.util.List;

/**
 * Every Parquet table of the lake, partitioned by run date, with its columns in the order they
 * are written: the one declaration the stages write, the next stages and the web app read, and
 * {@code LakeContractDocTest} checks against docs/data-contract.md (where each column's meaning
 * is). The EDA report's small tables are in {@link EdaTables}.
 */
public final class LakeTables {
  private LakeTables() {}

  /**
   * Typed transactions of a run date (ingest), from any declared source; the boolean flags are
   * the {@link SoftFlag}s. The last four columns come from sources of invoice lines (docs/sources.md).
   */
  public static final Table CLEAN_TRANSACTIONS = Table.of("clean/transactions", """
      transaction_id string, customer_id string, customer_dob date?, gender string?, location string?,
      account_balance double?, transaction_date date, transaction_time string, transaction_ts timestamp,
      transaction_hour int, amount double, dob_placeholder boolean, dob_missing boolean, dob_invalid boolean,
      gender_unknown boolean, location_missing boolean, balance_missing boolean,
      source_file string, source_line long,
      quantity double?, unit_price double?, cancellation boolean, country string?""");

  /** Rejected raw rows of a run date (ingest); {@code reason} is a {@link RejectReason}. */
  public static final Table QUARANTINE_TRANSACTIONS = Table.of("quarantine/transactions",
      "source_file string, line_number long, raw_line string, reason string, detail string");

  /** One row per customer of a run date (features). */
  public static final Table CUSTOMERS = Table.of("clean/customers", """
      customer_id string, recency_days int, frequency int, monetary double, avg_amount double, max_amount double,
      first_txn_date date, last_txn_date date, balance double?, age double?, gender string?, location string?,
      preferred_hour_band string, age_imputed boolean, balance_imputed boolean, gender_imputed boolean,
      attribute_conflicts int, r_score int, f_score int, m_score int, rfm_score string, rfm_segment string""");

  /**
   * Every input a model can have, in the order a model bundle lists its own (columns of
   * {@link #CUSTOMERS}). A run's inputs are {@link #RFM_INPUTS} plus each attribute
   * ({@link #ATTRIBUTE_INPUTS}) that has values in its clean/customers: the features stage writes an
   * attribute in every row or, when the source lacks it, in none (docs/data-contract.md).
   */
  public static final List<String> MODEL_INPUTS =
      List.of("recency_days", "frequency", "monetary", "age", "balance", "gender");

  /** The inputs of every model: any transaction log gives recency, frequency and monetary. */
  public static final List<String> RFM_INPUTS = MODEL_INPUTS.subList(0, 3);

  /** The customer attributes that are model inputs when the run's source has them. */
  public static final List<String> ATTRIBUTE_INPUTS = MODEL_INPUTS.subList(3, 6);

  /** One row per customer of a model run: its segment (model). */
  public static final Table CUSTOMER_SEGMENTS = Table.of("published/customer_segments", """
      customer_id string, cluster_id int, segment_name string,
      rfm_segment string, r_score int, f_score int, m_score int, rfm_score string,
      recency_days int, frequency int, monetary double, age double?, balance double?, gender string?,
      pca_1 double, pca_2 double?, nb_cluster_id int, nb_probability double,
      p_alive double?, expected_transactions double?, expected_spend double?, clv double?, lifetime_status string""");

  /**
   * The raw numeric model inputs that segment_profiles describes by mean and median; those a run's
   * model does not have (its source lacks them) are null, as are the gender shares without gender.
   */
  public static final List<String> PROFILED_INPUTS = List.of("recency_days", "frequency", "monetary", "age", "balance");

  /** One row per segment of a model run (model). */
  public static final Table SEGMENT_PROFILES = Table.of("published/segment_profiles", """
      cluster_id int, model_cluster_index int, segment_name string, action string, customers long, share double,
      mean_recency_days double, median_recency_days double, mean_frequency double, median_frequency double,
      mean_monetary double, median_monetary double, mean_age double?, median_age double?,
      mean_balance double?, median_balance double?,
      share_male double?, share_female double?, share_unknown_gender double?, dominant_rfm_segment string,
      total_monetary double, centroid array<double>,
      previous_run_date string?, previous_cluster_id int?, match_distance double?,
      mean_p_alive double?, sum_expected_transactions double?, mean_expected_transactions double?,
      sum_clv double?, mean_clv double?""");

  /** Every clustering the model selection fitted (model). */
  public static final Table MODEL_SELECTION = Table.of("published/model_selection", """
      algorithm string, k int, wssse double, silhouette double, chosen boolean, knee boolean,
      fit_customers long, fit_seconds double""");

  /** The model's figures in long format (model). */
  public static final Table MODEL_METRICS = Table.of("published/model_metrics",
      "metric string, cluster_id int?, predicted_cluster_id int?, value double");

  /** The BI tables of a model run, in the order the model stage writes them. */
  public static final List<Table> PUBLISHED = List.of(CUSTOMER_SEGMENTS, SEGMENT_PROFILES, MODEL_SELECTION, MODEL_METRICS);

  /**
   * Movement between the previous published run and this one, per (from, to) segment pair, plus
   * customers new in this run and customers gone (publish: it alone knows the previous published run).
   */
  public static final Table SEGMENT_MIGRATION = Table.of("published/segment_migration", """
      previous_run_date string?, movement string, from_cluster_id int?, from_segment_name string?,
      to_cluster_id int?, to_segment_name string?, customers long""");

  /** Customers whose segment changed since the previous published run (publish; analyst-only data). */
  public static final Table SEGMENT_MOVERS = Table.of("published/segment_movers", """
      customer_id string, previous_run_date string, from_cluster_id int, from_segment_name string,
      to_cluster_id int, to_segment_name string""");

  /** The tables the publish stage writes with the pointer, comparing a run with the previous published one. */
  public static final List<Table> MIGRATION = List.of(SEGMENT_MIGRATION, SEGMENT_MOVERS);

  /** Every run-date-partitioned table of the lake. */
  public static final List<Table> ALL = List.of(CLEAN_TRANSACTIONS, QUARANTINE_TRANSACTIONS, CUSTOMERS,
      CUSTOMER_SEGMENTS, SEGMENT_PROFILES, MODEL_SELECTION, MODEL_METRICS, SEGMENT_MIGRATION, SEGMENT_MOVERS);
}
