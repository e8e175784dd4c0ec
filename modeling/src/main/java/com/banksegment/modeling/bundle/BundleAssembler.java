package com.banksegment.modeling.bundle;

import com.banksegment.config.RunDate;
import com.banksegment.modeling.prepare.Preprocessing;
import com.banksegment.modeling.segments.Segment;
import com.banksegment.scorer.BundleMetrics;
import com.banksegment.scorer.ClusterInfo;
import com.banksegment.scorer.ModelBundle;
import com.banksegment.scorer.NaiveBayesParams;
import com.banksegment.scorer.PcaParams;
import com.banksegment.scorer.ScalerParams;
import java.time.Instant;
import java.util.List;
import org.apache.spark.ml.classification.NaiveBayesModel;
import org.apache.spark.ml.linalg.Matrix;

/** Copies the fitted Spark parameters into the scorer's bundle records, unchanged. */
public final class BundleAssembler {
  private BundleAssembler() {}

  public static ModelBundle assemble(RunDate runDate, String algorithm, Preprocessing.Fitted prep,
      List<Segment> segments, NaiveBayesModel naiveBayes, BundleMetrics metrics) {
    List<ClusterInfo> clusters = segments.stream()
        .map(s -> new ClusterInfo(s.id(), s.name(), s.action(), s.profile().centroid(), s.profile().size(),
            s.profile().share(), s.profile().dominantRfmSegment(), s.typicalCustomer()))
        .toList();
    return new ModelBundle(
        ModelBundle.FORMAT_VERSION,
        runDate.toString(),
        Instant.now().toString(),
        algorithm,
        prep.inputs().features(),
        prep.inputs().logFeatures(),
        prep.genderEncoding(),
        new ScalerParams(prep.scaler().mean().toArray(), prep.scaler().std().toArray()),
        new PcaParams(axes(prep), prep.pca().explainedVariance().toArray()),
        clusters,
        new NaiveBayesParams(NaiveBayesParams.GAUSSIAN, NaiveBayesParams.INPUT_PCA,
            naiveBayes.pi().toArray(), rows(naiveBayes.theta()), rows(naiveBayes.sigma())),
        metrics).validate();
  }

  /** Spark's pc is features x components; the bundle stores one row per component. */
  public static double[][] axes(Preprocessing.Fitted prep) {
    Matrix pc = prep.pca().pc();
    double[][] axes = new double[pc.numCols()][pc.numRows()];
    for (int i = 0; i < pc.numCols(); i++) {
      for (int j = 0; j < pc.numRows(); j++) {
        axes[i][j] = pc.apply(j, i);
      }
    }
    return axes;
  }

  private static double[][] rows(Matrix m) {
    double[][] out = new double[m.numRows()][m.numCols()];
    for (int i = 0; i < m.numRows(); i++) {
      for (int j = 0; j < m.numCols(); j++) {
        out[i][j] = m.apply(i, j);
      }
    }
    return out;
  }
}
