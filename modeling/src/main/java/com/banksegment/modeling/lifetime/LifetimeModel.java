package com.banksegment.modeling.lifetime;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import com.banksegment.config.LifetimeSettings;
import com.banksegment.lifetime.CustomerHistory;
import com.banksegment.lifetime.FitStatus;
import com.banksegment.lifetime.IdentifiabilityRule;
import com.banksegment.lifetime.LikelihoodFit;
import com.banksegment.lifetime.bgnbd.BgNbdFitter;
import com.banksegment.lifetime.bgnbd.BgNbdParameters;
import com.banksegment.lifetime.bgnbd.BgNbdPredictions;
import com.banksegment.lifetime.gammagamma.GammaGammaFitter;
import com.banksegment.lifetime.gammagamma.GammaGammaParameters;
import com.banksegment.lifetime.gammagamma.RepeatSpend;
import com.banksegment.lifetime.value.CustomerValue;
import com.banksegment.lifetime.value.LifetimeValueCalculator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Fits the BG/NBD and the Gamma-Gamma once per run on the driver (lifetime-value module) and adds
 * every customer's P(alive), expected transactions, expected spend per transaction and lifetime
 * value over the horizon. The fit reads equal histories once with their count, so it collects at
 * most one row per distinct (x, t_x, T); data too thin to fit (the bank's 99.7 % single
 * purchases) are refused from two counts, before anything is collected.
 */
public final class LifetimeModel {
  public static final String P_ALIVE = "p_alive";
  public static final String EXPECTED_TRANSACTIONS = "expected_transactions";
  public static final String EXPECTED_SPEND = "expected_spend";
  public static final String CLV = "clv";
  private static final String PREDICTED = "ltv_predicted";

  private static final StructType PREDICTION = new StructType()
      .add(P_ALIVE, DataTypes.DoubleType, true)
      .add(EXPECTED_TRANSACTIONS, DataTypes.DoubleType, true)
      .add(EXPECTED_SPEND, DataTypes.DoubleType, true)
      .add(CLV, DataTypes.DoubleType, true);

  private LifetimeModel() {}

  /** The customers with the four input columns of {@link LifetimeInputs} added. */
  public static Dataset<Row> withInputs(Dataset<Row> customers) {
    return customers.withColumn(LifetimeInputs.X, LifetimeInputs.x())
        .withColumn(LifetimeInputs.T_X, LifetimeInputs.tx())
        .withColumn(LifetimeInputs.T, LifetimeInputs.age())
        .withColumn(LifetimeInputs.SPEND, LifetimeInputs.spend());
  }

  /** Fits both models on customers that have the input columns. */
  public static LifetimeFit fit(Dataset<Row> customers, LifetimeSettings settings) {
    IdentifiabilityRule rule = new IdentifiabilityRule(settings.minRepeaterShare(), settings.minRepeaters());
    // One pass over the customers gives the histories and, from them, the counts the rule reads;
    // the repeaters' spends are a second pass only when the data can carry a fit.
    Map<CustomerHistory, Long> histories = histories(customers);
    CustomerHistory.Counts counts = CustomerHistory.Counts.of(histories);
    int n = counts.customers();
    int repeaters = counts.repeaters();
    Optional<String> refusal = rule.refusal(n, repeaters);
    if (refusal.isPresent()) {
      return new LifetimeFit(
          LikelihoodFit.refused(BgNbdFitter.MODEL, FitStatus.NOT_IDENTIFIABLE, refusal.get(), n, repeaters),
          LikelihoodFit.refused(GammaGammaFitter.MODEL, FitStatus.NOT_IDENTIFIABLE, refusal.get(), n, repeaters),
          settings.horizonDays(), settings.discountPerDay());
    }
    LikelihoodFit<BgNbdParameters> bgNbd = new BgNbdFitter(rule).fit(histories);
    LikelihoodFit<GammaGammaParameters> gammaGamma = new GammaGammaFitter(rule).fit(spends(customers, n - repeaters));
    return new LifetimeFit(bgNbd, gammaGamma, settings.horizonDays(), settings.discountPerDay());
  }

