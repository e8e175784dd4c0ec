package com.banksegment.scorer;

import java.util.List;

/** Checks of the bundle's served classifier block, each failure naming the field. */
final class ClassifierValidator {
  private ClassifierValidator() {}

  /**
   * @param k classes (clusters)
   * @param pcaDim length of the PCA vector
   * @param nFeatures length of the scaled vector
   */
  static void check(ClassifierParams c, int k, int pcaDim, int nFeatures) {
    if (c == null) {
      return; // a bundle of before issue #15: Naive Bayes is served
    }
    if (c.served() == null || !ClassifierParams.KNOWN.contains(c.served())) {
      throw fail("classifier.served", c.served(), "one of " + ClassifierParams.KNOWN);
    }
    if (c.candidates() == null || c.candidates().stream().noneMatch(x -> c.served().equals(x.name()))) {
      throw fail("classifier.candidates", c.candidates() == null ? "missing" : names(c.candidates()),
          "the figures of every compared classifier, the served " + c.served() + " among them");
    }
    if (c.served().equals(ClassifierParams.NAIVE_BAYES)) {
      return;
    }
    int inputs;
    if (ClassifierParams.INPUT_PCA.equals(c.inputSpace())) {
      inputs = pcaDim;
    } else if (ClassifierParams.INPUT_SCALED.equals(c.inputSpace())) {
      inputs = nFeatures;
    } else {
      throw fail("classifier.inputSpace", c.inputSpace(), "pca or scaled");
    }
    if (c.served().equals(ClassifierParams.LOGISTIC_REGRESSION)) {
      logistic("classifier.logisticRegression", c.logisticRegression(), k, inputs);
    } else {
      tree("classifier.decisionTree", c.decisionTree(), k, inputs);
    }
  }

  /** The prospects block: features among the bundle's, a logistic regression over them, figures. */
  static void checkProspects(ProspectParams p, List<String> features, int k) {
    if (p == null) {
      return;
    }
    if (p.features() == null) {
      throw missing("prospects.features");
    }
    if (!p.available()) {
      return;
    }
    for (String f : p.features()) {
      if (!features.contains(f) || ProspectParams.TRANSACTION_FEATURES.contains(f)) {
        throw fail("prospects.features", p.features(), "attributes among the model inputs " + features
            + " other than the transaction figures " + ProspectParams.TRANSACTION_FEATURES);
      }
    }
    logistic("prospects.logisticRegression", p.logisticRegression(), k, p.features().size());
    if (p.figures() == null) {
      throw missing("prospects.figures");
    }
  }

  static void logistic(String field, LogisticRegressionParams lr, int k, int inputs) {
    if (lr == null) {
      throw missing(field);
    }
    finite(field + ".intercepts", lr.intercepts(), k);
    if (lr.coefficients() == null || lr.coefficients().length != k) {
      throw fail(field + ".coefficients", lr.coefficients() == null ? "missing" : lr.coefficients().length + " rows",
          k + " rows (one per class)");
    }
    for (int c = 0; c < k; c++) {
      finite(field + ".coefficients[" + c + "]", lr.coefficients()[c], inputs);
    }
  }

  static void tree(String field, DecisionTreeParams tree, int k, int inputs) {
    if (tree == null || tree.nodes() == null || tree.nodes().isEmpty()) {
      throw missing(field + ".nodes");
    }
    List<DecisionTreeParams.Node> nodes = tree.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      DecisionTreeParams.Node n = nodes.get(i);
      String at = field + ".nodes[" + i + "]";
      if (n.isLeaf()) {
        finite(at + ".classCounts", n.classCounts(), k);
        double sum = 0;
        for (double v : n.classCounts()) {
          if (v < 0) {
            throw fail(at + ".classCounts", v, "counts >= 0");
          }
          sum += v;
        }
        if (!(sum > 0)) {
          throw fail(at + ".classCounts", "all 0", "a leaf that training customers reached");
        }
      } else {
        if (n.feature() >= inputs) {
          throw fail(at + ".feature", n.feature(), "an input index below " + inputs);
        }
        if (!Double.isFinite(n.threshold())) {
          throw fail(at + ".threshold", n.threshold(), "a finite number");
        }
        // Children after their parent: the walk from the root always ends (no cycle).
        if (n.left() <= i || n.right() <= i || n.left() >= nodes.size() || n.right() >= nodes.size()) {
          throw fail(at + ".left/right", n.left() + "/" + n.right(), "indices of later nodes below " + nodes.size());
        }
      }
    }
  }

  private static void finite(String field, double[] v, int length) {
    if (v == null) {
      throw missing(field);
    }
    if (v.length != length) {
      throw fail(field, "an array of " + v.length, "an array of " + length + " numbers");
    }
    for (double x : v) {
      if (!Double.isFinite(x)) {
        throw fail(field, x, "finite numbers");
      }
    }
  }

  private static String names(List<ClassifierParams.Candidate> candidates) {
    return candidates.stream().map(ClassifierParams.Candidate::name).toList().toString();
  }

  private static BundleFormatException missing(String field) {
    return new BundleFormatException("model bundle field " + field + " is missing");
  }

  private static BundleFormatException fail(String field, Object value, String expected) {
    return new BundleFormatException("model bundle field " + field + " = " + value + ": expected " + expected);
  }
}
