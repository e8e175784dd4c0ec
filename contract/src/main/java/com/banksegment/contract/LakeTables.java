package com.banksegment.contract;

import static com.banksegment.contract.ColumnType.BOOLEAN;
import static com.banksegment.contract.ColumnType.DATE;
import static com.banksegment.contract.ColumnType.DOUBLE;
import static com.banksegment.contract.ColumnType.DOUBLE_ARRAY;
import static com.banksegment.contract.ColumnType.INT;
import static com.banksegment.contract.ColumnType.LONG;
import static com.banksegment.contract.ColumnType.STRING;
import static com.banksegment.contract.ColumnType.TIMESTAMP;

import java.util.List;

/**
 * Every Parquet table of the lake, partitioned by run date, with its columns in the order they
 * are written: the one declaration the stages write, the next stages and the web app read, and
 * {@code LakeContractDocTest} checks against docs/data-contract.md. The EDA report's small tables
 * are in {@link EdaTables}.
 */
public final class LakeTables {
  private LakeTables() {}

  /** Typed transactions of a run date (ingest). */
  public static final Table CLEAN_TRANSACTIONS = Table.at("clean/transactions")
      .required("transaction_id", STRING, "TransactionID, unique within the run date")
      .required("customer_id", STRING, "CustomerID")
      .optional("customer_dob", DATE, "CustomerDOB; null when a placeholder, missing, unparseable or after the transaction")
      .optional("gender", STRING, "M or F; null otherwise")
      .optional("location", STRING, "CustLocation, trimmed; null when empty")
      .optional("account_balance", DOUBLE, "CustAccountBalance in INR; null when empty or not a number")
      .required("transaction_date", DATE, "TransactionDate")
      .required("transaction_time", STRING, "HH:mm:ss")
      .required("transaction_ts", TIMESTAMP, "date + time, UTC")
      .required("transaction_hour", INT, "0..23")
      .required("amount", DOUBLE, "TransactionAmount (INR), >= 0")
      .required(SoftFlag.DOB_PLACEHOLDER.column(), BOOLEAN, "DOB was 1/1/1800")
      .required(SoftFlag.DOB_MISSING.column(), BOOLEAN, "DOB was empty or nan")
      .required(SoftFlag.DOB_INVALID.column(), BOOLEAN, "DOB unparseable or after the transaction")
      .required(SoftFlag.GENDER_UNKNOWN.column(), BOOLEAN, "gender empty or not M/F")
      .required(SoftFlag.LOCATION_MISSING.column(), BOOLEAN, "location empty")
      .required(SoftFlag.BALANCE_MISSING.column(), BOOLEAN, "balance empty or not a number")
      .required("source_file", STRING, "name of the raw file")
      .required("source_line", LONG, "1-based physical line number in that file (header is line 1)")
      .build();

  /** Rejected raw rows of a run date (ingest); {@code reason} is a {@link RejectReason}. */
  public static final Table QUARANTINE_TRANSACTIONS = Table.at("quarantine/transactions")
      .required("source_file", STRING, "raw file name")
      .required("line_number", LONG, "1-based line number in that file")
      .required("raw_line", STRING, "the line as it was, without its terminator")
      .required("reason", STRING, "reason code")
      .required("detail", STRING, "one line naming the field and the bad value")
      .build();

  /** One row per customer of a run date (features). */
  public static final Table CUSTOMERS = Table.at("clean/customers")
      .required("customer_id", STRING, "")
      .required("recency_days", INT, "days from the snapshot date to the last transaction; at least 1")
      .required("frequency", INT, "transactions")
      .required("monetary", DOUBLE, "sum of amounts")
      .required("avg_amount", DOUBLE, "monetary / frequency")
      .required("max_amount", DOUBLE, "largest amount")
      .required("first_txn_date", DATE, "")
      .required("last_txn_date", DATE, "")
      .optional("balance", DOUBLE, "latest non-null balance; batch median when none")
      .optional("age", DOUBLE, "whole years at the snapshot; batch median when none")
      .required("gender", STRING, "M, F or U")
      .optional("location", STRING, "latest non-null location")
      .required("preferred_hour_band", STRING, "night, morning, afternoon or evening")
      .required("age_imputed", BOOLEAN, "")
      .required("balance_imputed", BOOLEAN, "")
      .required("gender_imputed", BOOLEAN, "")
      .required("attribute_conflicts", INT, "how many of DOB, gender, location, balance took more than one value")
      .required("r_score", INT, "1..5")
      .required("f_score", INT, "1..5")
      .required("m_score", INT, "1..5")
      .required("rfm_score", STRING, "e.g. 545")
      .required("rfm_segment", STRING, "named RFM segment")
      .build();

