package com.banksegment.scorer;

/**
 * A Gaussian Naive Bayes model as Spark's {@code NaiveBayesModel} (modelType gaussian) stores it.
 * Class i is the bundle's cluster i.
 *
 * @param modelType always {@code gaussian}
 * @param inputSpace which features it reads: {@code pca} (the K-means space) or {@code scaled}
 * @param pi log prior of each class
 * @param theta per class, the mean of each input
 * @param sigma per class, the variance of each input
 */
public record NaiveBayesParams(String modelType, String inputSpace, double[] pi, double[][] theta, double[][] sigma) {
  public static final String GAUSSIAN = "gaussian";
  public static final String INPUT_PCA = "pca";
  public static final String INPUT_SCALED = "scaled";
}
