package com.banksegment.modeling.lifetime;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * The BG/NBD and Gamma-Gamma inputs from clean/customers, in days (lifetime-value/README.md):
 *
 * <ul>
 *   <li>x = {@code frequency} - 1, the repeat transactions (the lake counts all);</li>
 *   <li>t_x = {@code last_txn_date - first_txn_date} (0 for a customer seen once, whatever a
 *       cancellation's date says);</li>
 *   <li>T = t_x + {@code recency_days}: the snapshot date the features stage measured recency
 *       from, minus the first transaction's date;</li>
 *   <li>spend = {@code avg_amount}, the mean of <b>all</b> the customer's transactions, first
 *       included: the lake does not keep the first transaction's amount, so the mean of the
 *       repeat transactions the Gamma-Gamma wants is not available. The first purchase is
 *       one of x + 1 in the mean, so the bias shrinks as x grows (data-contract.md says so).</li>
 * </ul>
 */
public final class LifetimeInputs {
  public static final String X = "ltv_x";
  public static final String T_X = "ltv_t_x";
  public static final String T = "ltv_t";
  public static final String SPEND = "ltv_spend";

  /** The clean/customers columns these are computed from. */
  public static final String[] SOURCE_COLUMNS = {"frequency", "recency_days", "first_txn_date", "last_txn_date",
      "avg_amount"};

  private LifetimeInputs() {}

  public static Column x() {
    return greatest(col("frequency").minus(1), lit(0)).cast("int");
  }

  public static Column tx() {
    return when(col("frequency").gt(1), greatest(datediff(col("last_txn_date"), col("first_txn_date")), lit(0)))
        .otherwise(lit(0)).cast("double");
  }

  public static Column age() {
    return tx().plus(col("recency_days").cast("double"));
  }

  public static Column spend() {
    return greatest(col("avg_amount"), lit(0.0)).cast("double");
  }
}
