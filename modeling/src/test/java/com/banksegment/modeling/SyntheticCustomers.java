package com.banksegment.modeling;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.apache.spark.sql.Column;
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
      .add("rfm_segment", DataTypes.StringType, false)
      .add("first_txn_date", DataTypes.DateType, false)
      .add("last_txn_date", DataTypes.DateType, false);

  /** The snapshot date recency is counted from. */
  static final LocalDate SNAPSHOT = LocalDate.of(2016, 10, 21);

  private SyntheticCustomers() {}

  static Dataset<Row> generate(SparkSession spark, int perGroup, long seed) {
    return spark.createDataFrame(rows(perGroup, seed, null), SCHEMA);
  }

  /**
   * The same groups, but every customer's purchases drawn from the BG/NBD story (Fader, Hardie and
   * Lee 2005) with known parameters: first purchase 100 to 365 days before the snapshot, purchase
   * rate lambda ~ Gamma(shape r = 0.8, rate alpha = 20 days), after each repeat purchase leaving
   * with probability p ~ Beta(a = 1, b = 4). Recency, frequency and the dates follow the draws;
   * spend follows the Gamma-Gamma story (each transaction Gamma(p = 6, rate nu), nu ~ Gamma(q = 4,
   * rate v = 15): 30 a transaction on average), avg_amount being the mean of all x + 1.
   */
  static Dataset<Row> repeatBuyers(SparkSession spark, int perGroup, long seed) {
    return spark.createDataFrame(rows(perGroup, seed, new Random(seed + 1000)), SCHEMA);
  }

  /**
   * The next day of {@code generate(spark, 200, 1)} as the over-time tests use it: customers C0 to
   * C29 are gone, 40 savers (C31, C34 ... C148: ids C0..C599 run in planted-group order, dormant,
   * saver, big spender, ...) take the dormant group's profile (long unseen, one purchase, small
   * spend and balance, older), 45 new customers N... join, everyone else is unchanged.
   */
  static Dataset<Row> nextDay(SparkSession spark, Dataset<Row> day) {
    Column id = col("customer_id").substr(2, 4).cast("int");
    Column turns = id.between(31, 150).and(id.mod(3).equalTo(1));
    return day.filter(id.geq(30))
        .withColumn("recency_days", when(turns, lit(70)).otherwise(col("recency_days")))
        .withColumn("frequency", when(turns, lit(1)).otherwise(col("frequency")))
        .withColumn("monetary", when(turns, lit(150.0)).otherwise(col("monetary")))
        .withColumn("balance", when(turns, lit(5000.0)).otherwise(col("balance")))
        .withColumn("age", when(turns, lit(45.0)).otherwise(col("age")))
        .unionByName(generate(spark, 15, 9).withColumn("customer_id", concat(lit("N"), col("customer_id"))));
  }

  private static List<Row> rows(int perGroup, long seed, Random purchases) {
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
    if (purchases == null) {
      return rows;
    }
    GammaDistribution rate = new GammaDistribution(new Well19937c(purchases.nextLong()), 0.8, 1 / 20.0);
    BetaDistribution dropout = new BetaDistribution(new Well19937c(purchases.nextLong()), 1, 4);
    GammaDistribution spendRate = new GammaDistribution(new Well19937c(purchases.nextLong()), 4, 1 / 15.0);
    Well19937c spendDraws = new Well19937c(purchases.nextLong());
    List<Row> drawn = new ArrayList<>();
    for (Row row : rows) {
      int age = 100 + purchases.nextInt(266);
      double lambda = rate.sample();
      double p = dropout.sample();
      int x = 0;
      double t = 0;
      while (true) {
        double next = t - Math.log(1 - purchases.nextDouble()) / lambda;
        if (next > age) {
          break;
        }
        t = next;
        x++;
        if (purchases.nextDouble() < p) {
          break;
        }
      }
      int tx = (int) Math.floor(t);
      double nu = spendRate.sample();
      double mean = new GammaDistribution(spendDraws, 6.0 * (x + 1), 1 / (nu * (x + 1))).sample();
      Object[] v = new Object[row.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = row.get(i);
      }
      v[SCHEMA.fieldIndex("recency_days")] = age - tx;
      v[SCHEMA.fieldIndex("frequency")] = x + 1;
      v[SCHEMA.fieldIndex("avg_amount")] = mean;
      v[SCHEMA.fieldIndex("monetary")] = mean * (x + 1);
      v[SCHEMA.fieldIndex("first_txn_date")] = Date.valueOf(SNAPSHOT.minusDays(age));
      v[SCHEMA.fieldIndex("last_txn_date")] = Date.valueOf(SNAPSHOT.minusDays(age - tx));
      drawn.add(RowFactory.create(v));
    }
    return drawn;
  }

  private static Row row(Random r, String id, int recency, double monetary, double balance, double age,
      String segment) {
    int frequency = r.nextDouble() < 0.97 ? 1 : 2;
    LocalDate last = SNAPSHOT.minusDays(recency);
    // No extra random draw: the customers stay the ones the other tests were written against.
    LocalDate first = frequency == 1 ? last : last.minusDays(30);
    double u = r.nextDouble();
    String gender = u < 0.02 ? "U" : u < 0.74 ? "M" : "F";
    boolean imputed = r.nextDouble() < 0.05;
    double shownAge = imputed ? 37.0 : Math.max(18, Math.round(age));
    int rs = 5 - Math.min(4, recency / 17);
    int ms = Math.min(5, 1 + (int) (Math.log10(monetary)));
    return RowFactory.create(id, recency, frequency, monetary * frequency, monetary, balance, shownAge, gender,
        r.nextDouble() < 0.01 ? null : "MUMBAI", imputed, rs, frequency, ms, "" + rs + frequency + ms, segment,
        Date.valueOf(first), Date.valueOf(last));
  }
}
