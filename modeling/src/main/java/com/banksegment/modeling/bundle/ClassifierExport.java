package com.banksegment.modeling.bundle;

import com.banksegment.modeling.classifier.ClassificationMetrics;
import com.banksegment.modeling.classifier.ClassifierComparison;
import com.banksegment.modeling.classifier.NaiveBayesClassifier;
import com.banksegment.modeling.classifier.ProspectClassifier;
import com.banksegment.modeling.classifier.ServedChoice;
import com.banksegment.scorer.ClassifierParams;
import com.banksegment.scorer.DecisionTreeParams;
import com.banksegment.scorer.LogisticRegressionParams;
import com.banksegment.scorer.NaiveBayesParams;
import com.banksegment.scorer.ProspectParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.classification.DecisionTreeClassificationModel;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.tree.ContinuousSplit;
import org.apache.spark.ml.tree.InternalNode;
import org.apache.spark.ml.tree.LeafNode;
import org.apache.spark.ml.tree.Node;

/** Copies the served Spark classifier's parameters, unchanged, into the bundle's classifier block. */
public final class ClassifierExport {
  private ClassifierExport() {}

  public static ClassifierParams export(ServedChoice served, NaiveBayesClassifier.Outcome nb,
      List<ClassifierComparison.Compared> compared) {
    List<ClassifierParams.Candidate> candidates = new ArrayList<>();
    candidates.add(candidate(ClassifierParams.NAIVE_BAYES, Map.of("modelType", "gaussian"), nb.trainRows(),
        nb.metrics(), nb.agreement()));
    compared.forEach(c -> candidates.add(candidate(c.name(), c.parameters(), c.trainRows(), c.metrics(),
        c.agreement())));
    LogisticRegressionParams lr = served.model() instanceof LogisticRegressionModel m ? logistic(m) : null;
    DecisionTreeParams tree = served.model() instanceof DecisionTreeClassificationModel t ? tree(t) : null;
    return new ClassifierParams(served.name(), NaiveBayesParams.INPUT_PCA, lr, tree, candidates);
  }

  /** The prospects block: the classifier and its figures, or the note that the inputs have no attribute. */
  public static ProspectParams prospects(ProspectClassifier.Outcome p, List<String> features) {
    if (p == null) {
      return ProspectParams.none(features);
    }
    return new ProspectParams(p.features(), logistic(p.logistic()),
        candidate(ProspectParams.NAME, ClassifierComparison.parameters(p.logistic()), p.trainRows(), p.metrics(),
            p.agreement()), null);
  }

  private static ClassifierParams.Candidate candidate(String name, Map<String, String> parameters, long trainRows,
      ClassificationMetrics m, double agreement) {
    return new ClassifierParams.Candidate(name, parameters, trainRows, m.evaluated(), m.accuracy(), m.weightedF1(),
        m.macroF1(), agreement);
  }

  /** Spark's coefficientMatrix (classes x inputs) and interceptVector, as they are. */
  static LogisticRegressionParams logistic(LogisticRegressionModel m) {
    if (!m.getFamily().equals("multinomial")) {
      throw new IllegalArgumentException("logistic regression family " + m.getFamily() + ": expected multinomial");
    }
    Matrix c = m.coefficientMatrix();
    double[][] rows = new double[c.numRows()][c.numCols()];
    for (int i = 0; i < c.numRows(); i++) {
      for (int j = 0; j < c.numCols(); j++) {
        rows[i][j] = c.apply(i, j);
      }
    }
    return new LogisticRegressionParams(rows, m.interceptVector().toArray());
  }

  /** The tree in pre-order (a node before its children), leaves with Spark's class counts. */
  static DecisionTreeParams tree(DecisionTreeClassificationModel m) {
    List<DecisionTreeParams.Node> nodes = new ArrayList<>();
    add(m.rootNode(), nodes);
    return new DecisionTreeParams(nodes);
  }

  /** Adds the subtree at {@code node} and returns the index of {@code node}. */
  private static int add(Node node, List<DecisionTreeParams.Node> nodes) {
    int at = nodes.size();
    if (node instanceof LeafNode leaf) {
      // impurityStats is Scala's private[ml] (public in bytecode): the counts Spark's predictRaw returns.
      nodes.add(new DecisionTreeParams.Node(-1, 0, -1, -1, leaf.impurityStats().stats().clone()));
      return at;
    }
    InternalNode inner = (InternalNode) node;
    if (!(inner.split() instanceof ContinuousSplit split)) {
      throw new IllegalArgumentException("decision tree split " + inner.split() + ": expected continuous splits only"
          + " (the inputs are PCA coordinates)");
    }
    nodes.add(null); // reserved: the children's indices are known only after they are added
    int left = add(inner.leftChild(), nodes);
    int right = add(inner.rightChild(), nodes);
    nodes.set(at, new DecisionTreeParams.Node(split.featureIndex(), split.threshold(), left, right, null));
    return at;
  }
}
