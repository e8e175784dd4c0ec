package com.banksegment.modeling.bundle;

import com.banksegment.modeling.prepare.Preprocessing;
import com.banksegment.scorer.ModelBundle;
import com.banksegment.spark.LakeFileSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The contents of models/run_date=D: the three Spark PipelineModels (segmentation, Naive Bayes, the
 * served classifier), the portable bundle the scorer
 * and the web app read, and the model report's figures (metrics.json). Written into the folder
 * the stage staged for it; the stage commits it with the published tables.
 */
public final class ModelFolder {
  public static final String SEGMENTATION_MODEL = "segmentation";
  public static final String NAIVE_BAYES_MODEL = "naive_bayes";
  /** The served classifier (the bundle's {@code classifier.served}): Naive Bayes again when it is the best. */
  public static final String CLASSIFIER_MODEL = "classifier";
  /** The prospects classifier (attributes known at account opening); absent when the source has none. */
  public static final String PROSPECTS_MODEL = "prospects";
  public static final String METRICS_FILE = "metrics.json";

  private ModelFolder() {}

  public static void write(LakeFileSystem files, String folder, PipelineModel segmentation, PipelineModel naiveBayes,
      PipelineModel classifier, PipelineModel prospects, String bundleJson, String metricsJson) {
    try {
      segmentation.write().overwrite().save(folder + "/" + SEGMENTATION_MODEL);
      naiveBayes.write().overwrite().save(folder + "/" + NAIVE_BAYES_MODEL);
      classifier.write().overwrite().save(folder + "/" + CLASSIFIER_MODEL);
      if (prospects != null) {
        prospects.write().overwrite().save(folder + "/" + PROSPECTS_MODEL);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the Spark models to " + folder, e);
    }
    files.writeText(folder + "/" + ModelBundle.FILE_NAME, bundleJson);
    files.writeText(folder + "/" + METRICS_FILE, metricsJson);
  }

  /** The fitted transforms followed by a model (and its input stages), as one PipelineModel to save. */
  public static PipelineModel pipeline(Preprocessing.Fitted prep, List<? extends Transformer> last,
      Dataset<Row> customers) {
    List<PipelineStage> stages = new ArrayList<>(List.of(prep.model().stages()));
    stages.addAll(last);
    // Every stage is already fitted: Pipeline.fit only checks the schema and wraps them.
    return new Pipeline().setStages(stages.toArray(new PipelineStage[0])).fit(customers);
  }
}
