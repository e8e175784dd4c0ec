package com.banksegment.features.eda;

import com.banksegment.features.stats.ReportTable;
import com.banksegment.spark.LakeFileSystem;
import com.banksegment.spark.StageFailedException;
import com.banksegment.spark.stage.JobGroup;
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
 * Writes an {@link EdaReport} into the report folder staged for reports/eda/run_date=D: one
 * single-file Parquet table per report table, summary.json and the self-contained eda.html. The
 * stage commits the folder together with the customer table, so readers never see half a report.
 */
public final class EdaReportWriter {
  public static final String HTML = "eda.html";
  static final String SUMMARY = "summary.json";
  /** The tables are tiny: writing a few at once hides Spark's per-job latency. */
  private static final int PARALLEL_WRITES = 3;
  public static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private EdaReportWriter() {}

  /** Writes the report into {@code stagedFolder}. */
  public static void write(SparkSession spark, JobGroup jobs, EdaReport report, String html, String stagedFolder) {
    LakeFileSystem files = LakeFileSystem.of(spark);
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_WRITES);
    try {
      List<Future<?>> writes = new ArrayList<>();
      for (ReportTable t : report.tables()) {
        writes.add(pool.submit(() -> jobs.run("write EDA table " + t.name(), () ->
            spark.createDataFrame(t.rows(), t.schema()).coalesce(1)
                .write().mode(SaveMode.Overwrite).parquet(stagedFolder + "/" + t.name()))));
      }
      for (Future<?> w : writes) {
        w.get();
      }
      files.writeText(stagedFolder + "/" + SUMMARY, JSON.writeValueAsString(report.summary()));
      files.writeText(stagedFolder + "/" + HTML, html);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StageFailedException("interrupted while writing the EDA report to " + stagedFolder, e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new StageFailedException("EDA report", e.getCause());
    } catch (JsonProcessingException e) {
      throw new StageFailedException("cannot write " + SUMMARY + ": " + e.getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
  }
}
