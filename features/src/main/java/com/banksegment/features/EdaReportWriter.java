package com.banksegment.features;

import com.banksegment.spark.LakeFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Stores an {@link EdaReport} under reports/eda/run_date=D: one single-file Parquet table per
 * report table, summary.json and the self-contained eda.html. Everything is written to a staging
 * folder first and then renamed over the report folder, so readers never see half a report.
 */
final class EdaReportWriter {
  static final String HTML = "eda.html";
  static final String SUMMARY = "summary.json";
  /** The tables are tiny: writing a few at once hides Spark's per-job latency. */
  private static final int PARALLEL_WRITES = 3;
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private EdaReportWriter() {}

  /** Writes the report to {@code staging}; the caller commits it together with the customer table. */
  static void stage(SparkSession spark, EdaReport report, String html, String staging) {
    LakeFiles files = LakeFiles.of(spark);
    files.delete(staging);
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_WRITES);
    try {
      List<Future<?>> writes = new ArrayList<>();
      for (ReportTable t : report.tables()) {
        writes.add(pool.submit(() -> spark.createDataFrame(t.rows(), t.schema()).coalesce(1)
            .write().mode(SaveMode.Overwrite).parquet(staging + "/" + t.name())));
      }
      for (Future<?> w : writes) {
        w.get();
      }
      files.writeText(staging + "/" + SUMMARY, JSON.writeValueAsString(report.summary()));
      files.writeText(staging + "/" + HTML, html);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing the EDA report to " + staging, e);
    } catch (ExecutionException e) {
      files.delete(staging);
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + SUMMARY + ": " + e.getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
  }
}