  /** Every distinct history and how many customers have it: one grouped, collected query. */
  private static Map<CustomerHistory, Long> histories(Dataset<Row> customers) {
    Map<CustomerHistory, Long> byHistory = new HashMap<>();
    for (Row r : customers.groupBy(LifetimeInputs.X, LifetimeInputs.T_X, LifetimeInputs.T).count().collectAsList()) {
      byHistory.merge(new CustomerHistory(r.getInt(0), r.getDouble(1), r.getDouble(2)), r.getLong(3), Long::sum);
    }
    return byHistory;
  }

  /** The repeaters' (x, mean spend) and the single-purchase customers, who count for the rule only. */
  private static List<RepeatSpend> spends(Dataset<Row> customers, int singles) {
    List<RepeatSpend> all = new ArrayList<>(Collections.nCopies(singles, new RepeatSpend(0, 0)));
    for (Row r : customers.filter(col(LifetimeInputs.X).gt(0)).select(LifetimeInputs.X, LifetimeInputs.SPEND)
        .collectAsList()) {
      all.add(new RepeatSpend(r.getInt(0), r.getDouble(1)));
    }
    return all;
  }

  /**
   * The customers with the four prediction columns: null where the fit gives none (all four for a
   * refused BG/NBD, spend and CLV for a refused Gamma-Gamma).
   */
  public static Dataset<Row> predict(Dataset<Row> customers, LifetimeFit fit) {
    if (!fit.transactionsFitted()) {
      Column none = lit(null).cast("double");
      return customers.withColumn(P_ALIVE, none).withColumn(EXPECTED_TRANSACTIONS, none)
          .withColumn(EXPECTED_SPEND, none).withColumn(CLV, none);
    }
    Dataset<Row> predicted = customers.withColumn(PREDICTED, udf(fit).apply(col(LifetimeInputs.X),
        col(LifetimeInputs.T_X), col(LifetimeInputs.T), col(LifetimeInputs.SPEND)));
    return predicted.withColumn(P_ALIVE, col(PREDICTED + "." + P_ALIVE))
        .withColumn(EXPECTED_TRANSACTIONS, col(PREDICTED + "." + EXPECTED_TRANSACTIONS))
        .withColumn(EXPECTED_SPEND, col(PREDICTED + "." + EXPECTED_SPEND))
        .withColumn(CLV, col(PREDICTED + "." + CLV))
        .drop(PREDICTED);
  }

  /** A UDF that captures only numbers (serialisable to the executors) and builds the models there. */
  private static UserDefinedFunction udf(LifetimeFit fit) {
    BgNbdParameters b = fit.bgNbd().parameters().orElseThrow();
    double r = b.r();
    double alpha = b.alpha();
    double a = b.a();
    double bb = b.b();
    boolean withValue = fit.valueFitted();
    double[] gg = withValue ? new double[] {fit.gammaGamma().fittedParameters().p(),
        fit.gammaGamma().fittedParameters().q(), fit.gammaGamma().fittedParameters().v()} : null;
    int horizon = fit.horizonDays();
    double discount = fit.discountPerDay();
    UDF4<Integer, Double, Double, Double, Row> f = (x, tx, t, spend) -> {
      BgNbdPredictions transactions = new BgNbdPredictions(new BgNbdParameters(r, alpha, a, bb));
      CustomerHistory h = new CustomerHistory(x, tx, t);
      if (!withValue) {
        return RowFactory.create(transactions.probabilityAlive(h), transactions.expectedTransactions(h, horizon),
            null, null);
      }
      CustomerValue v = new LifetimeValueCalculator(transactions, new GammaGammaParameters(gg[0], gg[1], gg[2]))
          .value(h, spend, horizon, discount);
      return RowFactory.create(v.probabilityAlive(), v.expectedTransactions(), v.expectedSpendPerTransaction(),
          v.lifetimeValue());
    };
    return functions.udf(f, PREDICTION);
  }
}
