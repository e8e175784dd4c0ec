package com.banksegment.modeling;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log10;
import static org.apache.spark.sql.functions.rand;
import static org.apache.spark.sql.functions.randn;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.when;

import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.contract.LakeTables;
import com.banksegment.spark.SparkSessions;
import com.banksegment.spark.stage.StageContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Times the model stage alone (modeling/bench/run-model-bench.sh). Arguments: the customers to
 * generate (default 884,000) or a raw CSV file to run ingest and features on first; a lake folder
 * (a customer table already there is reused). Generated customers:
 * Money is log-normal with the full file's medians and means, frequency mostly 1, ages around 37,
 * gender 73 % M; the inputs are independent, so the clusters are cuts of one cloud, as in the real data.
 */
public final class ModelBench {
  private ModelBench() {}

  public static void main(String[] args) throws Exception {
    String source = args.length > 0 ? args[0] : "884000";
    Path lake = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("model-bench");
    SuiteSettings settings = SuiteSettings.load(List.of("segment.lake.root=" + lake));
    SparkSession spark = SparkSessions.create(settings.spark());
    RunDate day = RunDate.parse("2016-10-21");
    String table = settings.lake().layout().partition(LakeTables.CUSTOMERS, day);
    if (!Files.isDirectory(Path.of(table))) {
      if (source.matches("\\d+")) {
        generate(spark, Long.parseLong(source)).write().parquet(table);
      } else {
        new com.banksegment.ingest.IngestJob(StageContext.of(spark, settings, day)).input(source).execute();
        new com.banksegment.features.FeaturesJob(StageContext.of(spark, settings, day)).execute();
      }
    }
    java.util.concurrent.atomic.AtomicInteger jobs = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger stages = new java.util.concurrent.atomic.AtomicInteger();
    spark.sparkContext().addSparkListener(new org.apache.spark.scheduler.SparkListener() {
      @Override
      public void onJobStart(org.apache.spark.scheduler.SparkListenerJobStart e) {
        jobs.incrementAndGet();
      }

      @Override
      public void onStageCompleted(org.apache.spark.scheduler.SparkListenerStageCompleted e) {
        stages.incrementAndGet();
      }
    });
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean();
    long cpuStart = os.getProcessCpuTime();
    long start = System.nanoTime();
    ModelResult r = new ModelJob(StageContext.of(spark, settings, day)).execute();
    // CPU seconds do not depend on what else the machine runs, wall seconds do.
    System.out.printf("model stage: %,d customers, k = %d, %.1f s wall, %.1f s CPU, %d Spark jobs, %d stages;"
            + " NB weighted F1 %.4f, agreement %.4f; load average %.1f%n", r.clustering().customers(), r.k(),
        (System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpuStart) / 1e9, jobs.get(), stages.get(),
        r.naiveBayes().heldOut().weightedF1(), r.naiveBayes().centroidAgreement(), os.getSystemLoadAverage());
    System.out.println("lake: " + lake);
    spark.stop();
  }

  static Dataset<Row> generate(SparkSession spark, long n) {
    Dataset<Row> base = spark.range(n).select(
        concat(lit("C"), col("id")).as("customer_id"),
        floor(rand(1).multiply(82)).cast("int").as("recency_days"),
        when(rand(2).lt(0.85), 1).when(rand(3).lt(0.8), 2).otherwise(3).as("frequency"),
        exp(randn(4).multiply(1.57).plus(6.13)).as("amount"),
        exp(randn(5).multiply(1.96).plus(9.73)).as("balance"),
        greatest(lit(18.0), least(lit(90.0), round(randn(6).multiply(8.5).plus(37)))).as("age"),
        when(rand(7).lt(0.73), "M").when(rand(8).lt(0.996), "F").otherwise("U").as("gender"));
    return base
        .withColumn("monetary", col("amount").multiply(col("frequency")))
        .withColumn("r_score", greatest(lit(1), lit(5).minus(floor(col("recency_days").divide(17)))).cast("int"))
        .withColumn("f_score", least(lit(5), col("frequency")).cast("int"))
        .withColumn("m_score", least(lit(5), greatest(lit(1), floor(log10(col("monetary"))))).cast("int"))
        .withColumn("rfm_score", concat(col("r_score"), col("f_score"), col("m_score")))
        .withColumn("rfm_segment", when(col("r_score").geq(4).and(col("m_score").geq(4)), "Champions")
            .when(col("r_score").leq(2), "Hibernating").otherwise("Need Attention"))
        .drop("amount");
  }
}
