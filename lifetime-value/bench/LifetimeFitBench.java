import com.banksegment.lifetime.*;
import com.banksegment.lifetime.bgnbd.*;
import com.banksegment.lifetime.gammagamma.*;
import java.util.*;
/**
 * The lifetime fits alone on a 1M-row-sized sample (docs/benchmarks.md): 880,000 customers, 140,000
 * of them repeaters, each fit timed twice in one JVM. Run from the checkout root after a build:
 *   M=(the commons-math3 jar under ~/.m2/repository/org/apache/commons/commons-math3)
 *   javac -d /tmp/lfb -cp lifetime-value/target/classes:$M lifetime-value/bench/LifetimeFitBench.java
 *   java -cp /tmp/lfb:lifetime-value/target/classes:$M LifetimeFitBench
 */
public class LifetimeFitBench {
  public static void main(String[] a) {
    Random r = new Random(1);
    List<RepeatSpend> spends = new ArrayList<>();
    List<CustomerHistory> hs = new ArrayList<>();
    for (int i = 0; i < 880_000; i++) {
      double age = 1 + r.nextInt(60);
      if (i < 140_000) {
        int x = 1 + (int) Math.floor(-Math.log(r.nextDouble()) * 0.7);
        double m = Math.exp(7 + 1.2 * r.nextGaussian());
        spends.add(new RepeatSpend(x, m));
        hs.add(new CustomerHistory(x, r.nextInt((int) age + 1), age));
      } else { spends.add(new RepeatSpend(0, 0)); hs.add(CustomerHistory.singleTransaction(age)); }
    }
    for (int rep = 0; rep < 2; rep++) {
      long t0 = System.nanoTime();
      LikelihoodFit<GammaGammaParameters> gg = new GammaGammaFitter(new IdentifiabilityRule(0, 1)).fit(spends);
      long t1 = System.nanoTime();
      LikelihoodFit<BgNbdParameters> bg = new BgNbdFitter(new IdentifiabilityRule(0, 1)).fit(hs);
      long t2 = System.nanoTime();
      System.out.printf("gamma-gamma %s %.1f s; bg/nbd %s %.1f s%n", gg.status(), (t1 - t0) / 1e9, bg.status(), (t2 - t1) / 1e9);
    }
  }
}
