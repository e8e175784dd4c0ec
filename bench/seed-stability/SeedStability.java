import com.banksegment.modeling.clustering.Agreement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Issue 15's five-seed check on a large input (bench/seed-stability.sh): reads each seed's
 * published customer_segments, prints its k and the adjusted Rand index of every pair of seeds
 * (customers matched by id, the contingency table counted by Spark), then the lowest.
 */
public class SeedStability {
  public static void main(String[] folders) {
    SparkSession spark = SparkSession.builder().master("local[2]").appName("seed-stability")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8").getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    List<Dataset<Row>> runs = new ArrayList<>();
    for (String folder : folders) {
      Dataset<Row> run = spark.read().parquet(folder).select("customer_id", "cluster_id").cache();
      System.out.printf("SEEDS %s: %d customers, k = %d%n", folder, run.count(),
          run.select("cluster_id").distinct().count());
      runs.add(run);
    }
    double lowest = 1;
    for (int a = 0; a < runs.size(); a++) {
      for (int b = a + 1; b < runs.size(); b++) {
        double ari = Agreement.adjustedRand(contingency(runs.get(a), runs.get(b)));
        System.out.printf("SEEDS pair %d-%d: adjusted Rand %.4f%n", a + 1, b + 1, ari);
        lowest = Math.min(lowest, ari);
      }
    }
    System.out.printf("SEEDS lowest adjusted Rand %.4f (issue 15 target 0.95)%n", lowest);
    spark.stop();
  }

  private static long[][] contingency(Dataset<Row> first, Dataset<Row> second) {
    List<Row> cells = first.withColumnRenamed("cluster_id", "a")
        .join(second.withColumnRenamed("cluster_id", "b"), "customer_id")
        .groupBy("a", "b").count().collectAsList();
    Map<Integer, Integer> rowOf = new HashMap<>();
    Map<Integer, Integer> colOf = new HashMap<>();
    for (Row cell : cells) {
      rowOf.putIfAbsent(cell.getInt(0), rowOf.size());
      colOf.putIfAbsent(cell.getInt(1), colOf.size());
    }
    long[][] table = new long[rowOf.size()][colOf.size()];
    for (Row cell : cells) {
      table[rowOf.get(cell.getInt(0))][colOf.get(cell.getInt(1))] = cell.getLong(2);
    }
    return table;
  }
}
