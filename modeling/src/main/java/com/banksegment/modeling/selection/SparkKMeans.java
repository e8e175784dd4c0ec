package com.banksegment.modeling.selection;

import com.banksegment.modeling.prepare.Preprocessing;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.mllib.linalg.Vectors;

/**
 * A Spark ml {@link KMeansModel} from centres fitted on the driver, so that the production model
 * is the same kind of object whichever path fitted it (the saved PipelineModel, the bundle and the
 * scorer's parity depend on it). Spark has no public factory for this: the ml model's constructor
 * is {@code private[ml]} in Scala, which the Scala compiler emits as a public constructor in
 * bytecode, so Java can call it. Kept in this one class so that a Spark upgrade that changes it
 * breaks here and nowhere else.
 */
final class SparkKMeans {
  private SparkKMeans() {}

  /** @param centres k centres, row-major (k * d); nearest centre wins, the lower index on a tie */
  static KMeansModel fromCentres(double[] centres, int d) {
    int k = centres.length / d;
    Vector[] vectors = new Vector[k];
    for (int c = 0; c < k; c++) {
      vectors[c] = Vectors.dense(java.util.Arrays.copyOfRange(centres, c * d, c * d + d));
    }
    KMeansModel bare = new KMeansModel(Identifiable.randomUID("kmeans"),
        new org.apache.spark.mllib.clustering.KMeansModel(vectors));
    // copy() sets the params a fitted model carries (k is saved in the model's metadata).
    KMeansModel model = bare.copy(new ParamMap().put(bare.k().w(k)));
    model.setFeaturesCol(Preprocessing.PCA_COL);
    model.setPredictionCol(ModelSelection.PREDICTION);
    return model;
  }
}
