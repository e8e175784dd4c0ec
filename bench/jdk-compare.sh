#!/usr/bin/env bash
# Java 17 with the class-data-sharing archive that ./segment records, against Temurin 25 with its
# ahead-of-time cache (JEP 483/514/515: loaded and linked classes plus method profiles), on the
# same `segment run` of the same input, one after the other under GNU time.
#   bench/jdk-compare.sh [INPUT.csv] [REPEATS] [STAGE]   (default: the real 20,000-row file, 2, run)
# STAGE is run (the whole pipeline) or ingest (the first stage alone: start-up, class loading
# and warm-up are most of its time on a small input, so it shows the JDKs' difference fastest).
# Works on a snapshot of the current build (copied to bench/out/jdk-compare/), so a rebuild
# meanwhile cannot change what is measured. Each JDK first records its archive or cache in a
# training run on the same input (not timed), then runs REPEATS timed runs.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
INPUT="${1:-$ROOT/../shared/data/bank_transactions_head20k.csv}"; REPEATS="${2:-2}"; STAGE="${3:-run}"
J17="${JAVA17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}/bin/java"
J25="${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
OUT="$ROOT/bench/out/jdk-compare"; rm -rf "$OUT"; mkdir -p "$OUT/jars"
"$ROOT/segment" --version >/dev/null
L="$ROOT/cli/target/launcher"
cp "$ROOT/cli/target/cli-0.1.0-SNAPSHOT.jar" "$OUT/jars/"
cp=("$OUT/jars/cli-0.1.0-SNAPSHOT.jar")
IFS=: read -r -a entries < "$L/classpath.txt" || true   # no newline at its end
for e in "${entries[@]}"; do
  case "$e" in "$ROOT"/*) cp "$e" "$OUT/jars/"; cp+=("$OUT/jars/$(basename "$e")") ;; *) cp+=("$e") ;; esac
done
CP="$(IFS=:; echo "${cp[*]}")"
read -r -a FLAGS < "$L/jvm-flags.txt" || true
HEAP="${SEGMENT_HEAP:-1g}"
run() { # label, java, extra flags...: one `segment run` into a fresh lake
  local label="$1" java="$2"; shift 2
  rm -rf "$OUT/lake"
  /usr/bin/time -f "%e %M %U %S" -o "$OUT/.t" "$java" "-Xmx$HEAP" -XX:+UseParallelGC "$@" "${FLAGS[@]}" -cp "$CP" \
    com.banksegment.cli.SegmentCli "$STAGE" --run-date 2016-10-21 --lake "$OUT/lake" --input "$INPUT" >"$OUT/$label.log" 2>&1
  read -r wall kb user sys < "$OUT/.t"
  echo "| $label | $wall | $(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.1f", u+s}') | $((kb / 1024)) | $(cut -d' ' -f1-3 /proc/loadavg) |"
}
echo "segment $STAGE, input $INPUT; heap $HEAP; $(nproc) cores; load before $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| run | wall s | CPU s (user+sys) | peak RSS MB | load after |"
echo "|---|---:|---:|---:|---|"
run "java 17, training (records CDS)" "$J17" -XX:ArchiveClassesAtExit="$OUT/j17.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off
run "java 25, training (records AOT cache)" "$J25" -XX:AOTCacheOutput="$OUT/j25.aot" -Xlog:aot=off -Xlog:cds=off
for i in $(seq "$REPEATS"); do
  run "java 17 + CDS archive #$i" "$J17" -XX:SharedArchiveFile="$OUT/j17.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off
  run "java 25 + AOT cache #$i" "$J25" -XX:AOTCache="$OUT/j25.aot" -Xlog:aot=off -Xlog:cds=off
  run "java 25, no cache #$i" "$J25"
done
ls -la "$OUT"/*.jsa "$OUT"/*.aot 2>/dev/null | awk '{print $5, $9}'