  /** The model's inputs, in the order the model bundle lists them (columns of {@link #CUSTOMERS}). */
  public static final List<String> MODEL_INPUTS =
      List.of("recency_days", "frequency", "monetary", "age", "balance", "gender");

  /** One row per customer of a model run: its segment (model). */
  public static final Table CUSTOMER_SEGMENTS = Table.at("published/customer_segments")
      .required("customer_id", STRING, "")
      .required("cluster_id", INT, "stable segment id")
      .required("segment_name", STRING, "business name of the segment")
      .required("rfm_segment", STRING, "from clean/customers")
      .required("r_score", INT, "from clean/customers")
      .required("f_score", INT, "from clean/customers")
      .required("m_score", INT, "from clean/customers")
      .required("rfm_score", STRING, "from clean/customers")
      .required("recency_days", INT, "model input")
      .required("frequency", INT, "model input")
      .required("monetary", DOUBLE, "model input")
      .required("age", DOUBLE, "model input")
      .required("balance", DOUBLE, "model input")
      .required("gender", STRING, "M, F, U")
      .required("pca_1", DOUBLE, "first PCA coordinate")
      .optional("pca_2", DOUBLE, "second PCA coordinate; null when PCA keeps one component")
      .required("nb_cluster_id", INT, "the segment Naive Bayes finds most probable")
      .required("nb_probability", DOUBLE, "its probability")
      .build();

  /** The raw numeric model inputs that segment_profiles describes by mean and median. */
  public static final List<String> PROFILED_INPUTS = List.of("recency_days", "frequency", "monetary", "age", "balance");

  /** One row per segment of a model run (model). */
  public static final Table SEGMENT_PROFILES = profiles();

  /** Every clustering the model selection fitted (model). */
  public static final Table MODEL_SELECTION = Table.at("published/model_selection")
      .required("algorithm", STRING, "kmeans, bisecting-kmeans, gaussian-mixture")
      .required("k", INT, "")
      .required("wssse", DOUBLE, "squared distances to the cluster centre in PCA space, all customers")
      .required("silhouette", DOUBLE, "squared Euclidean, all customers")
      .required("chosen", BOOLEAN, "the production model (exactly one row)")
      .required("knee", BOOLEAN, "the knee of the K-means WSSSE curve")
      .required("fit_customers", LONG, "customers the fit saw")
      .required("fit_seconds", DOUBLE, "fit and measurement time")
      .build();

  /** The model's figures in long format (model). */
  public static final Table MODEL_METRICS = Table.at("published/model_metrics")
      .required("metric", STRING, "name of the figure")
      .optional("cluster_id", INT, "the segment; null for whole-model figures")
      .optional("predicted_cluster_id", INT, "only for nb_confusion")
      .required("value", DOUBLE, "")
      .build();

  /** The BI tables of a model run, in the order the model stage writes them. */
  public static final List<Table> PUBLISHED = List.of(CUSTOMER_SEGMENTS, SEGMENT_PROFILES, MODEL_SELECTION, MODEL_METRICS);

  /** Every run-date-partitioned table of the lake. */
  public static final List<Table> ALL = List.of(CLEAN_TRANSACTIONS, QUARANTINE_TRANSACTIONS, CUSTOMERS,
      CUSTOMER_SEGMENTS, SEGMENT_PROFILES, MODEL_SELECTION, MODEL_METRICS);

  private static Table profiles() {
    Table.Builder t = Table.at("published/segment_profiles")
        .required("cluster_id", INT, "stable segment id")
        .required("model_cluster_index", INT, "the segmentation model's own cluster index for this segment")
        .required("segment_name", STRING, "")
        .required("action", STRING, "suggested action")
        .required("customers", LONG, "")
        .required("share", DOUBLE, "customers / all customers");
    for (String input : PROFILED_INPUTS) {
      t.required("mean_" + input, DOUBLE, "mean of " + input);
      t.required("median_" + input, DOUBLE, "approximate median of " + input);
    }
    return t.required("share_male", DOUBLE, "")
        .required("share_female", DOUBLE, "")
        .required("share_unknown_gender", DOUBLE, "")
        .required("dominant_rfm_segment", STRING, "most frequent RFM segment")
        .required("total_monetary", DOUBLE, "")
        .required("centroid", DOUBLE_ARRAY, "centre in PCA space")
        .optional("previous_run_date", STRING, "the run it was matched to; null for a new segment")
        .optional("previous_cluster_id", INT, "the matched segment of that run")
        .optional("match_distance", DOUBLE, "distance to it")
        .build();
  }
}
