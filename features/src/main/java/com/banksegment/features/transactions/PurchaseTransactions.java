package com.banksegment.features.transactions;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import com.banksegment.config.LakeLayout;
import com.banksegment.config.RunDate;
import com.banksegment.contract.LakeTables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The transactions the customer table and the EDA report count, whatever the source: purchases
 * only, one row per transaction, in the columns of {@link TransactionsInput}.
 *
 * <ul>
 *   <li><b>Cancellations and returns are excluded, not netted</b>: a cancelled invoice line
 *       (flagged by ingest, kept in clean/transactions) is neither a transaction nor money spent,
 *       and netting it would credit a refund to whatever period it falls in. Frequency and
 *       monetary are those of the purchases.</li>
 *   <li><b>Invoice lines become one transaction per invoice</b> (rows with a quantity: the
 *       source's amount is quantity x unit price): frequency counts distinct invoices, not lines;
 *       the invoice's amount is the sum of its lines; its time, attributes, file and line are
 *       those of its first line (earliest timestamp, then file and line). A source with one
 *       amount per transaction (the bank) already has one row per transaction and is left as is.</li>
 * </ul>
 * A partition written before sources were declared has no cancellation column: all purchases.
 */
public final class PurchaseTransactions {
  private PurchaseTransactions() {}

  public static Dataset<Row> read(SparkSession spark, LakeLayout layout, RunDate runDate) {
    Dataset<Row> transactions = TransactionsInput.read(spark, layout, runDate);
    Dataset<Row> all = spark.read().parquet(layout.partition(LakeTables.CLEAN_TRANSACTIONS, runDate));
    if (!Arrays.asList(all.columns()).containsAll(List.of("cancellation", "quantity"))) {
      return transactions;
    }
    Dataset<Row> purchases = all.filter(not(col("cancellation")));
    // Parquet's statistics answer this without reading a bank partition's rows: quantity is null in all of them.
    boolean invoiceLines = !purchases.filter(col("quantity").isNotNull()).isEmpty();
    return (invoiceLines ? oneRowPerInvoice(purchases) : purchases).select(columns());
  }

  /** Whether any row of the batch has a value in the column: a source without the attribute has none. */
  public static boolean observed(Dataset<Row> transactions, String column) {
    return !transactions.filter(col(column).isNotNull()).isEmpty();
  }

  private static Dataset<Row> oneRowPerInvoice(Dataset<Row> lines) {
    Column first = struct(col("transaction_ts"), col("source_file"), col("source_line"));
    List<Column> values = new ArrayList<>();
    values.add(sum(col("amount")).as("amount"));
    for (String column : TransactionsInput.COLUMNS.columnNames()) {
      if (!List.of("customer_id", "amount").contains(column)) {
        values.add(min_by(col(column), first).as(column));
      }
    }
    return lines.groupBy(col("customer_id"), col("transaction_id"))
        .agg(values.get(0), values.subList(1, values.size()).toArray(Column[]::new));
  }

  private static Column[] columns() {
    return TransactionsInput.COLUMNS.columnNames().stream().map(c -> col(c)).toArray(Column[]::new);
  }
}
