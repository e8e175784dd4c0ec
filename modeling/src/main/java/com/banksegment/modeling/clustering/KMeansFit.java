package com.banksegment.modeling.clustering;

/**
 * One K-means fit on the driver.
 *
 * @param centres k centres, row-major (k * d)
 * @param cost sum of squared distances of the fit's points to their nearest centre
 * @param iterations Lloyd iterations run
 * @param start which start it was (0-based) among the starts at this k
 * @param startCosts the cost of every start, in start order (the best is {@code cost})
 */
public record KMeansFit(int k, int d, double[] centres, double cost, int iterations, boolean converged, int start,
    double[] startCosts) {

  public double[] centre(int c) {
    return java.util.Arrays.copyOfRange(centres, c * d, c * d + d);
  }

  public double[][] centreRows() {
    double[][] rows = new double[k][];
    for (int c = 0; c < k; c++) {
      rows[c] = centre(c);
    }
    return rows;
  }
}
