#!/usr/bin/env bash
# Before/after of one stage on the same input, alternating, same JVM flags, no class-data sharing
# (an archive belongs to one build):
#   bench/ab-ingest.sh BEFORE.cp AFTER.cp [ROUNDS] [INPUT.csv] [STAGE]
# BEFORE.cp and AFTER.cp each hold a full class path (the cli jar first, then the launcher's
# classpath.txt) of a build snapshot: copy cli/target/*.jar and the module jars of
# cli/target/launcher/classpath.txt aside before changing the code, and point the file at them.
# Prints one Markdown row per run: wall, CPU (user+sys), the stage's own seconds, peak RSS, load.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BEFORE="$1"; AFTER="$2"; ROUNDS="${3:-2}"; INPUT="${4:-$ROOT/bench/out/tx-1048567-s7.csv}"; STAGE="${5:-ingest}"
read -r -a FLAGS < "$ROOT/cli/target/launcher/jvm-flags.txt" || true
LAKE="$(mktemp -d)"; trap 'rm -rf "$LAKE"' EXIT
echo "| build | wall s | CPU s | in the job | peak RSS MB | load before -> after |"
echo "|---|---:|---:|---:|---:|---|"
for round in $(seq "$ROUNDS"); do
  for side in before after; do
    cpfile="$([ "$side" = before ] && echo "$BEFORE" || echo "$AFTER")"
    rm -rf "${LAKE:?}"/*
    l0="$(cut -d' ' -f1 /proc/loadavg)"
    /usr/bin/time -f "%e %U %S %M" -o "$LAKE.t" java "-Xmx${SEGMENT_HEAP:-1088m}" -XX:+UseParallelGC "${FLAGS[@]}" \
      -cp "$(cat "$cpfile")" com.banksegment.cli.SegmentCli "$STAGE" --run-date 2016-10-21 --lake "$LAKE/lake" \
      --input "$INPUT" >"$LAKE.log" 2>&1
    read -r w u s m < "$LAKE.t"
    echo "| $side #$round | $w | $(awk -v u="$u" -v s="$s" 'BEGIN{print u+s}') | $(grep -oE '\(([0-9.]+)s\)' "$LAKE.log" | tail -n 1) | $((m / 1024)) | $l0 -> $(cut -d' ' -f1 /proc/loadavg) |"
  done
done
rm -f "$LAKE.t" "$LAKE.log"
