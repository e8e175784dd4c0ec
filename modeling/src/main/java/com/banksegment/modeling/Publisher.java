package com.banksegment.modeling;

import com.banksegment.config.LakeLayout;
import com.banksegment.config.RunDate;
import com.banksegment.spark.LakeFiles;
import com.banksegment.spark.PartitionWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Publishes a model run so that readers never see half of it:
 * <ol>
 *   <li>models/run_date=D (PipelineModels, bundle.json, metrics.json) is written to staging and
 *       renamed into place;</li>
 *   <li>every table is staged; then every staged table is re-read and validated; only when all
 *       pass are the partitions renamed into place (a failed check deletes the staging and leaves
 *       every published partition as it was);</li>
 *   <li>the pointer published/_LATEST is rewritten last, so a reader that follows it finds
 *       complete tables and a complete model.</li>
 * </ol>
 */
final class Publisher {
  static final String SEGMENTATION_MODEL = "segmentation";
  static final String NAIVE_BAYES_MODEL = "naive_bayes";
  static final String METRICS_FILE = "metrics.json";

  /** A table to publish and the check its staged copy must pass. */
  record Table(Dataset<Row> rows, Consumer<Dataset<Row>> validate) {}

  private final SparkSession spark;
  private final LakeLayout layout;
  private final RunDate runDate;
  private final LakeFiles files;

  Publisher(SparkSession spark, LakeLayout layout, RunDate runDate) {
    this.spark = spark;
    this.layout = layout;
    this.runDate = runDate;
    this.files = LakeFiles.of(spark);
  }

  void publishModels(PipelineModel segmentation, PipelineModel naiveBayes, String bundleJson, String metricsJson) {
    String staging = layout.staging("models", runDate);
    files.delete(staging);
    try {
      segmentation.write().overwrite().save(staging + "/" + SEGMENTATION_MODEL);
      naiveBayes.write().overwrite().save(staging + "/" + NAIVE_BAYES_MODEL);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the Spark models to " + staging, e);
    }
    files.writeText(staging + "/" + com.banksegment.scorer.ModelBundle.FILE_NAME, bundleJson);
    files.writeText(staging + "/" + METRICS_FILE, metricsJson);
    files.replace(staging, layout.modelDir(runDate));
  }

  /** Stages all tables, validates all, then commits all; any failure leaves the published ones untouched. */
  void publishTables(Map<String, Table> tables) {
    PartitionWriter writer = new PartitionWriter(spark, layout.staging("published", runDate));
    Map<String, String> staged = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, Table> t : tables.entrySet()) {
        staged.put(t.getKey(), writer.stage(t.getValue().rows(), t.getKey(), runDate));
      }
      for (Map.Entry<String, Table> t : tables.entrySet()) {
        t.getValue().validate().accept(writer.readStaged(staged.get(t.getKey())));
      }
    } catch (RuntimeException e) {
      staged.values().forEach(files::delete);
      throw e;
    }
    for (Map.Entry<String, String> s : staged.entrySet()) {
      writer.commit(s.getValue(), layout.published(s.getKey()), runDate);
    }
  }

  /** Writes the report files next to each other, each atomically. */
  void publishReport(Map<String, String> filesByName) {
    String dir = layout.report("modeling", runDate);
    filesByName.forEach((name, text) -> files.writeTextAtomically(dir + "/" + name, text));
  }

  /**
   * Points readers at this run, unless the pointer already names a later date (re-running an old
   * date must not send readers back in time). Returns whether the pointer moved.
   */
  boolean movePointer() {
    String pointer = layout.latestPointer();
    if (files.exists(pointer)) {
      String current = files.readText(pointer).trim();
      try {
        if (RunDate.parse(current).compareTo(runDate) > 0) {
          return false;
        }
      } catch (IllegalArgumentException unreadable) {
        // An unreadable pointer is replaced by a good one.
      }
    }
    files.writeTextAtomically(pointer, runDate + "\n");
    return true;
  }
}
