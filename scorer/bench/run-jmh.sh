#!/usr/bin/env bash
# JMH benchmark of the Spark-free scorer: customers scored per second on one thread.
# Usage (from anywhere): scorer/bench/run-jmh.sh     Target: at least 1,000,000 customers/s.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
./mvnw -q -o -f scorer/pom.xml test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
copy="$(mktemp -d)"
trap 'rm -rf "$copy"' EXIT
cp -r scorer/target/classes "$copy/classes" && cp -r scorer/target/test-classes "$copy/test-classes"
cp="$copy/test-classes:$copy/classes:$(cat scorer/target/bench-classpath.txt)"
java -cp "$cp" com.banksegment.scorer.bench.ScorerBenchmarkMain "$@"
