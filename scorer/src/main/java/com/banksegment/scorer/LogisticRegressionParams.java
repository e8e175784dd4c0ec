package com.banksegment.scorer;

/**
 * A multinomial logistic regression as Spark's {@code LogisticRegressionModel} stores it (family
 * multinomial). Spark standardises the inputs while it fits but returns the coefficients on the
 * inputs as given, so they apply to the input vector directly: {@code margin_c = intercepts[c] +
 * sum_j coefficients[c][j] * x_j}, probabilities by softmax. Class c is the bundle's cluster c.
 *
 * @param coefficients one row per class, one column per input (Spark's coefficientMatrix)
 * @param intercepts one per class (Spark's interceptVector)
 */
public record LogisticRegressionParams(double[][] coefficients, double[] intercepts) {}
