package com.banksegment.modeling.bundle;

import com.banksegment.modeling.prepare.Preprocessing;
import com.banksegment.scorer.ModelBundle;
import com.banksegment.spark.LakeFileSystem;
import com.banksegment.spark.stage.JobGroup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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

  /**
   * Saves the Spark pipelines into the folder (each save is a few small Spark jobs per pipeline
   * stage; the pipelines are written at once). {@link #writeFiles} completes the folder.
   */
  public static void savePipelines(String folder, PipelineModel segmentation, PipelineModel naiveBayes,
      PipelineModel classifier, PipelineModel prospects) {
    List<CompletableFuture<Void>> saves = new ArrayList<>();
    Map<String, PipelineModel> models = new LinkedHashMap<>();
    models.put(SEGMENTATION_MODEL, segmentation);
    models.put(NAIVE_BAYES_MODEL, naiveBayes);
    models.put(CLASSIFIER_MODEL, classifier);
    if (prospects != null) {
      models.put(PROSPECTS_MODEL, prospects);
    }
    models.forEach((name, model) -> saves.add(JobGroup.onNewThread(() -> save(model, folder + "/" + name))));
    saves.forEach(JobGroup::join);
  }

  /** The portable bundle and the report's figures, beside the pipelines. */
  public static void writeFiles(LakeFileSystem files, String folder, String bundleJson, String metricsJson) {
    files.writeText(folder + "/" + ModelBundle.FILE_NAME, bundleJson);
    files.writeText(folder + "/" + METRICS_FILE, metricsJson);
  }

  private static Void save(PipelineModel model, String path) {
    try {
      model.write().overwrite().save(path);
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the Spark model to " + path, e);
    }
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
