package com.banksegment.scorer;

import java.nio.file.Path;
import java.util.List;

/**
 * Scores one customer with a {@link ModelBundle}, exactly as the Spark pipeline does: gender code,
 * log1p, standard scaling, PCA, nearest centroid, and the bundle's served {@link Classifier}.
 * Immutable and therefore thread-safe: one instance serves every request. The parameters are copied into flat arrays once
 * so that scoring touches a few cache lines and allocates only the result. The vectors follow the
 * bundle's own inputs ({@link ModelBundle#features()}: six for the bank, three for a source of
 * RFM only); the customer's values are read by canonical position, never through a map.
 */
public final class Scorer {
  private final ModelBundle bundle;
  private final List<ClusterInfo> clusters;
  private final GenderEncoding genderEncoding;
  /** Number of model inputs. */
  private final int n;
  /** For input j of the bundle, the customer's canonical position of its value. */
  private final int[] positions;
  /** The input that is gender (encoded with genderEncoding), or -1. */
  private final int genderAt;
  private final boolean[] logged;
  private final double[] mean;
  private final double[] inverseStd;
  private final int dims;
  private final double[] components;
  private final int k;
  private final double[] centroids;
  private final Classifier classifier;
  private final boolean classifierOnPca;
  private final String classifierName;

  public Scorer(ModelBundle bundle) {
    this.bundle = bundle.validate();
    this.clusters = List.copyOf(bundle.clusters());
    this.genderEncoding = bundle.genderEncoding();
    List<String> features = bundle.features();
    this.n = features.size();
    this.positions = new int[n];
    for (int j = 0; j < n; j++) {
      positions[j] = CustomerInput.position(features.get(j));
    }
    this.genderAt = features.indexOf("gender");
    this.logged = new boolean[n];
    for (String f : bundle.logFeatures()) {
      logged[features.indexOf(f)] = true;
    }
    this.mean = bundle.scaler().mean().clone();
    // Spark's StandardScalerModel multiplies by 1/std and maps a zero std to a zero factor.
    this.inverseStd = new double[n];
    for (int j = 0; j < n; j++) {
      double s = bundle.scaler().std()[j];
      inverseStd[j] = s == 0.0 ? 0.0 : 1.0 / s;
    }
    this.dims = bundle.pcaDimension();
    this.components = Matrices.flatten(bundle.pca().components());
    this.k = clusters.size();
    this.centroids = Matrices.flatten(clusters.stream().map(ClusterInfo::centroid).toArray(double[][]::new));
    this.classifier = Classifiers.served(bundle);
    this.classifierOnPca = ClassifierParams.INPUT_PCA.equals(classifier.inputSpace());
    this.classifierName = Classifiers.servedName(bundle);
  }

  public static Scorer load(Path bundleFile) {
    return new Scorer(ModelBundle.read(bundleFile));
  }

  public ModelBundle bundle() {
    return bundle;
  }

  /**
   * Scores a customer whose values of the bundle's inputs are valid; otherwise refused with every
   * bad or missing one of those fields in the message. Values of inputs the model does not use are
   * not read.
   */
  public ScoreResult score(CustomerInput customer) {
    if (!customer.isValidAt(positions)) {
      throw new InvalidCustomerException(customer.problems(bundle.features()));
    }
    double[] raw = new double[n];
    for (int j = 0; j < n; j++) {
      raw[j] = j == genderAt ? genderEncoding.code(customer.gender()) : customer.at(positions[j]);
    }
    double[] log = new double[n];
    double[] scaled = new double[n];
    for (int j = 0; j < n; j++) {
      log[j] = logged[j] ? Math.log1p(raw[j]) : raw[j];
      scaled[j] = (log[j] - mean[j]) * inverseStd[j];
    }
    double[] pca = new double[dims];
    for (int i = 0; i < dims; i++) {
      double s = 0.0;
      int row = i * n;
      for (int j = 0; j < n; j++) {
        s += components[row + j] * scaled[j];
      }
      pca[i] = s;
    }
    double[] distances = new double[k];
    int nearest = nearestCentroid(pca, distances);
    double[] probabilities = classifier.probabilities(classifierOnPca ? pca : scaled);
    int mostProbable = Classifier.argMax(probabilities);
    ClusterInfo assigned = clusters.get(nearest);
    return new ScoreResult(assigned.id(), assigned.name(), assigned.action(),
        classifierName, clusters.get(mostProbable).id(), probabilities, distances,
        new FeatureTrace(raw, log, scaled, pca), assigned.typicalCustomer(), clusters);
  }

  /** Fills the Euclidean distances and returns the index of the first nearest centroid. */
  private int nearestCentroid(double[] point, double[] distances) {
    int best = 0;
    double bestSquared = Double.POSITIVE_INFINITY;
    for (int c = 0; c < k; c++) {
      double s = 0.0;
      int row = c * dims;
      for (int i = 0; i < dims; i++) {
        double diff = point[i] - centroids[row + i];
        s += diff * diff;
      }
      distances[c] = Math.sqrt(s);
      if (s < bestSquared) {
        bestSquared = s;
        best = c;
      }
    }
    return best;
  }
}
