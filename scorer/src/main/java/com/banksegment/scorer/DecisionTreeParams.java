package com.banksegment.scorer;

import java.util.List;

/**
 * A decision tree as Spark's {@code DecisionTreeClassificationModel} holds it, flattened: node 0 is
 * the root; an inner node sends {@code x[feature] <= threshold} to {@code left}, the rest to
 * {@code right} (Spark's continuous split); a leaf ({@code feature} -1) holds the (weighted)
 * training counts of each class that reached it, and Spark's probability is those counts over
 * their sum.
 */
public record DecisionTreeParams(List<Node> nodes) {

  /**
   * @param feature index of the input an inner node tests; -1 for a leaf
   * @param threshold the split value (inner nodes)
   * @param left index of the node for {@code x[feature] <= threshold}; -1 for a leaf
   * @param right index of the other node; -1 for a leaf
   * @param classCounts a leaf's training count of each class; null for an inner node
   */
  public record Node(int feature, double threshold, int left, int right, double[] classCounts) {
    public boolean isLeaf() {
      return feature < 0;
    }
  }
}
