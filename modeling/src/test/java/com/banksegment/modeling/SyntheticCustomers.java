package com.banksegment.modeling;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Customers of the clean/customers schema with three planted groups and the real data's quirks
 * (frequency almost always 1, skewed money, a few unknown genders, median-imputed ages):
 * dormant low spenders, recently active high-balance savers, young big spenders.
 */
final class SyntheticCustomers {
  static final StructType SCHEMA = new StructType()
      .add("customer_id", DataTypes.StringType, false)
      .add("recency_days", DataTypes.IntegerType, false)
      .add("frequency", DataTypes.IntegerType, false)
      .add("monetary", DataTypes.DoubleType, false)
      .add("avg_amount", DataTypes.DoubleType, false)
      .add("balance", DataTypes.DoubleType, false)
      .add("age", DataTypes.DoubleType, false)
      .add("gender", DataTypes.StringType, false)
      .add("location", DataTypes.StringType, true)
      .add("age_imputed", DataTypes.BooleanType, false)
      .add("r_score", DataTypes.IntegerType, false)
      .add("f_score", DataTypes.IntegerType, false)
      .add("m_score", DataTypes.IntegerType, false)
      .add("rfm_score", DataTypes.StringType, false)
      .add("rfm_segment", DataTypes.StringType, false);

  private SyntheticCustomers() {}

  static Dataset<Row> generate(SparkSession spark, int perGroup, long seed) {
    Random r = new Random(seed);
    List<Row> rows = new ArrayList<>();
    int id = 0;
    for (int i = 0; i < perGroup; i++) {
      rows.add(row(r, "C" + (id++), 60 + r.nextInt(21), Math.exp(5 + 0.4 * r.nextGaussian()),
          Math.exp(8.5 + 0.4 * r.nextGaussian()), 45 + 5 * r.nextGaussian(), "Hibernating"));
      rows.add(row(r, "C" + (id++), r.nextInt(15), Math.exp(7.5 + 0.4 * r.nextGaussian()),
          Math.exp(13.5 + 0.4 * r.nextGaussian()), 40 + 5 * r.nextGaussian(), "Loyal Customers"));
      rows.add(row(r, "C" + (id++), 20 + r.nextInt(15), Math.exp(10 + 0.4 * r.nextGaussian()),
          Math.exp(9.5 + 0.4 * r.nextGaussian()), 23 + 2 * r.nextGaussian(), "Champions"));
    }
    return spark.createDataFrame(rows, SCHEMA);
  }

  private static Row row(Random r, String id, int recency, double monetary, double balance, double age,
      String segment) {
    int frequency = r.nextDouble() < 0.97 ? 1 : 2;
    double u = r.nextDouble();
    String gender = u < 0.02 ? "U" : u < 0.74 ? "M" : "F";
    boolean imputed = r.nextDouble() < 0.05;
    double shownAge = imputed ? 37.0 : Math.max(18, Math.round(age));
    int rs = 5 - Math.min(4, recency / 17);
    int ms = Math.min(5, 1 + (int) (Math.log10(monetary)));
    return RowFactory.create(id, recency, frequency, monetary * frequency, monetary, balance, shownAge, gender,
        r.nextDouble() < 0.01 ? null : "MUMBAI", imputed, rs, frequency, ms, "" + rs + frequency + ms, segment);
  }
}
