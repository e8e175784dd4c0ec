package com.banksegment.modeling.drift;

import static org.apache.spark.sql.functions.col;

import com.banksegment.config.DriftSettings;
import com.banksegment.config.LakeLayout;
import com.banksegment.contract.LakeTables;
import com.banksegment.lifetime.drift.DriftLevel;
import com.banksegment.lifetime.drift.DriftPolicy;
import com.banksegment.lifetime.drift.FarFromCentroidShare;
import com.banksegment.lifetime.drift.PopulationStabilityIndex;
import com.banksegment.modeling.served.ServedModel;
import com.banksegment.scorer.CustomerInput;
import com.banksegment.scorer.Gender;
import com.banksegment.scorer.ModelBundle;
import com.banksegment.scorer.Scorer;
import com.banksegment.spark.LakeFileSystem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Drift of a run's customers against the customers the <b>served</b> model was fitted on (the run
 * {@code published/_LATEST} names, or the refit run a scored served run used: {@link ServedModel}): per model input the population stability index
 * (lifetime-value's {@link PopulationStabilityIndex}, reference deciles), and the share of
 * customers farther from their nearest centroid, in the served model's PCA space, than 99 % of that
 * run's customers were. The served run's inputs are read from its published customer_segments;
 * both sides are sampled to at most {@link #SAMPLE} customers (deciles need no more).
 */
public final class ServedModelDrift {
  static final int SAMPLE = 100_000;

  private ServedModelDrift() {}

  /** One run's drift: PSI per input in input order, the far-from-centroid share, the worst level. */
  public record Result(String referenceRunDate, Map<String, Double> psi, FarFromCentroidShare far,
      DriftLevel level, DriftPolicy policy) {
    public DriftLevel levelOf(String input) {
      return policy.level(psi.get(input));
    }
  }

  /**
   * The model inputs drift is measured on: the served model's own (its bundle's features), so a
   * source without customer attributes compares recency, frequency and monetary only.
   */
  public static List<String> inputs(ModelBundle served) {
    return served.features();
  }

  /** Empty when nothing is published yet (or the served bundle cannot be read: then there is nothing to compare). */
  public static Optional<Result> measure(SparkSession spark, LakeLayout layout, Dataset<Row> current,
      DriftSettings settings) {
    return ServedModel.find(LakeFileSystem.of(spark), layout)
        .flatMap(served -> measure(spark, layout, served, current, settings));
  }

  /**
   * Against the customers the served model was fitted on: its model run's published
   * customer_segments (a scored run's own customers were assigned, not fitted). Empty when that
   * table is gone.
   */
  public static Optional<Result> measure(SparkSession spark, LakeLayout layout, ServedModel served,
      Dataset<Row> current, DriftSettings settings) {
    String referencePath = layout.partition(LakeTables.CUSTOMER_SEGMENTS, served.modelRunDate());
    if (!LakeFileSystem.of(spark).exists(referencePath)) {
      return Optional.empty();
    }
    Scorer scorer = new Scorer(served.bundle());
    List<String> inputs = inputs(scorer.bundle());
    double[][] reference = sample(spark.read().parquet(referencePath), inputs);
    double[][] now = sample(current, inputs);
    if (reference.length == 0 || now.length == 0) {
      // This run lacks one of the served model's inputs in every row (another source): no comparison.
      return Optional.empty();
    }
    Map<String, Double> psi = new LinkedHashMap<>();
    for (int i = 0; i < inputs.size(); i++) {
      psi.put(inputs.get(i), PopulationStabilityIndex.of(column(reference, i), column(now, i)).psi());
    }
    FarFromCentroidShare far = FarFromCentroidShare.of(distances(scorer, inputs, reference),
        distances(scorer, inputs, now));
    DriftPolicy policy = new DriftPolicy(settings.warn(), settings.refit());
    return Optional.of(new Result(served.modelRunDate().toString(), psi, far, policy.worst(psi.values()), policy));
  }

  /** Up to SAMPLE customers' complete inputs (gender as M 1, F 0, other 0.5), in the inputs' order. */
  private static double[][] sample(Dataset<Row> customers, List<String> inputs) {
    long n = customers.count();
    Dataset<Row> rows = n <= SAMPLE ? customers : customers.sample(false, Math.min(1.0, 1.2 * SAMPLE / n), 11L);
    Column[] columns = inputs.stream().map(c -> col(c)).toArray(Column[]::new);
    List<double[]> out = new ArrayList<>();
    for (Row r : rows.select(columns).limit(SAMPLE).collectAsList()) {
      double[] v = new double[r.size()];
      boolean complete = true;
      for (int i = 0; i < v.length; i++) {
        Object o = r.get(i);
        if (o == null) {
          complete = false;
        } else {
          v[i] = o instanceof String s ? genderCode(s) : ((Number) o).doubleValue();
        }
      }
      if (complete) {
        out.add(v);
      }
    }
    return out.toArray(double[][]::new);
  }

  private static double genderCode(String gender) {
    return "M".equals(gender) ? 1.0 : "F".equals(gender) ? 0.0 : 0.5;
  }

  private static double[] column(double[][] rows, int i) {
    return Arrays.stream(rows).mapToDouble(r -> r[i]).toArray();
  }

  /** Each valid customer's distance to the nearest centroid of the served model. */
  private static double[] distances(Scorer scorer, List<String> inputs, double[][] rows) {
    int g = inputs.indexOf("gender");
    return Arrays.stream(rows).map(r -> {
          CustomerInput.Builder customer = CustomerInput.forFeatures(inputs);
          for (int i = 0; i < inputs.size(); i++) {
            if (i != g) {
              customer.set(inputs.get(i), r[i]);
            }
          }
          if (g >= 0) {
            customer.gender(r[g] == 1.0 ? Gender.M : r[g] == 0.0 ? Gender.F : Gender.U);
          }
          return customer.build();
        })
        .filter(CustomerInput::isValid)
        .mapToDouble(c -> Arrays.stream(scorer.score(c).centroidDistances()).min().orElse(Double.NaN))
        .toArray();
  }
}
