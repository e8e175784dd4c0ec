package com.banksegment.modeling.prepare;

import com.banksegment.scorer.GenderEncoding;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.PCA;
import org.apache.spark.ml.feature.PCAModel;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.ml.feature.StandardScaler;
import org.apache.spark.ml.feature.StandardScalerModel;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.linalg.DenseMatrix;
import org.apache.spark.ml.linalg.DenseVector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The transforms from a customer row to the clustering space, as one Spark PipelineModel:
 * gender code and log1p (SQL), assembly, standard scaling (mean and std), PCA, over the run's
 * {@link ModelInputs} (six for the bank, three for a source of RFM only). The bundle records the
 * same steps for the scorer, generated from the same constants.
 */
public final class Preprocessing {
  public static final String LOGGED = "logged";
  public static final String SCALED = "scaled";
  public static final String PCA_COL = "pca";

  public static final GenderEncoding GENDER = GenderEncoding.BINARY_WITH_UNKNOWN_HALF;

  /**
   * @param inputs the model's inputs, the order of every vector
   * @param model the fitted transforms, customer row to {@code pca}
   * @param varianceByComponent share of variance of every component (one per input), for the report
   */
  public record Fitted(ModelInputs inputs, PipelineModel model, StandardScalerModel scaler, PCAModel pca,
      double[] varianceByComponent) {
    public int components() {
      return pca.getK();
    }

    /** The encoding of gender, recorded only when gender is an input. */
    public GenderEncoding genderEncoding() {
      return inputs.has("gender") ? GENDER : null;
    }
  }

  private Preprocessing() {}

  public static Fitted fit(Dataset<Row> customers, ModelInputs inputs, double varianceThreshold) {
    int n = inputs.size();
    SQLTransformer encode = new SQLTransformer().setStatement(statement(inputs));
    VectorAssembler assemble = new VectorAssembler().setInputCols(inputColumns(inputs)).setOutputCol(LOGGED);
    // One pass for both fits (InputMoments): the models are MLlib's own, made from its figures.
    InputMoments moments = InputMoments.of(encode.transform(customers), inputColumns(inputs));
    StandardScalerModel scaler = scaler(new StandardScaler().setWithMean(true).setWithStd(true)
        .setInputCol(LOGGED).setOutputCol(SCALED), moments);
    PCAModel full = pca(new PCA().setK(n).setInputCol(SCALED).setOutputCol(PCA_COL), moments.scaledCovariance());
    double[] variance = full.explainedVariance().toArray();
    PCAModel pca = leading(full, componentsFor(variance, varianceThreshold));
    PipelineModel model = new Pipeline()
        .setStages(new PipelineStage[] {encode, assemble, scaler, pca})
        .fit(customers); // all stages are fitted transformers: nothing is computed here
    return new Fitted(inputs, model, scaler, pca, variance);
  }

  /** What {@link StandardScaler#fit} makes of these means and deviations. */
  static StandardScalerModel scaler(StandardScaler estimator, InputMoments moments) {
    StandardScalerModel model = estimator.copyValues(new StandardScalerModel(estimator.uid(),
        Vectors.dense(moments.std()), Vectors.dense(moments.mean())), ParamMap.empty());
    model.setParent(estimator);
    return model;
  }

  /**
   * What {@link PCA#fit} makes of this covariance matrix (MLlib's RowMatrix below 65,536 inputs):
   * the left singular vectors of Breeze's SVD of it are the components, in the order of the
   * singular values, each value's share of their sum the explained variance.
   */
  static PCAModel pca(PCA estimator, double[][] covariance) {
    int n = covariance.length;
    double[] columnMajor = new double[n * n];
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < n; i++) {
        columnMajor[j * n + i] = covariance[i][j];
      }
    }
    Object matrix = new org.apache.spark.mllib.linalg.DenseMatrix(n, n, columnMajor).asBreeze();
    @SuppressWarnings({"rawtypes", "unchecked"}) // Breeze's implicit implementation, passed as Scala would
    breeze.linalg.svd.SVD<?, ?> svd = (breeze.linalg.svd.SVD<?, ?>) breeze.linalg.svd$.MODULE$.apply(matrix,
        (breeze.generic.UFunc.UImpl) (Object) breeze.linalg.svd.Svd_DM_Impl$.MODULE$);
    double[] left = ((breeze.linalg.DenseMatrix<?>) svd.leftVectors()).data$mcD$sp();
    double[] singular = ((breeze.linalg.DenseVector<?>) svd.singularValues()).data$mcD$sp();
    double sum = 0;
    for (double s : singular) {
      sum += s;
    }
    double[] explained = new double[singular.length];
    for (int i = 0; i < explained.length; i++) {
      explained[i] = singular[i] / sum;
    }
    PCAModel model = estimator.copyValues(new PCAModel(estimator.uid(),
        new DenseMatrix(n, n, java.util.Arrays.copyOf(left, n * n)), new DenseVector(explained)), ParamMap.empty());
    model.setParent(estimator);
    return model;
  }

  /**
   * The model of the first {@code keep} components of a full fit. MLlib's PCA with k components
   * computes the same covariance and decomposition as with all of them and keeps the first k
   * columns and variance shares; taking them from the full fit saves a second decomposition (and,
   * when MLlib fits, its two passes over the customers).
   */
  static PCAModel leading(PCAModel full, int keep) {
    if (keep == full.getK()) {
      return full;
    }
    int n = full.pc().numRows();
    PCA estimator = new PCA().setK(keep).setInputCol(full.getInputCol()).setOutputCol(full.getOutputCol());
    DenseMatrix pc = new DenseMatrix(n, keep, Arrays.copyOfRange(full.pc().toArray(), 0, n * keep));
    DenseVector variance = new DenseVector(Arrays.copyOfRange(full.explainedVariance().toArray(), 0, keep));
    PCAModel model = estimator.copyValues(new PCAModel(estimator.uid(), pc, variance), ParamMap.empty());
    model.setParent(estimator);
    return model;
  }

  /** The fewest leading components whose variance shares add up to the threshold. */
  static int componentsFor(double[] varianceByComponent, double threshold) {
    double sum = 0;
    for (int i = 0; i < varianceByComponent.length; i++) {
      sum += varianceByComponent[i];
      if (sum >= threshold - 1e-12) {
        return i + 1;
      }
    }
    return varianceByComponent.length;
  }

  public static String[] inputColumns(ModelInputs inputs) {
    return inputs.features().stream().map(f -> "x_" + f).toArray(String[]::new);
  }

  /** The SQL of the encoding step, built from the same constants the bundle records. */
  static String statement(ModelInputs inputs) {
    List<String> logFeatures = inputs.logFeatures();
    StringBuilder sql = new StringBuilder("SELECT *");
    for (String f : inputs.features()) {
      String expr;
      if (f.equals("gender")) {
        expr = String.format(Locale.ROOT, "CASE gender WHEN 'M' THEN %s WHEN 'F' THEN %s ELSE %s END",
            literal(GENDER.male()), literal(GENDER.female()), literal(GENDER.unknown()));
      } else if (logFeatures.contains(f)) {
        expr = "log1p(CAST(" + f + " AS DOUBLE))";
      } else {
        expr = "CAST(" + f + " AS DOUBLE)";
      }
      sql.append(", ").append(expr).append(" AS x_").append(f);
    }
    return sql.append(" FROM __THIS__").toString();
  }

  private static String literal(double v) {
    return "CAST(" + Double.toString(v) + " AS DOUBLE)";
  }
}
