#!/usr/bin/env bash
# Benchmarks of the serving UI (figures, not pass/fail tests), all with a 512 MB heap:
#   - server-side predict latency (p50/p99 over 20,000 requests after warm-up),
#   - batch scoring of a 100,000-row CSV (upload checks, parsing, scoring, writing),
#   - start-up time of the packaged app until it serves the sign-in page with the run loaded,
#     and its peak resident memory.
# Usage (from the repository root): serving-ui/bench/run-bench.sh
# It builds the module (production front end included) unless SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${SKIP_BUILD:-0}" != "1" ]; then
  ../mvnw -q -o -f pom.xml package -DskipTests
fi
../mvnw -q -o -f pom.xml dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== server-side predict and batch scoring (-Xmx512m)"
java -Xmx512m -cp "$CP" com.banksegment.ui.bench.ServingBenchmark
echo "== start-up of the packaged app (java -Xmx512m -jar target/serving-ui.jar)"
java -Xmx256m -cp "$CP" com.banksegment.ui.e2e.StartupBenchmark 3
