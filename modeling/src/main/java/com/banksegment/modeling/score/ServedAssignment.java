package com.banksegment.modeling.score;

import static org.apache.spark.sql.functions.col;

import com.banksegment.config.BadInputException;
import com.banksegment.modeling.bundle.ModelFolder;
import com.banksegment.modeling.selection.ModelSelection;
import com.banksegment.spark.LakeFileSystem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The served model as Spark runs it: the segmentation PipelineModel the model run saved (the very
 * transforms and clustering that assigned its published customers), and which stable segment id
 * each of its cluster indexes is. The ids are read back from the model run's published
 * customer_segments run through the same pipeline: every cluster index must map to exactly one id,
 * so the saved model is checked to reproduce the served assignments before a customer is scored.
 */
final class ServedAssignment {
  private ServedAssignment() {}

  /**
   * @param classifier the model run's served classifier (its last stage is the classifier; a model
   *     run from before classifiers were compared saved only Naive Bayes, which it served)
   */
  record Loaded(PipelineModel segmentation, PipelineModel classifier, Map<Integer, Integer> idOfClusterIndex) {}

  static Loaded load(SparkSession spark, String modelDir, String servedCustomers, int k, String servedRun) {
    LakeFileSystem files = LakeFileSystem.of(spark);
    PipelineModel segmentation = pipeline(files, modelDir + "/" + ModelFolder.SEGMENTATION_MODEL);
    String served = modelDir + "/" + ModelFolder.CLASSIFIER_MODEL;
    PipelineModel classifier = pipeline(files, files.exists(served) ? served
        : modelDir + "/" + ModelFolder.NAIVE_BAYES_MODEL);
    if (!files.exists(servedCustomers)) {
      throw new BadInputException("cannot score with the model of " + servedRun + ": " + servedCustomers
          + " is missing (its published customers map the model's clusters to segment ids)");
    }
    List<Row> pairs = segmentation.transform(spark.read().parquet(servedCustomers))
        .groupBy(col(ModelSelection.PREDICTION).cast("int"), col("cluster_id")).count().collectAsList();
    Map<Integer, Integer> ids = new HashMap<>();
    for (Row r : pairs) {
      Integer before = ids.put(r.getInt(0), r.getInt(1));
      if (before != null) {
        throw new IllegalStateException("the saved model of " + servedRun + " does not reproduce its published"
            + " assignments: its cluster " + r.getInt(0) + " holds customers of segments " + before + " and "
            + r.getInt(1) + " in " + servedCustomers);
      }
    }
    if (ids.size() != k || ids.values().stream().distinct().count() != k) {
      throw new IllegalStateException("the saved model of " + servedRun + " maps its clusters to " + ids
          + " on its published customers: expected " + k + " clusters onto " + k + " segments");
    }
    return new Loaded(segmentation, classifier, ids);
  }

  private static PipelineModel pipeline(LakeFileSystem files, String path) {
    if (!files.exists(path)) {
      throw new BadInputException("cannot score with the served model: " + path + " is missing (the model run's"
          + " saved Spark model)");
    }
    try {
      return PipelineModel.load(path);
    } catch (RuntimeException e) {
      throw new BadInputException("cannot score with the served model: " + path + " cannot be read: "
          + e.getMessage(), e);
    }
  }
}
