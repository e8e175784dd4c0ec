#!/usr/bin/env bash
# Times the model stage alone (k sweep 2..10, full silhouette, alternatives, Naive Bayes, publish)
# on a generated customer table. Usage: modeling/bench/run-model-bench.sh [customers] [lake-dir]
# Prints the stage's progress, then wall time and Naive Bayes figures; /usr/bin/time adds peak RSS.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
./mvnw -q -o -f modeling/pom.xml test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
# Run from a copy of the classes, so a rebuild of the module during a long run cannot pull them away.
copy="$(mktemp -d)"
trap 'rm -rf "$copy"' EXIT
cp -r modeling/target/classes "$copy/classes" && cp -r modeling/target/test-classes "$copy/test-classes"
cp="$copy/test-classes:$copy/classes:$(cat modeling/target/bench-classpath.txt)"
flags="$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' pom.xml)"
# shellcheck disable=SC2086
/usr/bin/time -f "peak RSS %M KB, wall %e s" java -Xmx4g ${BENCH_JVM_OPTS:-} $flags -cp "$cp" com.banksegment.modeling.ModelBench "$@"
