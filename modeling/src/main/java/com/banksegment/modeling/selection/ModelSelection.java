package com.banksegment.modeling.selection;

import com.banksegment.modeling.prepare.Preprocessing;
import com.banksegment.spark.stage.JobGroup;
import com.banksegment.spark.stage.Progress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Model;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.clustering.BisectingKMeans;
import org.apache.spark.ml.clustering.BisectingKMeansModel;
import org.apache.spark.ml.clustering.GaussianMixture;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Fits the candidate clusterings on the PCA space and measures each the same way: WSSSE (sum of
 * squared Euclidean distances to the cluster's mean) and the silhouette over ALL customers
 * (Spark's ClusteringEvaluator's definition, squared Euclidean, linear in the number of
 * customers; computed by {@link ClusterMeasures}).
 */
public final class ModelSelection {
  public static final String KMEANS = "kmeans";
  static final String BISECTING = "bisecting-kmeans";
  static final String GAUSSIAN_MIXTURE = "gaussian-mixture";
  public static final String PREDICTION = "prediction";

  /**
   * A fitted clustering and its measures. {@code inputStages} prepare the column the model reads
   * (empty except for bisecting K-means, see {@link #offsetStages()}).
   */
  public record Fit(SweepPoint point, List<Transformer> inputStages, Model<?> model) {
    public Dataset<Row> transform(Dataset<Row> features) {
      Dataset<Row> in = features;
      for (Transformer t : inputStages) {
        in = t.transform(in);
      }
      return model.transform(in);
    }

    /** The input stages then the model: what the saved PipelineModel runs after preprocessing. */
    public List<Transformer> stages() {
      List<Transformer> all = new ArrayList<>(inputStages);
      all.add(model);
      return all;
    }
  }

  static final String OFFSET_COL = "pca_offset";

  private final Dataset<Row> all;
  private final Dataset<Row> fitOn;
  private final boolean fitsOnAll;
  private final long fitRows;
  private final int dims;
  private final long seed;
  private final int maxIterations;
  private final Progress progress;
  private final JobGroup jobs;

  /**
   * Fits on {@code fitOn} (all customers, or a uniform sample of them to keep a long sweep fast)
   * and measures every fit on {@code all}. Both hold the PCA coordinates in column {@code pca}
   * and are best cached. The estimators get {@code fitOn} through a fresh, uncached view: handed
   * a cached Dataset (or any projection of one, which Spark's cache lookup also matches) they skip
   * caching their own deserialised vectors, and every iteration decodes the cached rows again,
   * about twice as slow over a whole fit.
   */
  ModelSelection(Dataset<Row> all, Dataset<Row> fitOn, long fitRows, int dims, long seed, int maxIterations,
      Progress progress, JobGroup jobs) {
    this.all = all.select(Preprocessing.PCA_COL);
    Dataset<Row> fitColumns = fitOn.select(Preprocessing.PCA_COL);
    this.fitOn = fitOn.sparkSession().createDataFrame(fitColumns.javaRDD(), fitColumns.schema());
    this.fitsOnAll = fitOn == all;
    this.fitRows = fitRows;
    this.dims = dims;
    this.seed = seed;
    this.maxIterations = maxIterations;
    this.progress = progress;
    this.jobs = jobs;
  }

  /** K-means for every k of the sweep (fitted concurrently), in k order. */
  Map<Integer, Fit> kmeansSweep(int kMin, int kMax) {
    List<java.util.concurrent.Callable<Fit>> tasks = new ArrayList<>();
    for (int k = kMin; k <= kMax; k++) {
      int at = k;
      tasks.add(() -> fit(KMEANS, at));
    }
    Map<Integer, Fit> fits = new LinkedHashMap<>();
    for (Fit f : Concurrently.run(tasks)) {
      fits.put(f.point().k(), f);
    }
    return fits;
  }

  /** Whether the fits see every customer (then a sweep fit can be the final model). */
  boolean fitsOnAll() {
    return fitsOnAll;
  }

  Fit fit(String algorithm, int k) {
    // Fits run on their own threads (Concurrently): each names its jobs itself.
    jobs.describe(algorithm + " k=" + k + (fitsOnAll ? "" : " on a sample of " + fitRows) + ", measured on all");
    long start = System.nanoTime();
    List<Transformer> stages = algorithm.equals(BISECTING) ? offsetStages() : List.of();
    Dataset<Row> input = fitOn;
    for (Transformer t : stages) {
      input = t.transform(input);
    }
    Model<?> model;
    int iterations = -1;
    switch (algorithm) {
      case KMEANS -> {
        KMeansModel m = new KMeans().setK(k).setSeed(seed).setMaxIter(maxIterations)
            .setFeaturesCol(Preprocessing.PCA_COL).setPredictionCol(PREDICTION).fit(input);
        iterations = m.summary().numIter();
        model = m;
      }
      case BISECTING -> {
        BisectingKMeansModel m = new BisectingKMeans().setK(k).setSeed(seed).setMaxIter(maxIterations)
            .setFeaturesCol(OFFSET_COL).setPredictionCol(PREDICTION).fit(input);
        model = m;
      }
      case GAUSSIAN_MIXTURE -> model = new GaussianMixture().setK(k).setSeed(seed).setMaxIter(maxIterations)
          .setFeaturesCol(Preprocessing.PCA_COL).setPredictionCol(PREDICTION).fit(input);
      default -> throw new IllegalArgumentException("algorithm " + algorithm + ": expected one of "
          + List.of(KMEANS, BISECTING, GAUSSIAN_MIXTURE));
    }
    double fitted = (System.nanoTime() - start) / 1e9;
    Fit fit = new Fit(null, stages, model);
    ClusterMeasures.Measures measures = ClusterMeasures.of(fit.transform(all), Preprocessing.PCA_COL, PREDICTION,
        dims, k);
    long used = measures.clustersUsed();
    double s = measures.silhouette();
    double seconds = (System.nanoTime() - start) / 1e9;
    progress.step(String.format(java.util.Locale.ROOT, "%s k=%d%s: silhouette %.4f (fit %.1fs, measure %.1fs)",
        algorithm, k, iterations >= 0 ? " in " + iterations + " iterations" : "", s, fitted, seconds - fitted)
        + (used < k ? ", " + used + " clusters used" : ""));
    return new Fit(new SweepPoint(algorithm, k, measures.wssse(), s, fitRows, seconds), stages, model);
  }

  /**
   * Spark's bisecting K-means splits a cluster by nudging its centre by 1e-4 times the centre's
   * norm; PCA scores of standardised data have mean 0, so the root split does nothing and every
   * customer stays in one cluster. A constant extra coordinate (10) gives the centre a norm and
   * changes no distance, so clusters, WSSSE and silhouette are those of the PCA space.
   */
  static List<Transformer> offsetStages() {
    return List.of(
        new SQLTransformer().setStatement("SELECT *, CAST(10.0 AS DOUBLE) AS bisecting_offset FROM __THIS__"),
        new VectorAssembler().setInputCols(new String[] {Preprocessing.PCA_COL, "bisecting_offset"})
            .setOutputCol(OFFSET_COL));
  }

  /** The alternatives to K-means at the chosen k, as tasks to run alongside other fits. */
  List<java.util.concurrent.Callable<Fit>> alternatives(int k) {
    return List.of(() -> fit(BISECTING, k), () -> fit(GAUSSIAN_MIXTURE, k));
  }
}
