#!/usr/bin/env bash
# Issue 10's whole-pipeline A/B: `segment run` of two checkouts (e.g. the last Spark 4.1 build,
# d46d4e6, and the Spark 4.2 upgrade, 5ce7abb) on the same input, alternating A and B so that a
# drift in the machine's load hits both alike. With PLUGIN=1, B also runs a third variant with the
# suite's TaskSqlConfPlugin (spark-support; later builds load it themselves) given as
# -Dspark.plugins: B's spark-support jar must hold its classes, e.g.
#   (cd /work/main/spark-support/target/classes && jar uf B/spark-support/target/spark-support-0.1.0-SNAPSHOT.jar com/banksegment/spark/TaskSqlConfPlugin*.class)
# and B's class-data-sharing archives removed (rm B/cli/target/launcher/spark-*.jsa): the warm-up
# below records them again. Prints one line per run (wall, peak RSS, each stage's time from the
# run's own progress lines) and a table of medians.
#
# Usage: bench/spark-ab-run.sh CHECKOUT_A CHECKOUT_B
# Environment: INPUT (default bench/out/tx-1048567-s7.csv), ROUNDS (default 3), PLUGIN (0/1),
#              SEGMENT_CONF (passed to both, e.g. segment.modeling.local-max-customers=0)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
[ $# -eq 2 ] || { echo "usage: $0 CHECKOUT_A CHECKOUT_B" >&2; exit 2; }
INPUT="${INPUT:-$here/out/tx-1048567-s7.csv}"; ROUNDS=${ROUNDS:-3}
[ -f "$INPUT" ] || { echo "spark-ab-run: no input $INPUT (bench/pipeline.sh generates it)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "spark-ab-run: needs GNU time (apt-get install time)" >&2; exit 2; }
out="$(mktemp -d)"
plugin_opts="-XX:+UseParallelGC -Dspark.plugins=com.banksegment.spark.TaskSqlConfPlugin"
variants=("$1|" "$2|")
[ "${PLUGIN:-0}" = 1 ] && variants+=("$2|$plugin_opts")

# Builds if needed and records each checkout's class-data-sharing archive outside the timings.
for checkout in "$1" "$2"; do
  "$checkout/segment" generate --rows 5000 --seed 1 --out "$out/warm.csv" >/dev/null
  "$checkout/segment" run --run-date 2016-10-21 --lake "$out/warm-lake-$(basename "$checkout")" \
    --input "$out/warm.csv" >/dev/null
done

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; input $INPUT ($(wc -l < "$INPUT") lines)"
results="$out/results.tsv"
for round in $(seq 1 "$ROUNDS"); do
  for v in "${variants[@]}"; do
    checkout="${v%%|*}"; opts="${v#*|}"
    name="$(basename "$checkout")${opts:++plugin}"
    load="$(cut -d' ' -f1 /proc/loadavg)"
    rm -rf "$out/lake"
    SEGMENT_JAVA_OPTS="${opts:-}" /usr/bin/time -f "%e %M" -o "$out/.t" \
      "$checkout/segment" run --run-date 2016-10-21 --lake "$out/lake" --input "$INPUT" > "$out/$name-$round.log" 2>&1
    read -r wall kb < "$out/.t"
    # A stage's progress lines ("[model] ... 43.3s", "[ingest 2016-10-21] ... 19.1s") end with its elapsed seconds: the last one is its time.
    stages="$(grep -E '^\[[a-z]+[^]]*\] .* [0-9.]+s$' "$out/$name-$round.log" | sed -E 's/^\[([a-z]+)[^]]*\] .* ([0-9.]+)s$/\1 \2/' \
      | awk '{t[$1] = $2; if (!($1 in seen)) {seen[$1] = 1; o[++n] = $1}} END {for (i = 1; i <= n; i++) printf "%s=%s ", o[i], t[o[i]]}')"
    printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$round" "$wall" "$((kb / 1024))" "$stages" >> "$results"
    echo "round $round $name: wall ${wall} s, peak ${kb} KB, load before $load; $stages"
  done
done

echo
echo "| variant | runs | median wall s | min | max |"
echo "|---|---:|---:|---:|---:|"
cut -f1 "$results" | sort -u | while read -r name; do
  awk -F'\t' -v n="$name" '$1 == n {print $3}' "$results" | sort -n | awk -v n="$name" \
    '{a[NR] = $1} END {m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2;
      printf "| %s | %d | %.1f | %.1f | %.1f |\n", n, NR, m, a[1], a[NR]}'
done
echo "logs: $out"
