package com.banksegment.modeling;

import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.evaluation.ClusteringEvaluator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

public final class ScratchKMeans {
  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "8").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    Dataset<Row> c = CustomerTable.select(ModelBench.generate(spark, Long.parseLong(args[0])));
    long t0 = System.nanoTime();
    var prep = Preprocessing.fit(c, 0.9);
    Dataset<Row> f = prep.model().transform(c).persist(StorageLevel.MEMORY_AND_DISK());
    System.out.printf("prep+cache %d rows %.1fs%n", f.count(), (System.nanoTime() - t0) / 1e9);
    for (String mode : args[1].split(",")) {
      Dataset<Row> in = mode.equals("cached") ? f : f.select("pca");
      long t = System.nanoTime();
      var km = new KMeans().setK(6).setSeed(42).setMaxIter(40).setFeaturesCol("pca");
      if (mode.equals("block")) km.setSolver("block");
      if (mode.equals("random")) km.setInitMode("random");
      var m = km.fit(in);
      double fit = (System.nanoTime() - t) / 1e9;
      t = System.nanoTime();
      double s = new ClusteringEvaluator().setFeaturesCol("pca").evaluate(m.transform(in));
      System.out.printf("%s: fit %.1fs (%d iterations), silhouette %.4f in %.1fs%n", mode, fit,
          m.summary().numIter(), s, (System.nanoTime() - t) / 1e9);
    }
  }
}
