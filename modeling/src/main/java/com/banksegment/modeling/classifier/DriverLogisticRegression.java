package com.banksegment.modeling.classifier;

import breeze.linalg.DenseVector;
import breeze.linalg.support.CanCopy;
import breeze.optimize.CachedDiffFunction;
import breeze.optimize.DiffFunction;
import breeze.optimize.FirstOrderMinimizer;
import breeze.optimize.LBFGS;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.DenseMatrix;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import scala.Tuple2;
import scala.reflect.ClassTag$;

/**
 * Fits a multinomial {@link LogisticRegression} on the driver: the objective MLlib minimises for
 * these settings (softmax loss averaged over the rows; features standardized and centred;
 * intercepts; no regularisation), minimised by the optimizer MLlib uses for it (Breeze's L-BFGS,
 * 10 corrections, the estimator's maxIter and tol, the same starting point), then turned back
 * into the original space and centred across classes exactly as MLlib does. The result is a
 * plain {@link LogisticRegressionModel} carrying the estimator's parameters, so scoring, the
 * bundle export and the report read it as before.
 *
 * <p>Why: the classifiers train on at most {@link ClassifierComparison#MAX_TRAINING_CUSTOMERS}
 * rows of a few features (a few megabytes), and MLlib evaluates the objective as one Spark job
 * per L-BFGS step: about 100 jobs of 20 to 60 ms each of scheduling, against milliseconds of
 * arithmetic here. The sums run in another order than MLlib's blocks, so figures can differ in
 * the last digits (and more where the classes separate and the fit runs to maxIter).
 *
 * <p>Settings outside that case (regularisation, bounds, weights, thresholds, one class only)
 * are left to MLlib itself.
 */
public final class DriverLogisticRegression {
  private static final int CORRECTIONS = 10;
  private static final CanCopy<DenseVector<Object>> DOUBLES = DenseVector.canCopyDenseVector(ClassTag$.MODULE$.Double());

  private DriverLogisticRegression() {}

  public static LogisticRegressionModel fit(LogisticRegression estimator, Dataset<Row> training) {
    if (!handles(estimator)) {
      return estimator.fit(training);
    }
    List<Row> rows = training.select(estimator.getLabelCol(), estimator.getFeaturesCol()).collectAsList();
    Problem problem = Problem.of(rows);
    if (problem.classesPresent() < 2) {
      return estimator.fit(training);
    }
    double[] solution = minimize(problem, estimator.getMaxIter(), estimator.getTol());
    return model(estimator, problem, solution);
  }

  /** Multinomial, unregularised, with intercepts, unweighted, unbounded, no thresholds. */
  static boolean handles(LogisticRegression e) {
    return "multinomial".equals(e.getFamily()) && e.getRegParam() == 0.0 && e.getFitIntercept()
        && !e.isSet(e.weightCol()) && !e.isSet(e.thresholds()) && !e.isSet(e.lowerBoundsOnCoefficients())
        && !e.isSet(e.upperBoundsOnCoefficients()) && !e.isSet(e.lowerBoundsOnIntercepts())
        && !e.isSet(e.upperBoundsOnIntercepts());
  }

  /**
   * The training rows as arrays, with MLlib's summary statistics: the mean and the sample
   * standard deviation of each feature, and the count of each class.
   */
  record Problem(int classes, int features, double[] labels, double[][] x, double[] mean, double[] inverseStd,
                 double[] classCounts) {
    static Problem of(List<Row> rows) {
      int n = rows.size();
      int d = n == 0 ? 0 : ((Vector) rows.get(0).get(1)).size();
      double[] labels = new double[n];
      double[][] x = new double[n][];
      int classes = 0;
      for (int i = 0; i < n; i++) {
        Row r = rows.get(i);
        double label = r.getDouble(0);
        if (label < 0 || label != Math.rint(label)) {
          throw new IllegalArgumentException("logistic regression label " + label + " is not a class index");
        }
        labels[i] = label;
        x[i] = ((Vector) r.get(1)).toArray();
        for (double v : x[i]) {
          // MLlib's fit refuses such a vector too; here it would turn the loss into NaN.
          if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("logistic regression features " + r.get(1) + ": a value is not finite");
          }
        }
        classes = Math.max(classes, (int) label + 1);
      }
      double[] counts = new double[classes];
      for (double label : labels) {
        counts[(int) label]++;
      }
      double[] mean = new double[d];
      for (double[] row : x) {
        for (int j = 0; j < d; j++) {
          mean[j] += row[j];
        }
      }
      for (int j = 0; j < d; j++) {
        mean[j] /= n;
      }
      double[] inverseStd = new double[d];
      for (int j = 0; j < d; j++) {
        double squares = 0;
        for (double[] row : x) {
          squares += (row[j] - mean[j]) * (row[j] - mean[j]);
        }
        double std = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
        inverseStd[j] = std == 0 ? 0 : 1 / std;
      }
      return new Problem(classes, d, labels, x, mean, inverseStd, counts);
    }

    int classesPresent() {
      int present = 0;
      for (double c : classCounts) {
        present += c > 0 ? 1 : 0;
      }
      return present;
    }

