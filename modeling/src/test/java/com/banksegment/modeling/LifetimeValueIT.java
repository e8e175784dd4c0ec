package com.banksegment.modeling;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.spark.SparkTestSession;
import com.banksegment.spark.stage.StageContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: the model stage on 900 customers whose purchases were drawn from the BG/NBD story
 * with known parameters (r 0.8, alpha 20, a 1, b 4; SyntheticCustomers.repeatBuyers): the fit is
 * published with the per-customer and per-segment figures, and recovers the parameters roughly
 * (900 customers carry a few hundred repeat histories, so only the order of magnitude is tested).
 * Spend follows the Gamma-Gamma story; with the bank-like spread of spend between the planted
 * groups instead, the Gamma-Gamma finds q below 1 (no finite mean spend) and is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LifetimeValueIT {
  static final RunDate DAY = RunDate.parse("2016-10-21");

  @TempDir
  static Path lake;
  SparkSession spark;
  ModelResult result;
  Dataset<Row> segments;
  Map<String, Double> metrics = new HashMap<>();

  @BeforeAll
  void runOnce() {
    spark = SparkTestSession.get();
    SuiteSettings settings = TestSettings.lake(lake);
    SyntheticCustomers.repeatBuyers(spark, 300, 3).write().parquet(lake + "/clean/customers/" + DAY.partition());
    result = new ModelJob(StageContext.of(spark, settings, DAY)).execute();
    segments = spark.read().parquet(lake + "/published/customer_segments/" + DAY.partition()).cache();
    spark.read().parquet(lake + "/published/model_metrics/" + DAY.partition()).filter(col("cluster_id").isNull())
        .collectAsList().forEach(r -> metrics.put(r.getString(0), r.getDouble(3)));
  }

  @Test
  void bothModelsFitAndRecoverTheSimulatedParametersRoughly() {
    assertThat(metrics.get("bgnbd_status")).isZero();
    assertThat(metrics.get("gamma_gamma_status")).isZero();
    assertThat(metrics.get("lifetime_horizon_days")).isEqualTo(90.0);
    assertThat(metrics.get("bgnbd_r")).isBetween(0.4, 1.6);
    assertThat(metrics.get("bgnbd_alpha")).isBetween(8.0, 50.0);
    // The mean purchase rate r / alpha (0.04 a day) is what the data pin down best.
    assertThat(metrics.get("bgnbd_r") / metrics.get("bgnbd_alpha")).isCloseTo(0.04, within(0.015));
    assertThat(metrics.get("bgnbd_log_likelihood")).isNegative();
    assertThat(metrics.get("gamma_gamma_q")).isGreaterThan(1.0);
    // The population mean spend p v / (q - 1) of the simulation is 30.
    double p = metrics.get("gamma_gamma_p");
    double q = metrics.get("gamma_gamma_q");
    assertThat(p * metrics.get("gamma_gamma_v") / (q - 1)).isBetween(20.0, 45.0);
  }

  @Test
  void everyCustomerHasTheFiguresAndClvIsTransactionsTimesSpend() {
    assertThat(segments.count()).isEqualTo(900);
    assertThat(segments.filter(col("lifetime_status").notEqual("FITTED")).count()).isZero();
    assertThat(segments.filter(col("p_alive").isNull().or(col("clv").isNull())).count()).isZero();
    assertThat(segments.filter(col("p_alive").lt(0).or(col("p_alive").gt(1))).count()).isZero();
    // Undiscounted (discount-per-day 0): CLV = E[Y(90)] x E[M].
    assertThat(segments.filter(abs(col("clv").minus(col("expected_transactions").multiply(col("expected_spend"))))
        .gt(1e-6)).count()).isZero();
    // A customer seen once is alive (the BG/NBD's dropout follows a repeat purchase).
    assertThat(segments.filter(col("frequency").equalTo(1).and(col("p_alive").notEqual(1.0))).count()).isZero();
    // Long silence after many purchases lowers P(alive).
    Row lapsed = segments.filter(col("frequency").geq(4)).orderBy(col("recency_days").desc()).first();
    Row recent = segments.filter(col("frequency").geq(4)).orderBy(col("recency_days").asc()).first();
    assertThat(lapsed.getDouble(lapsed.fieldIndex("p_alive"))).isLessThan(recent.getDouble(recent.fieldIndex("p_alive")));
  }

  @Test
  void segmentProfilesAddUpTheirCustomersFigures() throws Exception {
    Map<Integer, double[]> bySegment = new HashMap<>();
    for (Row r : segments.groupBy("cluster_id").sum("clv", "expected_transactions").collectAsList()) {
      bySegment.put(r.getInt(0), new double[] {r.getDouble(1), r.getDouble(2)});
    }
    List<Row> profiles = spark.read().parquet(lake + "/published/segment_profiles/" + DAY.partition()).collectAsList();
    assertThat(profiles).hasSize(result.k()).allSatisfy(p -> {
      double[] sums = bySegment.get(p.getInt(p.fieldIndex("cluster_id")));
      assertThat(p.getDouble(p.fieldIndex("sum_clv"))).isCloseTo(sums[0], within(1e-6 * sums[0]));
      assertThat(p.getDouble(p.fieldIndex("sum_expected_transactions"))).isCloseTo(sums[1], within(1e-6 * sums[1]));
      assertThat(p.getDouble(p.fieldIndex("mean_clv")))
          .isCloseTo(sums[0] / p.getLong(p.fieldIndex("customers")), within(1e-6 * sums[0]));
    });
    String html = Files.readString(Path.of(result.outputs().reportDir(), "report.html"));
    assertThat(html).contains("<canvas id=\"clv\">").contains("Status: <b>FITTED</b>").doesNotContain("No lifetime figures");
  }
}
