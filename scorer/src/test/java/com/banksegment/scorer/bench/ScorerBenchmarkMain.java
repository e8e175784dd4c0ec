package com.banksegment.scorer.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs {@link ScorerBenchmark} on one thread in one forked JVM (scorer/bench/run-jmh.sh calls this). */
public final class ScorerBenchmarkMain {
  private ScorerBenchmarkMain() {}

  public static void main(String[] args) throws RunnerException {
    Options options = new OptionsBuilder()
        .include(ScorerBenchmark.class.getSimpleName())
        .threads(1)
        .forks(1)
        .warmupIterations(3)
        .warmupTime(TimeValue.seconds(2))
        .measurementIterations(5)
        .measurementTime(TimeValue.seconds(2))
        .jvmArgsAppend("-Xmx512m")
        .build();
    new Runner(options).run();
  }
}