    /** Coefficients column-major as MLlib lays them out: feature j of class k at j*K+k, intercepts last. */
    int size() {
      return classes * (features + 1);
    }
  }

  /**
   * The mean softmax loss and its gradient in the standardized, centred space, for coefficients
   * laid out as {@link Problem#size}.
   *
   * <p>A Java class cannot implement Breeze's {@link DiffFunction} (a Scala trait whose two
   * {@code apply} signatures differ only in the return type): see {@link #asBreeze}.
   */
  static final class Objective {
    private final Problem p;
    private final double[][] scaled;

    Objective(Problem p) {
      this.p = p;
      this.scaled = new double[p.x.length][p.features];
      for (int i = 0; i < p.x.length; i++) {
        for (int j = 0; j < p.features; j++) {
          scaled[i][j] = (p.x[i][j] - p.mean[j]) * p.inverseStd[j];
        }
      }
    }

    /**
     * This objective as Breeze's function type, built the way the Scala compiler builds its own
     * lambdas: the JDK's {@link LambdaMetafactory} implements {@code calculate} by this class's
     * method. The interface's other abstract members (Scala's bridges) are left unimplemented;
     * Breeze's {@link CachedDiffFunction}, the only caller, reads nothing but {@code calculate}.
     */
    @SuppressWarnings("unchecked")
    DiffFunction<DenseVector<Object>> asBreeze() {
      try {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        CallSite site = LambdaMetafactory.metafactory(lookup, "calculate",
            MethodType.methodType(DiffFunction.class, Objective.class),
            MethodType.methodType(Tuple2.class, Object.class),
            lookup.findVirtual(Objective.class, "calculate", MethodType.methodType(Tuple2.class, DenseVector.class)),
            MethodType.methodType(Tuple2.class, DenseVector.class));
        return (DiffFunction<DenseVector<Object>>) site.getTarget().invoke(this);
      } catch (Throwable e) {
        throw new IllegalStateException("cannot adapt the logistic loss to Breeze's DiffFunction", e);
      }
    }

    Tuple2<Object, DenseVector<Object>> calculate(DenseVector<Object> point) {
      double[] w = (double[]) point.data();
      int k = p.classes;
      int d = p.features;
      int offset = point.offset();
      double[] gradient = new double[p.size()];
      double[] margins = new double[k];
      double loss = 0;
      for (int i = 0; i < scaled.length; i++) {
        double[] xi = scaled[i];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
          double m = w[offset + d * k + c];
          for (int j = 0; j < d; j++) {
            m += w[offset + j * k + c] * xi[j];
          }
          margins[c] = m;
          max = Math.max(max, m);
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
          margins[c] = Math.exp(margins[c] - max);
          sum += margins[c];
        }
        int label = (int) p.labels[i];
        for (int c = 0; c < k; c++) {
          double probability = margins[c] / sum;
          double multiplier = probability - (c == label ? 1 : 0);
          if (c == label) {
            loss -= Math.log(probability);
          }
          for (int j = 0; j < d; j++) {
            gradient[j * k + c] += multiplier * xi[j];
          }
          gradient[d * k + c] += multiplier;
        }
      }
      int n = scaled.length;
      for (int g = 0; g < gradient.length; g++) {
        gradient[g] /= n;
      }
      return new Tuple2<>(loss / n, new DenseVector<>(gradient));
    }
  }

  /** L-BFGS from MLlib's starting point: no slopes, intercepts at the centred log class counts. */
  static double[] minimize(Problem p, int maxIter, double tol) {
    double[] start = new double[p.size()];
    double meanLog = 0;
    for (double count : p.classCounts) {
      meanLog += Math.log1p(count) / p.classes;
    }
    for (int c = 0; c < p.classes; c++) {
      start[p.features * p.classes + c] = Math.log1p(p.classCounts[c]) - meanLog;
    }
    LBFGS<DenseVector<Object>> lbfgs = new LBFGS<>(maxIter, CORRECTIONS, tol, DenseVector.space_Double());
    DiffFunction<DenseVector<Object>> objective = new CachedDiffFunction<>(new Objective(p).asBreeze(), DOUBLES);
    FirstOrderMinimizer.State<DenseVector<Object>, Object, Object> state =
        lbfgs.minimizeAndReturnState(objective, new DenseVector<>(start));
    return ((DenseVector<Object>) state.x()).toArray$mcD$sp(ClassTag$.MODULE$.Double());
  }

  /**
   * Back to the original space (slopes divided by the deviation, the centring folded into the
   * intercepts), then centred across classes, as MLlib does when nothing pins the coefficients.
   */
  static LogisticRegressionModel model(LogisticRegression estimator, Problem p, double[] solution) {
    int k = p.classes;
    int d = p.features;
    double[] coefficients = new double[k * d];
    double[] intercepts = new double[k];
    for (int c = 0; c < k; c++) {
      double intercept = solution[d * k + c];
      for (int j = 0; j < d; j++) {
        double slope = solution[j * k + c] * p.inverseStd[j];
        coefficients[c * d + j] = slope;
        intercept -= slope * p.mean[j];
      }
      intercepts[c] = intercept;
    }
    for (int j = 0; j < d; j++) {
      double centre = 0;
      for (int c = 0; c < k; c++) {
        centre += coefficients[c * d + j] / k;
      }
      for (int c = 0; c < k; c++) {
        coefficients[c * d + j] -= centre;
      }
    }
    double interceptMean = 0;
    for (double b : intercepts) {
      interceptMean += b / k;
    }
    for (int c = 0; c < k; c++) {
      intercepts[c] -= interceptMean;
    }
    LogisticRegressionModel model = new LogisticRegressionModel(estimator.uid(),
        new DenseMatrix(k, d, coefficients, true), Vectors.dense(intercepts), k, true);
    // The estimator's parameters (columns, maxIter, tol, ...) travel with the model, as MLlib's fit copies them.
    estimator.copyValues(model, ParamMap.empty());
    return model.setParent(estimator);
  }
}
