package com.banksegment.features.customers;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.months_between;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import com.banksegment.features.transactions.TransactionOverview;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * One row per customer from the clean transactions, before imputation and scoring.
 *
 * <p>Rules (also in docs/data-contract.md):
 * <ul>
 *   <li>Attributes that differ between a customer's rows (DOB, gender, location, balance): the
 *       latest non-null value wins, "latest" ordered by transaction_ts, then source_line, then
 *       source_file ({@link LatestFirst}), so the choice never depends on how Spark split the input.</li>
 *   <li>An attribute is in conflict when the customer's rows carry two or more different
 *       non-null values of it.</li>
 *   <li>Age: whole years from the winning DOB to the snapshot date; unknown (null) when there is
 *       no valid DOB or the age would exceed {@value #MAX_PLAUSIBLE_AGE}.</li>
 *   <li>Preferred hour band: the band with most transactions; a tie goes to the band of the
 *       latest transaction, then to the earlier band of the day.</li>
 * </ul>
 */
public final class CustomerAggregation {
  public static final int MAX_PLAUSIBLE_AGE = 120;
  public static final List<String> HOUR_BANDS = List.of("night", "morning", "afternoon", "evening");

  private CustomerAggregation() {}

  public static Dataset<Row> aggregate(Dataset<Row> transactions, TransactionOverview tx, LocalDate snapshot) {
    // Every aggregation buffer is fixed-width (numbers, no strings or structs) so Spark can
    // hash-aggregate: gender is coded 1/2, a location by its 64-bit hash, resolved afterwards.
    Dataset<Row> coded = transactions.select(
        col("customer_id"), col("amount"), col("transaction_date"), col("customer_dob"), col("account_balance"),
        LatestFirst.key(tx).as("latest_key"),
        floor(col("transaction_hour").divide(6)).cast("int").as("hour_band"),
        when(col("gender").equalTo("M"), 1).when(col("gender").equalTo("F"), 2).as("gender_code"),
        when(col("location").isNotNull(), xxhash64(col("location"))).as("location_hash"));

    Column latest = col("latest_key");
    // Hash-partitioned by customer first: the shuffle then carries these narrow rows, not the
    // partial aggregation's wide buffers, which would barely shrink (about 1.2 rows a customer).
    Dataset<Row> perCustomer = coded.repartition(col("customer_id")).groupBy("customer_id").agg(
        count(lit(1)).cast("int").as("frequency"),
        sum("amount").as("monetary"),
        max("amount").as("max_amount"),
        min("transaction_date").as("first_txn_date"),
        max("transaction_date").as("last_txn_date"),
        latestNonNull("customer_dob", latest).as("latest_dob"),
        latestNonNull("gender_code", latest).as("latest_gender"),
        latestNonNull("location_hash", latest).as("latest_location"),
        latestNonNull("account_balance", latest).as("latest_balance"),
        max_by(col("hour_band"), latest).as("latest_band"),
        bandCount(0), bandCount(1), bandCount(2), bandCount(3),
        conflict("customer_dob", "dob"), conflict("gender_code", "gender"),
        conflict("location_hash", "location"), conflict("account_balance", "balance"));

    Dataset<Row> locations = transactions.sparkSession()
        .createDataset(tx.locations(), Encoders.STRING()).toDF("location_name")
        .withColumn("location_hash", xxhash64(col("location_name")));
    Dataset<Row> named = perCustomer.join(broadcast(locations),
        perCustomer.col("latest_location").equalTo(locations.col("location_hash")), "left");

    Column snapshotDate = lit(java.sql.Date.valueOf(snapshot));
    Column years = floor(months_between(snapshotDate, col("latest_dob"), true).divide(12));
    Column age = when(years.between(0, MAX_PLAUSIBLE_AGE), years.cast("double"));
    Column conflicts = col("dob_conflict").cast("int").plus(col("gender_conflict").cast("int"))
        .plus(col("location_conflict").cast("int")).plus(col("balance_conflict").cast("int"));
    return named.select(
        col("customer_id"),
        datediff(snapshotDate, col("last_txn_date")).as("recency_days"),
        col("frequency"), col("monetary"), col("monetary").divide(col("frequency")).as("avg_amount"),
        col("max_amount"),
        col("first_txn_date"), col("last_txn_date"),
        col("latest_balance").as("balance_observed"),
        age.as("age_observed"),
        when(col("latest_gender").equalTo(1), "M").when(col("latest_gender").equalTo(2), "F").as("gender_observed"),
        col("location_name").as("location"),
        preferredBand().as("preferred_hour_band"),
        col("dob_conflict"), col("gender_conflict"), col("location_conflict"), col("balance_conflict"),
        conflicts.as("attribute_conflicts"));
  }

  /** max_by ignores rows whose ordering is null, so masking the ordering skips null values. */
  private static Column latestNonNull(String column, Column latest) {
    return max_by(col(column), when(col(column).isNotNull(), latest));
  }

  private static Column bandCount(int band) {
    return sum(when(col("hour_band").equalTo(band), 1).otherwise(0)).as("band_" + band);
  }

  /** Two different non-null values exist exactly when the smallest and largest differ. */
  private static Column conflict(String column, String shortName) {
    return coalesce(min(column).notEqual(max(column)), lit(false)).as(shortName + "_conflict");
  }

  private static Column preferredBand() {
    Column[] candidates = new Column[HOUR_BANDS.size()];
    for (int b = 0; b < candidates.length; b++) {
      // Compared field by field: most transactions, then "is the latest band", then the earlier band.
      candidates[b] = struct(col("band_" + b).as("n"), col("latest_band").equalTo(b).as("latest"),
          lit(-b).as("earlier"), lit(b).as("band"));
    }
    Column names = array(HOUR_BANDS.stream().map(n -> lit(n)).toArray(Column[]::new));
    return element_at(names, greatest(candidates).getField("band").plus(1));
  }
}
