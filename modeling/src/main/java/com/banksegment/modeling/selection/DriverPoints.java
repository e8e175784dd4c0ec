package com.banksegment.modeling.selection;

import com.banksegment.modeling.clustering.Points;
import com.banksegment.modeling.prepare.Preprocessing;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The customers' PCA coordinates brought to the driver once, in customer id order: the sample,
 * the k-means++ draws and so the fits then depend on the data and the seed only, not on how
 * Spark happened to partition the table (issue #15: the same file gave another k after a change
 * of partitioning).
 *
 * <p>The order is made on the driver: each partition sends its ids and coordinates as they are,
 * and the driver sorts the ids. A Spark sort (what this did before) costs a sampling pass, a
 * shuffle and a third pass over the customers, each computing the PCA transform again; the
 * driver sorts 8 million ids in a few seconds on 2 cores. The order is Spark's own for strings:
 * by UTF-8 bytes, which is by code point ({@link #byCodePoint}).
 */
final class DriverPoints {
  static final String CUSTOMER_ID = "customer_id";

  private DriverPoints() {}

  /** One partition's customers: their ids and, flat, their coordinates in the same order. */
  private record Part(String[] ids, double[] coords) implements Serializable {}

  static Points collect(Dataset<Row> features, int dims) {
    // One flat array per partition: a million small vectors would cost far more to ship and to hold.
    List<Part> parts = features.select(CUSTOMER_ID, Preprocessing.PCA_COL).javaRDD().mapPartitions(
        (Iterator<Row> rows) -> {
          List<String> ids = new ArrayList<>();
          double[] flat = new double[1024 * dims];
          int used = 0;
          while (rows.hasNext()) {
            Row row = rows.next();
            ids.add(row.getString(0));
            double[] v = ((Vector) row.get(1)).toArray();
            if (used + dims > flat.length) {
              flat = Arrays.copyOf(flat, flat.length * 2);
            }
            System.arraycopy(v, 0, flat, used, dims);
            used += dims;
          }
          return List.of(new Part(ids.toArray(String[]::new), Arrays.copyOf(flat, used))).iterator();
        }).collect();
    return inIdOrder(parts, dims);
  }

  private static Points inIdOrder(List<Part> parts, int dims) {
    int total = parts.stream().mapToInt(p -> p.ids().length).sum();
    Located[] located = new Located[total];
    int at = 0;
    for (Part p : parts) {
      for (int i = 0; i < p.ids().length; i++) {
        located[at++] = new Located(p.ids()[i], p.coords(), i * dims);
      }
    }
    Arrays.parallelSort(located, (a, b) -> byCodePoint(a.id(), b.id()));
    double[] coords = new double[total * dims];
    for (int i = 0; i < total; i++) {
      System.arraycopy(located[i].coords(), located[i].offset(), coords, i * dims, dims);
    }
    return new Points(coords, total, dims);
  }

  /** A customer's id and where its coordinates are in its partition's array. */
  private record Located(String id, double[] coords, int offset) {}

  /**
   * Strings by code point, the order of their UTF-8 bytes, as Spark orders them. Java's
   * {@link String#compareTo} compares UTF-16 units, which puts a character above U+FFFF (a
   * surrogate pair, units D800-DFFF) before one in E000-FFFF; lifting the surrogates above that
   * range restores code point order. Every other unit compares as it is.
   */
  static int byCodePoint(String a, String b) {
    int common = Math.min(a.length(), b.length());
    for (int i = 0; i < common; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        return codePointRank(x) - codePointRank(y);
      }
    }
    return a.length() - b.length();
  }

  private static int codePointRank(char unit) {
    if (unit >= 0xE000) {
      return unit - 0x800;
    }
    return Character.isSurrogate(unit) ? unit + 0x2000 : unit;
  }
}
