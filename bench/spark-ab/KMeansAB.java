import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.evaluation.ClusteringEvaluator;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Issue 10 A/B (bench/spark-ab.sh): Spark's K-means sweep and silhouette on fixed data, CPU and wall per phase. */
public class KMeansAB {
  static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
  }
  public static void main(String[] a) {
    int n = Integer.parseInt(a[0]);
    SparkSession spark = SparkSession.builder().master("local[2]").appName("kab")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    Random r = new Random(7);
    List<Row> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int c = r.nextInt(5);
      double[] v = new double[6];
      for (int j = 0; j < 6; j++) v[j] = c * (j % 2 == 0 ? 1.5 : -1.0) + r.nextGaussian();
      rows.add(RowFactory.create(Vectors.dense(v)));
    }
    StructType schema = new StructType(new StructField[] {new StructField("features", new VectorUDT(), false, org.apache.spark.sql.types.Metadata.empty())});
    Dataset<Row> data = spark.createDataFrame(rows, schema).repartition(4).cache();
    data.count();
    long c0 = cpu(), w0 = System.nanoTime();
    List<KMeansModel> models = new ArrayList<>();
    for (int k = 2; k <= 8; k++) {
      models.add(new KMeans().setK(k).setSeed(1).setMaxIter(20).fit(data));
    }
    long c1 = cpu(), w1 = System.nanoTime();
    double sum = 0;
    for (KMeansModel m : models) sum += new ClusteringEvaluator().evaluate(m.transform(data));
    long c2 = cpu(), w2 = System.nanoTime();
    System.out.printf("SPARK %s fit cpu %d ms wall %d ms | silhouette cpu %d ms wall %d ms | check %.6f%n",
        spark.version(), c1 - c0, (w1 - w0) / 1_000_000, c2 - c1, (w2 - w1) / 1_000_000, sum);
    spark.stop();
  }
}
