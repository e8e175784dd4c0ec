#!/usr/bin/env bash
# Issue 15's five-seed check on a large generated input: ingest and features once, then the model
# stage once per seed (`--conf segment.modeling.seed=S`, everything else the shipped defaults),
# each seed's customer_segments kept aside; then every pair's adjusted Rand index
# (bench/seed-stability/SeedStability.java, on this checkout's launcher class path) and each
# run's chosen k and classifier figures from its own output.
#
# Usage: bench/seed-stability.sh [SEEDS (default 5)]
# Environment: INPUT (default bench/out/tx-1048567-s7.csv; bench/pipeline.sh generates it)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SEEDS=${1:-5}
INPUT="${INPUT:-$ROOT/bench/out/tx-1048567-s7.csv}"
[ -f "$INPUT" ] || { echo "seed-stability: no input $INPUT (bench/pipeline.sh generates it)" >&2; exit 2; }
OUT="$ROOT/bench/out/seed-stability"; LAKE="$OUT/lake"; DATE=2016-10-21
rm -rf "$OUT"; mkdir -p "$OUT"
SEG="$ROOT/segment"
"$SEG" ingest --run-date "$DATE" --lake "$LAKE" --input "$INPUT" > "$OUT/ingest.log"
"$SEG" features --run-date "$DATE" --lake "$LAKE" > "$OUT/features.log"
folders=()
for seed in $(seq 1 "$SEEDS"); do
  start=$(date +%s)
  "$SEG" model --run-date "$DATE" --lake "$LAKE" --conf segment.modeling.seed="$seed" > "$OUT/model-$seed.log" 2>&1
  cp -r "$LAKE/published/customer_segments/run_date=$DATE" "$OUT/segments-$seed"
  folders+=("$OUT/segments-$seed")
  echo "seed $seed: $(( $(date +%s) - start )) s, load $(cut -d' ' -f1 /proc/loadavg);" \
    "$(grep -m1 -oE 'k = [0-9]+ \(knee[^)]*\)' "$OUT/model-$seed.log")"
  grep -E '^\[model\] (Naive Bayes|decision tree|logistic regression) weighted F1' "$OUT/model-$seed.log" \
    | sed -E 's/ +[0-9.]+s$//; s/^/  /'
done
cp="$(cat "$ROOT/cli/target/launcher/classpath.txt")"
mkdir -p "$OUT/classes"
javac -nowarn -cp "$cp" -d "$OUT/classes" "$ROOT/bench/seed-stability/SeedStability.java"
# shellcheck disable=SC2046
java $(cat "$ROOT/cli/target/launcher/jvm-flags.txt") -Xmx3g -cp "$OUT/classes:$cp" SeedStability "${folders[@]}" \
  2>&1 | grep '^SEEDS' | sed 's/^SEEDS //'
