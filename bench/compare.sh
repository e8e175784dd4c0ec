#!/usr/bin/env bash
# The suite against the pandas + scikit-learn script it replaces, on the same input, one after
# the other (never together: 2 cores would make each slow the other), under GNU time.
#   bench/compare.sh [--rows N] [--seed N] [--input FILE.csv] [--skip-script] [--skip-suite]
# Generates bench/out/tx-N-sS.csv once (or takes --input, e.g. the real 20,000-row file), runs `./segment run` on it, then
# bench/sklearn_pipeline.py in the pinned venv bench/.venv (bench/requirements.txt, made or
# reused by tools/python-venv.sh), and prints wall time, peak RSS and the per-stage seconds of
# both and the ratio suite/script. The script's address space is capped a gigabyte below the
# machine's memory: on an input too large for pandas (30M rows on 24 GB) its row says where it
# failed and after how long, and no ratio is printed. The same Markdown is appended to bench/out/results.md with
# the machine, the load before and after, the JDK and the git commit; docs/benchmarks.md
# quotes from it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROWS=1048567; SEED=7; SUITE=1; SCRIPT=1; INPUT=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) ROWS="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --input) INPUT="$2"; shift 2 ;;
    --skip-script) SCRIPT=0; shift ;;
    --skip-suite) SUITE=0; shift ;;
    *) echo "usage: $0 [--rows N] [--seed N] [--input FILE.csv] [--skip-script] [--skip-suite]" >&2; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "compare: needs GNU time (apt-get install time)" >&2; exit 2; }
OUT="$ROOT/bench/out"; mkdir -p "$OUT"
CSV="$OUT/tx-$ROWS-s$SEED.csv"; DATE=2016-10-21
if [ -n "$INPUT" ]; then
  CSV="$(cd "$(dirname "$INPUT")" && pwd)/$(basename "$INPUT")"
  ROWS="$(( $(grep -cv '^[[:space:]]*$' "$CSV") - 1 ))"
fi
LAKE="$OUT/compare-lake-$ROWS"
SEG="$ROOT/segment"; VENV="$ROOT/bench/.venv"

# Everything that is not the measurement happens first: the build, the venv, the input, and the
# class-data-sharing archive that the first `run` after a build records (see ./segment).
"$SEG" --version >/dev/null
[ "$SCRIPT" = 0 ] || "$ROOT/tools/python-venv.sh" "$ROOT/bench/requirements.txt" "$VENV" bench
if [ ! -f "$CSV" ]; then
  "$SEG" generate --rows "$ROWS" --seed "$SEED" --out "$CSV"
fi
if [ "$SUITE" = 1 ] && ! ls "$ROOT"/cli/target/launcher/spark-run.jsa >/dev/null 2>&1; then
  echo "compare: recording the class-data-sharing archive of 'run' on 5,000 rows (once per build)"
  rm -rf "$OUT/warm-up"; mkdir -p "$OUT/warm-up"
  "$SEG" generate --rows 5000 --seed 1 --out "$OUT/warm-up/tx.csv" >/dev/null
  "$SEG" run --run-date "$DATE" --lake "$OUT/warm-up/lake" --input "$OUT/warm-up/tx.csv" >/dev/null
fi

load() { cut -d' ' -f1-3 /proc/loadavg; }
timed() { # label, log file, command...: runs it under GNU time; sets WALL, RSS_MB and FAILED
  local label="$1" log="$2"; shift 2
  echo "compare: $label (load $(load))"
  # A failure (the script's MemoryError on an input too large for the machine) is a result too:
  # FAILED keeps the log's last unindented line and the comparison goes on to its report.
  FAILED=""
  /usr/bin/time -f "%e %M" -o "$OUT/.t" "$@" 2>&1 | tee "$log" || FAILED="$(grep -v '^[[:space:]]' "$log" | tail -n 1)"
  read -r WALL kb < <(tail -n 1 "$OUT/.t"); RSS_MB=$((kb / 1024))
}
failed_at() { # wall seconds of a failed command, as the table shows it
  printf 'failed after %s s (%s)' "$1" "$2"
}
stage_seconds() { # each stage's time in the job: its summary ends in "(12.3s)", publish's last progress line in "2.6s"
  local s
  for stage in ingest features model; do
    s="$(grep -A1 -E "^$stage [0-9]{4}-" "$1" | grep -oE '\(([0-9.]+)s\)' | head -n 1 | tr -d '()s' || true)"
    printf '%s / ' "${s:--}"
  done
  s="$(grep -E '^\[publish\]' "$1" | tail -n 1 | grep -oE '[0-9.]+s$' | tr -d 's' || true)"
  printf '%s' "${s:--}"
}
script_seconds() { # the script's JSON summary: ingest, features, model (all model steps), publish
  "$VENV/bin/python" - "$1" <<'PY'
import json, sys
line = [l for l in open(sys.argv[1]) if l.startswith("{")][-1]
steps = json.loads(line)["steps"]
part = lambda p: sum(v for k, v in steps.items() if k.startswith(p))
print(" / ".join(f"{part(p):.1f}" for p in ("ingest", "features", "model", "publish")), end="")
PY
}

