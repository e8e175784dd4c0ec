package com.banksegment.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.spark.SparkTestSession;
import com.banksegment.spark.stage.StageContext;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stage on invoice lines (a source whose amount is quantity x unit price): frequency counts
 * invoices, monetary sums the purchase lines, cancellations are excluded (not netted) and the
 * attributes the source lacks stay absent.
 */
class FeaturesInvoiceLinesTest {
  private static final RunDate RUN_DATE = RunDate.parse("2011-12-09");
  private static final SparkSession SPARK = SparkTestSession.get();
  @TempDir
  static Path lake;
  static FeaturesResult result;
  static Map<String, Row> byCustomer;

  @BeforeAll
  static void runOnce() {
    SuiteSettings settings = SuiteSettings.load().with("segment.lake.root", lake.toString());
    new CleanTransactions()
        .addInvoiceLine("A", "100", "2011-12-01", "08:45:00", 2, 3.0, false)    // invoice 100: 6 + 4 = 10
        .addInvoiceLine("A", "100", "2011-12-01", "08:45:00", 1, 4.0, false)
        .addInvoiceLine("A", "101", "2011-12-05", "15:10:00", 5, 1.0, false)    // invoice 101: 5
        .addInvoiceLine("A", "C102", "2011-12-08", "10:00:00", -1, 3.0, true)      // cancelled: not counted
        .addInvoiceLine("B", "200", "2011-12-02", "11:00:00", 1, 2.5, false)    // two identical lines: 5
        .addInvoiceLine("B", "200", "2011-12-02", "11:00:00", 1, 2.5, false)
        .addInvoiceLine("B", "201", "2011-12-03", "11:00:00", 1, 0.0, false)    // a zero-price invoice still counts
        .addInvoiceLine("ONLY_CANCELLED", "C300", "2011-12-09", "09:00:00", -2, 1.5, true)
        .writeTo(SPARK, settings.lake().layout(), RUN_DATE);
    result = new FeaturesJob(StageContext.of(SPARK, settings, RUN_DATE)).execute();
    byCustomer = new TreeMap<>();
    SPARK.read().parquet(result.outputs().customersPath()).collectAsList()
        .forEach(r -> byCustomer.put(r.getAs("customer_id"), r));
  }

  @Test
  void frequencyCountsInvoicesAndMonetarySumsThePurchaseLines() {
    Row a = byCustomer.get("A");
    assertThat(a.<Integer>getAs("frequency")).isEqualTo(2);
    assertThat(a.<Double>getAs("monetary")).isCloseTo(15.0, within(1e-9));
    assertThat(a.<Double>getAs("max_amount")).isCloseTo(10.0, within(1e-9)); // the larger invoice, not a line
    assertThat(a.<Double>getAs("avg_amount")).isCloseTo(7.5, within(1e-9));
    Row b = byCustomer.get("B");
    assertThat(b.<Integer>getAs("frequency")).isEqualTo(2);
    assertThat(b.<Double>getAs("monetary")).isCloseTo(5.0, within(1e-9));
  }

  @Test
  void cancellationsAreExcludedNotNetted() {
    // A's cancellation on 2011-12-08 is neither a transaction nor a refund: recency counts from 12-05.
    assertThat(byCustomer.get("A").getAs("last_txn_date").toString()).isEqualTo("2011-12-05");
    // A customer with nothing but cancellations bought nothing: not a customer of the batch.
    assertThat(byCustomer).containsOnlyKeys("A", "B");
    assertThat(result.batch().transactions()).isEqualTo(4);
    assertThat(result.batch().snapshotDate().toString()).isEqualTo("2011-12-06");
  }

  @Test
  void attributesTheSourceLacksAreAbsentNotImputed() {
    for (Row r : byCustomer.values()) {
      assertThat(new Object[] {r.getAs("age"), r.getAs("balance"), r.getAs("gender"), r.getAs("location")})
          .containsOnlyNulls();
      assertThat(new Object[] {r.getAs("age_imputed"), r.getAs("balance_imputed"), r.getAs("gender_imputed")})
          .containsOnly(false);
      assertThat(r.<String>getAs("rfm_segment")).isNotBlank();
    }
  }
}
