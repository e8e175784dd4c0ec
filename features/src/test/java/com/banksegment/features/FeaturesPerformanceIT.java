package com.banksegment.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.config.LakeLayout;
import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.contract.LakeTables;
import com.banksegment.generator.GeneratorSettings;
import com.banksegment.generator.TransactionGenerator;
import com.banksegment.ingest.IngestJob;
import com.banksegment.spark.LakeFileSystem;
import com.banksegment.spark.SparkTestSession;
import com.banksegment.spark.stage.StageContext;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * Times the features stage alone on generated data, with task and CPU time per Spark stage.
 * Excluded from the build's integration tests (features/pom.xml), since it generates and ingests
 * a million rows first; run it on purpose with
 * {@code ./mvnw -o -pl features verify -Dit.test=FeaturesPerformanceIT}
 * (-Dfeatures.rows=N, default the full file's 1,048,567; -Dfeatures.lake=DIR keeps the ingested
 * lake between runs; -Dfeatures.runs=N, default 2, the first in a cold JVM). The suite's
 * benchmark (bench/, docs/benchmarks.md) times every stage as its own command.
 */
class FeaturesPerformanceIT {
  @Test
  void featuresOnGeneratedTransactions() throws Exception {
    long rows = Long.getLong("features.rows", GeneratorSettings.FULL_FILE_ROWS);
    SparkSession spark = SparkTestSession.get();
    String lakeProperty = System.getProperty("features.lake");
    Path lake = lakeProperty != null ? Path.of(lakeProperty) : Files.createTempDirectory("features-perf");
    RunDate runDate = RunDate.parse("2016-10-21");
    SuiteSettings settings = SuiteSettings.load().with("segment.lake.root", lake.toString());
    LakeLayout layout = settings.lake().layout();
    if (!LakeFileSystem.of(spark).exists(layout.partition(LakeTables.CLEAN_TRANSACTIONS, runDate))) {
      Path csv = lake.resolve("generated/transactions.csv");
      new TransactionGenerator(new GeneratorSettings(rows, 42)).writeTo(csv);
      new IngestJob(StageContext.of(spark, settings, runDate)).input(csv.toString()).execute();
    }

    StageTimes stages = new StageTimes();
    spark.sparkContext().addSparkListener(stages);
    for (int run = 1; run <= Integer.getInteger("features.runs", 2); run++) {
      stages.clear();
      long start = System.nanoTime();
      long cpuStart = processCpuNanos();
      FeaturesResult result = new FeaturesJob(StageContext.of(spark, settings, runDate)).execute();
      double seconds = (System.nanoTime() - start) / 1e9;
      // On a shared machine wall time depends on the neighbours; CPU time of this JVM does not.
      double cpu = (processCpuNanos() - cpuStart) / 1e9;
      System.out.printf(Locale.ROOT, "run %d: %,d transactions, %,d customers in %.1f s wall, %.1f s CPU "
          + "(load average %.1f)%n", run, result.batch().transactions(), result.batch().customers(), seconds, cpu,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      assertThat(result.batch().customers()).isPositive();
      stages.print();
    }
  }

  /** Task time, CPU and GC per stage, summed by the line of our code that started it. */
  static final class StageTimes extends org.apache.spark.scheduler.SparkListener {
    private final java.util.Map<String, double[]> byCallSite = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void onStageCompleted(org.apache.spark.scheduler.SparkListenerStageCompleted done) {
      var info = done.stageInfo();
      var m = info.taskMetrics();
      String site = info.details().lines().filter(l -> l.contains("com.banksegment")).findFirst()
          .orElse(info.name()).trim();
      double[] t = byCallSite.computeIfAbsent(site, k -> new double[4]);
      t[0] += m.executorRunTime() / 1e3;
      t[1] += m.executorCpuTime() / 1e9;
      t[2] += m.jvmGCTime() / 1e3;
      t[3] += 1;
    }

    void clear() {
      byCallSite.clear();
    }

    void print() {
      byCallSite.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]))
          .forEach(e -> System.out.printf(Locale.ROOT, "  stage task %6.2fs cpu %6.2fs gc %5.2fs x%.0f  %s%n",
              e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getKey()));
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
