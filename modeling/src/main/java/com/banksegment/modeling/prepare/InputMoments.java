package com.banksegment.modeling.prepare;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.covar_samp;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The count, means and sample covariance matrix (n - 1 in the denominator) of the encoded model
 * inputs, from one SQL aggregation over the customers. Standard scaling needs the means and the
 * standard deviations (the diagonal); PCA needs the covariance of the scaled inputs, which is this
 * one divided by the two deviations. MLlib's estimators read the customers three times for the
 * same figures (the scaler's summary, PCA's mean of the scaled vectors, then its covariance), each
 * time assembling and scaling a vector per customer; Spark SQL's {@code covar_samp} updates its
 * co-moments online, as MLlib's summariser does, so the figures agree to rounding.
 */
record InputMoments(long count, double[] mean, double[][] covariance) {

  static InputMoments of(Dataset<Row> encoded, String[] columns) {
    int n = columns.length;
    List<Column> aggregates = new ArrayList<>();
    for (String c : columns) {
      aggregates.add(avg(col(c)));
    }
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        aggregates.add(covar_samp(col(columns[i]), col(columns[j])));
      }
    }
    Row r = encoded.agg(org.apache.spark.sql.functions.count(lit(1)), aggregates.toArray(Column[]::new)).first();
    double[] mean = new double[n];
    for (int i = 0; i < n; i++) {
      mean[i] = r.isNullAt(1 + i) ? Double.NaN : r.getDouble(1 + i);
    }
    double[][] covariance = new double[n][n];
    int at = 1 + n;
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++, at++) {
        // One customer has no sample covariance (SQL gives null); MLlib's summariser says 0 then.
        double c = r.isNullAt(at) ? 0.0 : r.getDouble(at);
        covariance[i][j] = c;
        covariance[j][i] = c;
      }
    }
    return new InputMoments(r.getLong(0), mean, covariance);
  }

  /** Sample standard deviation of each input. */
  double[] std() {
    double[] std = new double[mean.length];
    for (int i = 0; i < std.length; i++) {
      std[i] = Math.sqrt(covariance[i][i]);
    }
    return std;
  }

  /**
   * The covariance of the standard-scaled inputs. An input without spread scales to 0 (MLlib's
   * rule for a zero deviation), so its row and column are 0.
   */
  double[][] scaledCovariance() {
    double[] std = std();
    int n = std.length;
    double[][] scaled = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        scaled[i][j] = std[i] == 0 || std[j] == 0 ? 0.0 : covariance[i][j] / std[i] / std[j];
      }
    }
    return scaled;
  }
}
