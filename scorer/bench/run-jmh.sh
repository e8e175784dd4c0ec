#!/usr/bin/env bash
# JMH benchmark of the Spark-free scorer: customers scored per second on one thread.
# Usage (from anywhere): scorer/bench/run-jmh.sh     Target: at least 1,000,000 customers/s.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
./mvnw -q -o -f scorer/pom.xml test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="scorer/target/test-classes:scorer/target/classes:$(cat scorer/target/bench-classpath.txt)"
exec java -cp "$cp" com.banksegment.scorer.bench.ScorerBenchmarkMain "$@"
