#!/usr/bin/env bash
# Benchmark the Spark stages on generated data, on the embedded default (local[*]).
#   bench/pipeline.sh [--rows N] [--stages ingest,features,model,publish] [--whole-run]
# Generates the input once per row count (bench/out/tx-N.csv), runs each stage as its own
# `./segment` command (so each figure includes its JVM and Spark start-up), and with
# --whole-run also times `./segment run` (all stages in one JVM). Prints a Markdown table
# with wall time, rows/s and peak resident memory, and appends it to bench/out/results.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROWS=1048567; STAGES="ingest,features,model,publish"; WHOLE=0; SEED=7
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) ROWS="$2"; shift 2 ;;
    --stages) STAGES="$2"; shift 2 ;;
    --whole-run) WHOLE=1; shift ;;
    --seed) SEED="$2"; shift 2 ;;
    *) echo "usage: $0 [--rows N] [--stages a,b,c] [--whole-run] [--seed N]" >&2; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 2; }
OUT="$ROOT/bench/out"; mkdir -p "$OUT"
CSV="$OUT/tx-$ROWS-s$SEED.csv"; LAKE="$OUT/lake-$ROWS"; DATE=2016-10-21
SEG="$ROOT/segment"
"$SEG" --version >/dev/null   # builds the suite first if needed, outside the timings
# Each Spark stage's first run after a build records its class-data-sharing archive (see
# ./segment); do that on a tiny input here so that the timings below are the steady state.
WARM="$OUT/warm-up"
if ! ls "$ROOT"/cli/target/launcher/spark-run.jsa >/dev/null 2>&1; then
  rm -rf "$WARM"; mkdir -p "$WARM"
  "$SEG" generate --rows 5000 --seed 1 --out "$WARM/tx.csv" >/dev/null
  "$SEG" ingest --run-date 2016-10-21 --lake "$WARM/lake" --input "$WARM/tx.csv" >/dev/null
  for stage in features model publish; do "$SEG" "$stage" --run-date 2016-10-21 --lake "$WARM/lake" >/dev/null; done
  "$SEG" run --run-date 2016-10-21 --lake "$WARM/lake-run" --input "$WARM/tx.csv" >/dev/null
fi

if [ ! -f "$CSV" ]; then
  /usr/bin/time -f "%e %M" -o "$OUT/.t" "$SEG" generate --rows "$ROWS" --seed "$SEED" --out "$CSV"
  read -r gw gk < "$OUT/.t"; echo "generate: ${gw}s, $((gk / 1024)) MB peak"
fi

machine="$(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
table="| stage | rows in | wall s | rows/s | peak RSS MB |\n|---|---:|---:|---:|---:|\n"
measure() { # label, then the command
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$OUT/.t" "$@" | tee "$OUT/$label.log"
  read -r wall kb < "$OUT/.t"
  table+="| $label | $ROWS | $wall | $(awk -v r="$ROWS" -v w="$wall" 'BEGIN{printf "%.0f", r/w}') | $((kb / 1024)) |\n"
}

rm -rf "$LAKE"
for stage in ${STAGES//,/ }; do
  args=(--run-date "$DATE" --lake "$LAKE")
  [ "$stage" = ingest ] && args+=(--input "$CSV")
  measure "$stage" "$SEG" "$stage" "${args[@]}"
done
if [ "$WHOLE" = 1 ]; then
  rm -rf "$LAKE-run"
  measure "run (all stages, one JVM)" "$SEG" run --run-date "$DATE" --lake "$LAKE-run" --input "$CSV"
fi

report="### $(date -u +%Y-%m-%d) $ROWS rows ($machine)\n\n$table"
printf "%b\n" "$report" | tee -a "$OUT/results.md"
