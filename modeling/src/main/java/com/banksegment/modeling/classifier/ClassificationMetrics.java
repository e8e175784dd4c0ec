package com.banksegment.modeling.classifier;

/**
 * Multi-class metrics from a confusion matrix ({@code confusion[actual][predicted]} counts).
 * Weighted F1 weights each class by its share of actual labels (as Spark's weightedFMeasure);
 * macro F1 is the plain mean over classes. A class never predicted has precision 0.
 */
public record ClassificationMetrics(
    long[][] confusion, double accuracy, double weightedF1, double macroF1, double[] precision, double[] recall, double[] f1) {

  public static ClassificationMetrics of(long[][] confusion) {
    int k = confusion.length;
    long total = 0;
    long correct = 0;
    long[] actual = new long[k];
    long[] predicted = new long[k];
    for (int i = 0; i < k; i++) {
      if (confusion[i].length != k) {
        throw new IllegalArgumentException("confusion row " + i + " has " + confusion[i].length + " columns: expected " + k);
      }
      for (int j = 0; j < k; j++) {
        total += confusion[i][j];
        actual[i] += confusion[i][j];
        predicted[j] += confusion[i][j];
      }
      correct += confusion[i][i];
    }
    if (total == 0) {
      throw new IllegalArgumentException("empty confusion matrix: expected at least one evaluated customer");
    }
    double[] precision = new double[k];
    double[] recall = new double[k];
    double[] f1 = new double[k];
    double weighted = 0;
    double macro = 0;
    for (int c = 0; c < k; c++) {
      precision[c] = predicted[c] == 0 ? 0 : (double) confusion[c][c] / predicted[c];
      recall[c] = actual[c] == 0 ? 0 : (double) confusion[c][c] / actual[c];
      double sum = precision[c] + recall[c];
      f1[c] = sum == 0 ? 0 : 2 * precision[c] * recall[c] / sum;
      weighted += f1[c] * actual[c] / total;
      macro += f1[c] / k;
    }
    return new ClassificationMetrics(confusion, (double) correct / total, weighted, macro, precision, recall, f1);
  }

  public long evaluated() {
    long total = 0;
    for (long[] row : confusion) {
      for (long v : row) {
        total += v;
      }
    }
    return total;
  }
}
