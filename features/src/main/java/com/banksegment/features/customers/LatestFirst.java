package com.banksegment.features.customers;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.unix_micros;

import com.banksegment.features.transactions.TransactionOverview;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;

/**
 * "Which of a customer's rows is the latest" as one number per row: ordered by transaction_ts,
 * then source_line, then source_file (by name). A single fixed-width number (a long, or a
 * decimal(38,0) when the batch is too long for 63 bits) lets Spark hash-aggregate the customers;
 * a struct ordering would force a sort of every transaction.
 */
public final class LatestFirst {
  private LatestFirst() {}

  static Column key(TransactionOverview tx) {
    long span = tx.maxMicros() - tx.minMicros() + 1;
    long lines = tx.maxSourceLine() + 1;
    long files = Math.max(1, tx.sourceFiles().size());
    Column micros = unix_micros(col("transaction_ts")).minus(tx.minMicros());
    Column file = fileOrdinal(tx.sourceFiles());
    try {
      Math.multiplyExact(Math.multiplyExact(span, lines), files);
      return micros.multiply(lines).plus(col("source_line")).multiply(files).plus(file);
    } catch (ArithmeticException tooLongForALong) {
      String decimal = "decimal(38,0)";
      return micros.cast(decimal).multiply(lit(lines).cast(decimal)).plus(col("source_line").cast(decimal))
          .multiply(lit(files).cast(decimal)).plus(file.cast(decimal)).cast(decimal);
    }
  }

  private static Column fileOrdinal(List<String> sortedFiles) {
    if (sortedFiles.size() <= 1) {
      return lit(0L);
    }
    List<Column> entries = new ArrayList<>();
    for (int i = 0; i < sortedFiles.size(); i++) {
      entries.add(lit(sortedFiles.get(i)));
      entries.add(lit((long) i));
    }
    return org.apache.spark.sql.functions.element_at(map(entries.toArray(Column[]::new)), col("source_file"));
  }
}
