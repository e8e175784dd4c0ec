package com.banksegment.scorer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Shape and sanity checks of a bundle, each failure naming the field and what was expected. */
final class BundleValidator {
  private BundleValidator() {}

  static void check(ModelBundle b) {
    if (b.formatVersion() != ModelBundle.FORMAT_VERSION) {
      throw fail("formatVersion", b.formatVersion(), "format " + ModelBundle.FORMAT_VERSION
          + " (this scorer cannot read other formats; retrain or upgrade the scorer)");
    }
    present("runDate", b.runDate());
    present("algorithm", b.algorithm());
    checkFeatures(b.features());
    present("logFeatures", b.logFeatures());
    for (String f : b.logFeatures()) {
      if (!b.features().contains(f) || f.equals("gender")) {
        throw fail("logFeatures", b.logFeatures(), "numeric features among " + b.features());
      }
    }
    if (b.features().contains("gender")) {
      present("genderEncoding", b.genderEncoding());
    } else if (b.genderEncoding() != null) {
      throw fail("genderEncoding", b.genderEncoding(), "null: gender is not among the features " + b.features());
    }
    int n = b.features().size();
    present("scaler", b.scaler());
    vector("scaler.mean", b.scaler().mean(), n);
    vector("scaler.std", b.scaler().std(), n);
    for (double s : b.scaler().std()) {
      if (s < 0) {
        throw fail("scaler.std", s, "standard deviations >= 0");
      }
    }
    present("pca", b.pca());
    int d = matrix("pca.components", b.pca().components(), -1, n);
    vector("pca.explainedVariance", b.pca().explainedVariance(), d);
    present("clusters", b.clusters());
    int k = b.clusters().size();
    if (k < 1) {
      throw fail("clusters", "[]", "at least one cluster");
    }
    Set<Integer> ids = new HashSet<>();
    for (ClusterInfo c : b.clusters()) {
      String at = "clusters[id=" + c.id() + "]";
      if (!ids.add(c.id())) {
        throw fail("clusters.id", c.id(), "unique cluster ids");
      }
      present(at + ".name", c.name());
      present(at + ".action", c.action());
      vector(at + ".centroid", c.centroid(), d);
      present(at + ".typicalCustomer", c.typicalCustomer());
      if (!c.typicalCustomer().features().equals(b.features())) {
        throw fail(at + ".typicalCustomer", c.typicalCustomer().features(), "the inputs " + b.features());
      }
    }
    checkNaiveBayes(b.naiveBayes(), k, d, n);
    ClassifierValidator.check(b.classifier(), k, d, n);
    ClassifierValidator.checkProspects(b.prospects(), b.features(), k);
    present("metrics", b.metrics());
  }

  /**
   * The inputs: a non-empty subset of the known ones, in their order, without repeats, with
   * recency, frequency and monetary (every array of the bundle follows this list).
   */
  private static void checkFeatures(List<String> features) {
    present("features", features);
    String expected = "recency_days, frequency, monetary and any of age, balance, gender, in the order "
        + ModelBundle.FEATURES;
    int last = -1;
    for (String f : features) {
      int at = ModelBundle.FEATURES.indexOf(f);
      if (at <= last) {
        throw fail("features", features, expected);
      }
      last = at;
    }
    if (!features.containsAll(ModelBundle.REQUIRED_FEATURES)) {
      throw fail("features", features, expected);
    }
  }

  private static void checkNaiveBayes(NaiveBayesParams nb, int k, int pcaDim, int nFeatures) {
    present("naiveBayes", nb);
    if (!NaiveBayesParams.GAUSSIAN.equals(nb.modelType())) {
      throw fail("naiveBayes.modelType", nb.modelType(), NaiveBayesParams.GAUSSIAN);
    }
    int inputs;
    if (NaiveBayesParams.INPUT_PCA.equals(nb.inputSpace())) {
      inputs = pcaDim;
    } else if (NaiveBayesParams.INPUT_SCALED.equals(nb.inputSpace())) {
      inputs = nFeatures;
    } else {
      throw fail("naiveBayes.inputSpace", nb.inputSpace(), "pca or scaled");
    }
    vector("naiveBayes.pi", nb.pi(), k);
    matrix("naiveBayes.theta", nb.theta(), k, inputs);
    matrix("naiveBayes.sigma", nb.sigma(), k, inputs);
    for (double[] row : nb.sigma()) {
      for (double v : row) {
        if (!(v > 0)) {
          throw fail("naiveBayes.sigma", v, "variances > 0");
        }
      }
    }
  }

  private static void present(String field, Object value) {
    if (value == null) {
      throw new BundleFormatException("model bundle field " + field + " is missing");
    }
  }

  private static void vector(String field, double[] v, int length) {
    present(field, v);
    if (v.length != length) {
      throw fail(field, "an array of " + v.length, "an array of " + length + " numbers");
    }
    for (double x : v) {
      if (!Double.isFinite(x)) {
        throw fail(field, x, "finite numbers");
      }
    }
  }

  /** Checks a rows x cols matrix (rows -1: any number of rows, at least 1); returns the row count. */
  private static int matrix(String field, double[][] m, int rows, int cols) {
    present(field, m);
    if (m.length == 0 || (rows >= 0 && m.length != rows)) {
      throw fail(field, m.length + " rows", (rows >= 0 ? rows : "at least 1") + " rows");
    }
    for (int i = 0; i < m.length; i++) {
      vector(field + "[" + i + "]", m[i], cols);
    }
    return m.length;
  }

  private static BundleFormatException fail(String field, Object value, String expected) {
    String shown = value instanceof List<?> l ? l.toString() : String.valueOf(value);
    return new BundleFormatException("model bundle field " + field + " = " + shown + ": expected " + expected);
  }
}
