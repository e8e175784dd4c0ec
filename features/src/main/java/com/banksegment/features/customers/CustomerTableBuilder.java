package com.banksegment.features.customers;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import com.banksegment.features.rfm.QuintileScores;
import com.banksegment.features.rfm.RfmSegments;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The clean/customers table of docs/data-contract.md from the per-customer aggregate: imputes
 * the model inputs (batch median of the observed ages and balances, {@code U} for an unknown
 * gender, each with its flag), adds the R, F, M scores and the named RFM segment.
 */
public final class CustomerTableBuilder {
  public static final String UNKNOWN_GENDER = "U";

  private CustomerTableBuilder() {}

  public static Dataset<Row> build(Dataset<Row> aggregate, CustomerRanks stats, RfmSegments segments) {
    Column r = QuintileScores.score(QuintileScores.recencyGoodness(), stats.recencyCuts()).as("r_score");
    Column f = QuintileScores.score(col("frequency").cast("double"), stats.frequencyCuts()).as("f_score");
    Column m = QuintileScores.score(col("monetary"), stats.monetaryCuts()).as("m_score");
    Dataset<Row> imputed = aggregate.select(
        col("customer_id"), col("recency_days"), col("frequency"), col("monetary"),
        col("avg_amount"), col("max_amount"), col("first_txn_date"), col("last_txn_date"),
        coalesce(col("balance_observed"), orNull(stats.medianBalance())).as("balance"),
        coalesce(col("age_observed"), orNull(stats.medianAge())).as("age"),
        coalesce(col("gender_observed"), lit(UNKNOWN_GENDER)).as("gender"),
        col("location"), col("preferred_hour_band"),
        col("age_observed").isNull().as("age_imputed"),
        col("balance_observed").isNull().as("balance_imputed"),
        col("gender_observed").isNull().as("gender_imputed"),
        col("attribute_conflicts"),
        r, f, m,
        col("dob_conflict"), col("gender_conflict"), col("location_conflict"), col("balance_conflict"));
    return imputed
        .withColumn("rfm_score", col("r_score").multiply(100).plus(col("f_score").multiply(10))
            .plus(col("m_score")).cast("string"))
        .withColumn("rfm_segment", segments.column());
  }

  /** A batch with no observed value at all has no median: the value then stays null. */
  private static Column orNull(double median) {
    return Double.isNaN(median) ? lit(null).cast("double") : lit(median);
  }

  /**
   * The contract's columns in order. {@link #build} also keeps the four per-attribute conflict
   * flags (dob_conflict, ...) for the report; the written table has only these.
   */
  static final List<String> COLUMNS = List.of(
      "customer_id", "recency_days", "frequency", "monetary", "avg_amount", "max_amount",
      "first_txn_date", "last_txn_date", "balance", "age", "gender", "location",
      "preferred_hour_band", "age_imputed", "balance_imputed", "gender_imputed",
      "attribute_conflicts", "r_score", "f_score", "m_score", "rfm_score", "rfm_segment");
}
