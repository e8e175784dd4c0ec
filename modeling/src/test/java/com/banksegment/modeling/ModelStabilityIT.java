package com.banksegment.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.features.FeaturesJob;
import com.banksegment.ingest.IngestJob;
import com.banksegment.modeling.clustering.Agreement;
import com.banksegment.spark.SparkTestSession;
import com.banksegment.spark.TestData;
import com.banksegment.spark.stage.StageContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #15: the real head20k file modelled five times with five seeds gives the same k and the
 * same segments (adjusted Rand index at least 0.95 between every pair of runs), with the settings
 * the product ships. Before the screened starts (3 starts per k, the final fit refined from the
 * sweep's) seeds chose k = 3 to 7; with 10 starts and 40 sweep iterations all chose k = 6 but
 * split over two solutions 0.2 % apart in WSSSE (adjusted Rand 0.908 between them). The test prints
 * every pair; docs/benchmarks.md reports the figures.
 */
class ModelStabilityIT {
  static final RunDate DAY = RunDate.parse("2016-10-21");
  static final int RUNS = 5;
  /** The target for the lowest adjusted Rand index between two seeds' segments. */
  static final double TARGET = 0.95;

  @TempDir
  Path lake;

  @Test
  void fiveSeedsGiveTheSameKAndTheSameSegments() {
    SparkSession spark = SparkTestSession.get();
    SuiteSettings settings = SuiteSettings.load().with("segment.lake.root", lake.toString());
    new IngestJob(StageContext.of(spark, settings, DAY)).input(TestData.realHead20k().toString()).execute();
    new FeaturesJob(StageContext.of(spark, settings, DAY)).execute();

    List<Integer> ks = new ArrayList<>();
    List<int[]> labels = new ArrayList<>();
    List<String> order = null;
    for (int seed = 1; seed <= RUNS; seed++) {
      long start = System.nanoTime();
      ModelResult result = new ModelJob(StageContext.of(spark, settings.with("segment.modeling.seed", seed), DAY))
          .execute();
      System.out.printf("seed %d: k = %d, model stage %.1f s%n", seed, result.k(), (System.nanoTime() - start) / 1e9);
      ks.add(result.k());
      Map<String, Integer> segmentOf = new HashMap<>();
      for (Row r : spark.read().parquet(lake + "/published/customer_segments/" + DAY.partition())
          .select("customer_id", "cluster_id").collectAsList()) {
        segmentOf.put(r.getString(0), r.getInt(1));
      }
      if (order == null) {
        order = new ArrayList<>(segmentOf.keySet());
      }
      labels.add(order.stream().mapToInt(segmentOf::get).toArray());
    }

    assertThat(ks).as("k chosen with seeds 1..%d", RUNS).containsOnly(ks.get(0));
    int maxId = labels.stream().flatMapToInt(java.util.Arrays::stream).max().orElseThrow() + 1;
    double lowest = 1.0;
    for (int a = 0; a < RUNS; a++) {
      for (int b = a + 1; b < RUNS; b++) {
        double ari = Agreement.adjustedRand(labels.get(a), maxId, labels.get(b), maxId);
        System.out.printf("seeds %d and %d: adjusted Rand %.4f%n", a + 1, b + 1, ari);
        lowest = Math.min(lowest, ari);
      }
    }
    System.out.printf("lowest adjusted Rand between two seeds: %.4f (issue #15 target %.2f)%n", lowest, TARGET);
    assertThat(lowest).as("lowest adjusted Rand between two seeds").isGreaterThanOrEqualTo(TARGET);
  }
}
