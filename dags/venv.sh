#!/usr/bin/env bash
# Creates or reuses dags/.venv: Airflow 3.3, the spark and hdfs providers, pyspark 4.2 and pytest,
# exactly as pinned in dags/requirements.txt (installed with --no-deps: the list is complete).
#
# The venv is re-created only when requirements.txt (or the Python version) changed: a stamp
# inside the venv holds the hash of both. The first run downloads about 600 MB (pyspark alone is
# 450 MB and is built into a wheel once; pip's cache keeps it for later re-creations).
#
# Usage: dags/venv.sh            (then dags/.venv/bin/python)
# Environment: DAGS_PYTHON  the Python to create the venv with (default python3; 3.10 to 3.14)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"
requirements="$here/requirements.txt"
stamp="$venv/.requirements.sha256"
log="$venv/pip-install.log"
python="${DAGS_PYTHON:-python3}"

fail() { echo "dags/venv.sh: $*" >&2; exit 1; }

command -v "$python" >/dev/null 2>&1 || fail "$python not found (set DAGS_PYTHON to a Python 3.10-3.14)"
version="$("$python" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])' 2>/dev/null)" \
  || fail "$python does not run (set DAGS_PYTHON to a Python 3.10-3.14)"
"$python" -c 'import sys; sys.exit(0 if (3, 10) <= sys.version_info[:2] <= (3, 14) else 1)' \
  || fail "$python is Python $version; Airflow 3.3 needs 3.10 to 3.14 (set DAGS_PYTHON)"

want="$( { sha256sum < "$requirements"; echo "python $version"; } | sha256sum | cut -d' ' -f1)"
if [[ -x "$venv/bin/python" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  echo "dags venv: up to date (${venv#"$here/"}, Python $version)"
  exit 0
fi

echo "dags venv: installing requirements.txt into dags/.venv with Python $version" \
     "(first time a few minutes: about 600 MB to download)"
started=$SECONDS
rm -rf "$venv"
"$python" -m venv "$venv" >/dev/null 2>&1 \
  || fail "'$python -m venv' failed (on Debian/Ubuntu: apt-get install python3-venv)"
if ! "$venv/bin/python" -m pip install --disable-pip-version-check --no-input --no-deps \
       --progress-bar off -r "$requirements" >"$log" 2>&1; then
  fail "pip install failed; last line: $(grep -v '^\s*$' "$log" | tail -n 1) (full log: $log)"
fi
if ! "$venv/bin/python" -m pip check --disable-pip-version-check >>"$log" 2>&1; then
  fail "pip check found missing or conflicting requirements: $(tail -n 1 "$log") (full log: $log)"
fi
echo "$want" >"$stamp"
echo "dags venv: ready in $((SECONDS - started)) s ($(wc -l < <(grep -v '^\s*\(#\|$\)' "$requirements")) packages)"