load_before="$(load)"
suite_wall=-; suite_rss=-; suite_stages="- / - / - / -"; script_wall=-; script_rss=-; script_stages="- / - / - / -"
if [ "$SUITE" = 1 ]; then
  rm -rf "$LAKE"
  timed "./segment run, $ROWS rows" "$OUT/compare-suite.log" \
    "$SEG" run --run-date "$DATE" --lake "$LAKE" --input "$CSV"
  suite_wall="$WALL"; suite_rss="$RSS_MB"; suite_stages="$(stage_seconds "$OUT/compare-suite.log")"
  suite_failed="$FAILED"
fi
if [ "$SCRIPT" = 1 ]; then
  # OPENBLAS_CORETYPE/OPENBLAS_L2_SIZE, where this workplace sets them for old OpenBLAS builds,
  # slow the venv's current one; the script runs as a user's would, without them.
  # Its address space is capped a gigabyte below the machine's memory (there is no swap here): an
  # input too large for pandas then ends in Python's MemoryError, with the step that raised it in
  # the log, instead of the kernel's out-of-memory killer choosing a process.
  limit=$(( ($(awk '/MemTotal/{print $2}' /proc/meminfo) - 1024 * 1024) * 1024 ))
  timed "pandas + scikit-learn, $ROWS rows" "$OUT/compare-script.log" \
    prlimit --as="$limit" env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$VENV/bin/python" \
    "$ROOT/bench/sklearn_pipeline.py" "$CSV" --out "$OUT/compare-sklearn-$ROWS"
  script_wall="$WALL"; script_rss="$RSS_MB"; script_failed="$FAILED"
  [ -n "$script_failed" ] || script_stages="$(script_seconds "$OUT/compare-script.log")"
fi
load_after="$(load)"

ratio=-; mem_ratio=-
[ -z "${suite_failed:-}" ] || suite_wall="$(failed_at "$suite_wall" "$suite_failed")"
[ -z "${script_failed:-}" ] || script_wall="$(failed_at "$script_wall" "$script_failed")"
if [ "$SUITE" = 1 ] && [ "$SCRIPT" = 1 ] && [ -z "${suite_failed:-}${script_failed:-}" ]; then
  ratio="$(awk -v a="$suite_wall" -v b="$script_wall" 'BEGIN{printf "%.2f", a/b}')"
  mem_ratio="$(awk -v a="$suite_rss" -v b="$script_rss" 'BEGIN{printf "%.2f", a/b}')"
fi
machine="$(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
jdk="$(java -version 2>&1 | head -n 1)"
commit="$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- . ':!bench/out' || echo '+changes')"
pandas="$(grep -E '^(pandas|scikit-learn)==' "$ROOT/bench/requirements.txt" | tr '\n' ' ')"
report="### $(date -u '+%Y-%m-%d %H:%M') UTC: $ROWS rows ($(basename "$CSV")), suite vs pandas + scikit-learn

$machine; load (1/5/15 min) before $load_before, after $load_after; build $commit; $jdk; script: $pandas

| | wall s | peak RSS MB | ingest / features / model / publish s |
|---|---:|---:|---|
| \`segment run\` | $suite_wall | $suite_rss | $suite_stages |
| pandas + scikit-learn | $script_wall | $script_rss | $script_stages |
| **ratio suite/script** | **$ratio** | $mem_ratio | |
"
printf '%s\n' "$report" | tee -a "$OUT/results.md"
