#!/usr/bin/env bash
# Issue 10's A/B of two Spark builds on the same small program (bench/spark-ab/KMeansAB.java):
# Spark's K-means for k = 2..8 and ClusteringEvaluator on N fixed 6-dimensional points, printing
# CPU and wall seconds per phase. Each checkout must have been built (`./segment stages` builds
# it); the program is compiled against each checkout's own launcher class path. Alternates the
# builds ROUNDS times; with PLUGIN=1 the second checkout also runs with the suite's
# TaskSqlConfPlugin (spark-support) as a third variant.
#
# Usage: bench/spark-ab.sh CHECKOUT_A CHECKOUT_B     (e.g. a worktree of d46d4e6 and one of main)
# Environment: N (points, default 20000), ROUNDS (default 3), PLUGIN (0/1), JFR (1: a recording per run)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
N=${N:-20000}; ROUNDS=${ROUNDS:-3}
out="$(mktemp -d)"
variants=()
for checkout in "$@"; do
  cp="$(cat "$checkout/cli/target/launcher/classpath.txt")"
  mkdir -p "$out/$(basename "$checkout")"
  javac -nowarn -cp "$cp" -d "$out/$(basename "$checkout")" "$here/spark-ab/KMeansAB.java" 2>&1 | grep -v '^Note' || true
  variants+=("$checkout|")
done
if [ "${PLUGIN:-0}" = 1 ]; then
  variants+=("$2|-Dspark.plugins=com.banksegment.spark.TaskSqlConfPlugin")
fi
for round in $(seq 1 "$ROUNDS"); do
  for v in "${variants[@]}"; do
    checkout="${v%%|*}"; extra="${v#*|}"; name="$(basename "$checkout")"
    jfr=(); [ "${JFR:-0}" = 1 ] && jfr=(-XX:StartFlightRecording=dumponexit=true,filename="$out/$name-$round${extra:+-plugin}.jfr",settings=profile)
    echo "round $round $name ${extra:+(plugin) }load $(cut -d' ' -f1 /proc/loadavg)"
    # shellcheck disable=SC2046,SC2086
    java $(cat "$checkout/cli/target/launcher/jvm-flags.txt") $extra "${jfr[@]}" -Xmx3g \
      -cp "$out/$name:$checkout/spark-support/target/classes:$(cat "$checkout/cli/target/launcher/classpath.txt")" \
      KMeansAB "$N" 2>&1 | grep -E '^SPARK|Exception' || true
  done
done
echo "recordings and classes: $out"
