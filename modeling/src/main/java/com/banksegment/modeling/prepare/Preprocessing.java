package com.banksegment.modeling.prepare;

import com.banksegment.scorer.GenderEncoding;
import com.banksegment.scorer.ModelBundle;
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
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The transforms from a customer row to the clustering space, as one Spark PipelineModel:
 * gender code and log1p (SQL), assembly, standard scaling (mean and std), PCA. The bundle
 * records the same steps for the scorer, generated from the same constants.
 */
public final class Preprocessing {
  public static final String LOGGED = "logged";
  public static final String SCALED = "scaled";
  public static final String PCA_COL = "pca";

  private static final List<String> LOG_FEATURES = ModelBundle.DEFAULT_LOG_FEATURES;
  public static final GenderEncoding GENDER = GenderEncoding.BINARY_WITH_UNKNOWN_HALF;

  /**
   * @param model the fitted transforms, customer row to {@code pca}
   * @param varianceByComponent share of variance of every component (all six), for the report
   */
  public record Fitted(PipelineModel model, StandardScalerModel scaler, PCAModel pca, double[] varianceByComponent) {
    public int components() {
      return pca.getK();
    }
  }

  private Preprocessing() {}

  public static Fitted fit(Dataset<Row> customers, double varianceThreshold) {
    int n = ModelBundle.FEATURES.size();
    SQLTransformer encode = new SQLTransformer().setStatement(statement());
    VectorAssembler assemble = new VectorAssembler().setInputCols(inputColumns()).setOutputCol(LOGGED);
    PipelineModel encoded = new Pipeline().setStages(new PipelineStage[] {encode, assemble}).fit(customers);
    Dataset<Row> logged = encoded.transform(customers);
    StandardScalerModel scaler = new StandardScaler().setWithMean(true).setWithStd(true)
        .setInputCol(LOGGED).setOutputCol(SCALED).fit(logged);
    Dataset<Row> scaled = scaler.transform(logged);
    PCAModel full = new PCA().setK(n).setInputCol(SCALED).setOutputCol(PCA_COL).fit(scaled);
    double[] variance = full.explainedVariance().toArray();
    int keep = componentsFor(variance, varianceThreshold);
    // PCA with fewer components gives the leading axes of the same decomposition.
    PCAModel pca = keep == n ? full : new PCA().setK(keep).setInputCol(SCALED).setOutputCol(PCA_COL).fit(scaled);
    PipelineModel model = new Pipeline()
        .setStages(new PipelineStage[] {encode, assemble, scaler, pca})
        .fit(customers); // all stages are fitted transformers: nothing is computed here
    return new Fitted(model, scaler, pca, variance);
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

  public static String[] inputColumns() {
    return ModelBundle.FEATURES.stream().map(f -> "x_" + f).toArray(String[]::new);
  }

  /** The SQL of the encoding step, built from the same constants the bundle records. */
  static String statement() {
    StringBuilder sql = new StringBuilder("SELECT *");
    for (String f : ModelBundle.FEATURES) {
      String expr;
      if (f.equals("gender")) {
        expr = String.format(Locale.ROOT, "CASE gender WHEN 'M' THEN %s WHEN 'F' THEN %s ELSE %s END",
            literal(GENDER.male()), literal(GENDER.female()), literal(GENDER.unknown()));
      } else if (LOG_FEATURES.contains(f)) {
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

  /** The model inputs, in the order of the assembled, scaled vector. */
  public static List<String> features() {
    return ModelBundle.FEATURES;
  }

  public static List<String> logFeatures() {
    return LOG_FEATURES;
  }
}
