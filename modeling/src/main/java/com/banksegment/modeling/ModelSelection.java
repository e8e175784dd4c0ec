package com.banksegment.modeling;

import com.banksegment.spark.Progress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Model;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.clustering.BisectingKMeans;
import org.apache.spark.ml.clustering.BisectingKMeansModel;
import org.apache.spark.ml.clustering.GaussianMixture;
import org.apache.spark.ml.clustering.GaussianMixtureModel;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.evaluation.ClusteringEvaluator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Fits the candidate clusterings on the PCA space and measures each the same way: WSSSE (sum of
 * squared Euclidean distances to the cluster's centre) and the silhouette over ALL customers
 * (Spark's ClusteringEvaluator, squared Euclidean, linear in the number of customers).
 */
final class ModelSelection {
  static final String KMEANS = "kmeans";
  static final String BISECTING = "bisecting-kmeans";
  static final String GAUSSIAN_MIXTURE = "gaussian-mixture";
  static final String PREDICTION = "prediction";

  /**
   * A fitted clustering and its measures. {@code inputStages} prepare the column the model reads
   * (empty except for bisecting K-means, see {@link #offsetStages()}).
   */
  record Fit(SweepPoint point, List<Transformer> inputStages, Model<?> model) {
    Dataset<Row> transform(Dataset<Row> features) {
      Dataset<Row> in = features;
      for (Transformer t : inputStages) {
        in = t.transform(in);
      }
      return model.transform(in);
    }

    /** The input stages then the model: what the saved PipelineModel runs after preprocessing. */
    List<Transformer> stages() {
      List<Transformer> all = new ArrayList<>(inputStages);
      all.add(model);
      return all;
    }
  }

  static final String OFFSET_COL = "pca_offset";

  private final Dataset<Row> features;
  private final int dims;
  private final long seed;
  private final int maxIterations;
  private final Progress progress;
  private final ClusteringEvaluator silhouette = new ClusteringEvaluator()
      .setFeaturesCol(Preprocessing.PCA_COL).setPredictionCol(PREDICTION);

  ModelSelection(Dataset<Row> features, int dims, long seed, int maxIterations, Progress progress) {
    this.features = features;
    this.dims = dims;
    this.seed = seed;
    this.maxIterations = maxIterations;
    this.progress = progress;
  }

  /** K-means for every k of the sweep, in k order. */
  Map<Integer, Fit> kmeansSweep(int kMin, int kMax) {
    Map<Integer, Fit> fits = new LinkedHashMap<>();
    for (int k = kMin; k <= kMax; k++) {
      fits.put(k, fit(KMEANS, k));
    }
    return fits;
  }

  Fit fit(String algorithm, int k) {
    long start = System.nanoTime();
    List<Transformer> stages = algorithm.equals(BISECTING) ? offsetStages() : List.of();
    Model<?> model;
    double wssse;
    long[] sizes;
    switch (algorithm) {
      case KMEANS -> {
        KMeansModel m = new KMeans().setK(k).setSeed(seed).setMaxIter(maxIterations)
            .setFeaturesCol(Preprocessing.PCA_COL).setPredictionCol(PREDICTION).fit(features);
        wssse = m.summary().trainingCost();
        sizes = m.summary().clusterSizes();
        model = m;
      }
      case BISECTING -> {
        Dataset<Row> offset = features;
        for (Transformer t : stages) {
          offset = t.transform(offset);
        }
        BisectingKMeansModel m = new BisectingKMeans().setK(k).setSeed(seed).setMaxIter(maxIterations)
            .setFeaturesCol(OFFSET_COL).setPredictionCol(PREDICTION).fit(offset);
        wssse = m.summary().trainingCost();
        sizes = m.summary().clusterSizes();
        model = m;
      }
      case GAUSSIAN_MIXTURE -> {
        GaussianMixtureModel m = new GaussianMixture().setK(k).setSeed(seed).setMaxIter(maxIterations)
            .setFeaturesCol(Preprocessing.PCA_COL).setPredictionCol(PREDICTION).fit(features);
        wssse = ClusterCost.wssse(m.transform(features), Preprocessing.PCA_COL, PREDICTION, dims);
        sizes = m.summary().clusterSizes();
        model = m;
      }
      default -> throw new IllegalArgumentException("algorithm " + algorithm + ": expected one of "
          + List.of(KMEANS, BISECTING, GAUSSIAN_MIXTURE));
    }
    long used = java.util.Arrays.stream(sizes).filter(size -> size > 0).count();
    // The silhouette needs two clusters; a mixture can put everyone in one component.
    Fit fit = new Fit(null, stages, model);
    double s = used < 2 ? Double.NaN : silhouette.evaluate(fit.transform(features));
    double seconds = (System.nanoTime() - start) / 1e9;
    progress.step(String.format(java.util.Locale.ROOT, "%s k=%d (%d used) silhouette %.4f in %.1fs", algorithm, k,
        used, s, seconds));
    return new Fit(new SweepPoint(algorithm, k, wssse, s, seconds), stages, model);
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

  /** The alternatives to K-means at the chosen k. */
  List<Fit> alternatives(int k) {
    List<Fit> fits = new ArrayList<>();
    fits.add(fit(BISECTING, k));
    fits.add(fit(GAUSSIAN_MIXTURE, k));
    return fits;
  }
}
