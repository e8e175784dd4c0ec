package com.banksegment.scorer;

import java.util.List;

/** Spark's {@code DecisionTreeClassificationModel}: walk to a leaf, its class counts normalised to sum 1. */
final class DecisionTree implements Classifier {
  private final String inputSpace;
  private final List<DecisionTreeParams.Node> nodes;

  DecisionTree(String inputSpace, DecisionTreeParams tree) {
    this.inputSpace = inputSpace;
    this.nodes = List.copyOf(tree.nodes());
  }

  @Override
  public String inputSpace() {
    return inputSpace;
  }

  @Override
  public double[] probabilities(double[] x) {
    DecisionTreeParams.Node node = nodes.get(0);
    while (!node.isLeaf()) {
      node = nodes.get(x[node.feature()] <= node.threshold() ? node.left() : node.right());
    }
    double[] p = node.classCounts().clone();
    double sum = 0.0;
    for (double v : p) {
      sum += v;
    }
    // Spark's normalizeToProbabilitiesInPlace: divide by the sum (the validator refuses a zero sum).
    for (int c = 0; c < p.length; c++) {
      p[c] /= sum;
    }
    return p;
  }
}
