package com.banksegment.features.customers;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.features.CleanTransactions;
import com.banksegment.features.transactions.TransactionOverview;
import com.banksegment.spark.SparkTestSession;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DecimalType;
import org.junit.jupiter.api.Test;

class LatestFirstTest {
  private static final CleanTransactions ROWS = new CleanTransactions()
      .addAt("b.csv", 7, "C", null, "M", "X", 1.0, "2016-08-01", "10:00:00", 1)
      .addAt("a.csv", 7, "C", null, "M", "X", 1.0, "2016-08-01", "10:00:00", 1)
      .addAt("a.csv", 900, "C", null, "M", "X", 1.0, "2016-08-01", "09:59:59", 1)
      .addAt("a.csv", 8, "C", null, "M", "X", 1.0, "2016-08-01", "10:00:00", 1);

  /** Transaction ids from the earliest to the latest by the key. */
  private static List<String> orderBy(TransactionOverview ranges) {
    Dataset<Row> tx = ROWS.toDataset(SparkTestSession.get());
    return tx.withColumn("k", LatestFirst.key(ranges)).orderBy(col("k"))
        .select("transaction_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
  }

  private static TransactionOverview ranges(long minMicros, long maxMicros, long maxLine) {
    return new TransactionOverview(4, null, null, 0, null, null, null, List.of(), List.of(),
        List.of("a.csv", "b.csv"), minMicros, maxMicros, maxLine);
  }

  @Test
  void ordersByTimeThenLineThenFileInALong() {
    Dataset<Row> tx = ROWS.toDataset(SparkTestSession.get());
    TransactionOverview real = TransactionOverview.compute(tx);
    assertThat(tx.select(LatestFirst.key(real)).schema().fields()[0].dataType().typeName()).isEqualTo("long");
    assertThat(orderBy(real)).containsExactly("Ta.csv900", "Ta.csv7", "Tb.csv7", "Ta.csv8");
  }

  @Test
  void aBatchTooLongForALongFallsBackToADecimalWithTheSameOrder() {
    TransactionOverview real = TransactionOverview.compute(ROWS.toDataset(SparkTestSession.get()));
    // A ten-year span of microseconds times a billion lines does not fit in 63 bits.
    TransactionOverview huge = ranges(real.minMicros(), real.minMicros() + 315_360_000_000_000L, 1_000_000_000L);
    Dataset<Row> tx = ROWS.toDataset(SparkTestSession.get());
    assertThat(tx.select(LatestFirst.key(huge)).schema().fields()[0].dataType()).isInstanceOf(DecimalType.class);
    assertThat(orderBy(huge)).containsExactly("Ta.csv900", "Ta.csv7", "Tb.csv7", "Ta.csv8");
  }
}
