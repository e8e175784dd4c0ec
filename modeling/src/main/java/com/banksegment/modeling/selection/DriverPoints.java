package com.banksegment.modeling.selection;

import static org.apache.spark.sql.functions.col;

import com.banksegment.modeling.clustering.Points;
import com.banksegment.modeling.prepare.Preprocessing;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The customers' PCA coordinates brought to the driver once, in customer id order: the sample,
 * the k-means++ draws and so the fits then depend on the data and the seed only, not on how
 * Spark happened to partition the table (issue #15: the same file gave another k after a change
 * of partitioning).
 *
 * <p>Each partition sorts its own customers and ships them as one run (ids as UTF-8 bytes in one
 * array, coordinates in another); the driver merges the runs. That is Spark's ascending string
 * order (unsigned bytes of the UTF-8 form) without a global sort's sampling pass and shuffle, and
 * without a Java object per customer on the driver (issue #12: both cost more than the merge).
 */
final class DriverPoints {
  static final String CUSTOMER_ID = "customer_id";

  private DriverPoints() {}

  /** One partition's customers in id order: id i is {@code ids[ends[i-1] .. ends[i]-1]}. */
  record Run(byte[] ids, int[] ends, double[] coords) implements Serializable {
    int size() {
      return ends.length;
    }

    int start(int i) {
      return i == 0 ? 0 : ends[i - 1];
    }

    int compare(int i, Run other, int j) {
      return Arrays.compareUnsigned(ids, start(i), ends[i], other.ids, other.start(j), other.ends[j]);
    }
  }

  static Points collect(Dataset<Row> features, int dims) {
    List<Run> runs = features.select(col(CUSTOMER_ID), col(Preprocessing.PCA_COL))
        .sortWithinPartitions(CUSTOMER_ID).javaRDD()
        .mapPartitions((Iterator<Row> rows) -> List.of(run(rows, dims)).iterator()).collect();
    return merge(runs, dims);
  }

  private static Run run(Iterator<Row> rows, int dims) {
    byte[] ids = new byte[16 * 1024];
    int[] ends = new int[1024];
    double[] coords = new double[1024 * dims];
    int n = 0;
    int bytes = 0;
    while (rows.hasNext()) {
      Row row = rows.next();
      if (row.isNullAt(0)) {
        throw new IllegalStateException("customer without " + CUSTOMER_ID + " reached the clustering");
      }
      byte[] id = row.getString(0).getBytes(StandardCharsets.UTF_8);
      if (n == ends.length) {
        ends = Arrays.copyOf(ends, n * 2);
        coords = Arrays.copyOf(coords, n * 2 * dims);
      }
      if (bytes + id.length > ids.length) {
        ids = Arrays.copyOf(ids, Math.max(ids.length * 2, bytes + id.length));
      }
      System.arraycopy(id, 0, ids, bytes, id.length);
      bytes += id.length;
      ends[n] = bytes;
      System.arraycopy(((Vector) row.get(1)).toArray(), 0, coords, n * dims, dims);
      n++;
    }
    return new Run(Arrays.copyOf(ids, bytes), Arrays.copyOf(ends, n), Arrays.copyOf(coords, n * dims));
  }

  /** The runs merged by id; equal ids (none in a valid customer table) keep the runs' order. */
  static Points merge(List<Run> runs, int dims) {
    int total = runs.stream().mapToInt(Run::size).sum();
    double[] coords = new double[total * dims];
    int[] next = new int[runs.size()];
    PriorityQueue<Integer> heads = new PriorityQueue<>(Math.max(1, runs.size()), (a, b) -> {
      int byId = runs.get(a).compare(next[a], runs.get(b), next[b]);
      return byId != 0 ? byId : Integer.compare(a, b);
    });
    for (int r = 0; r < runs.size(); r++) {
      if (runs.get(r).size() > 0) {
        heads.add(r);
      }
    }
    int at = 0;
    while (!heads.isEmpty()) {
      int r = heads.poll();
      System.arraycopy(runs.get(r).coords(), next[r] * dims, coords, at, dims);
      at += dims;
      if (++next[r] < runs.get(r).size()) {
        heads.add(r);
      }
    }
    return new Points(coords, total, dims);
  }
}
