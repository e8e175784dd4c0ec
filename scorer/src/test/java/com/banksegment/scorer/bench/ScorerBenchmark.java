package com.banksegment.scorer.bench;

import com.banksegment.scorer.CustomerInput;
import com.banksegment.scorer.ScoreResult;
import com.banksegment.scorer.Scorer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of {@link Scorer#score} on one thread: customers per second. The customers cycle
 * through 4,096 pre-built inputs so that building inputs is not what gets measured.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScorerBenchmark {
  private static final int MASK = 4096 - 1;

  private Scorer scorer;
  private CustomerInput[] customers;
  private int next;

  @Setup
  public void setUp() {
    scorer = new Scorer(BenchmarkBundle.largest(7));
    customers = BenchmarkBundle.customers(MASK + 1, 11);
  }

  @Benchmark
  public ScoreResult scoreOneCustomer() {
    return scorer.score(customers[next++ & MASK]);
  }
}
