#!/usr/bin/env bash
# Creates or reuses a Python virtual environment holding exactly a pinned requirements file.
#
#   tools/python-venv.sh REQUIREMENTS VENV_DIR [NAME]
#
# Installed with `pip install --no-deps`: the file must list every package with its version (as
# `pip freeze` writes it), so what runs is what was pinned, not what the resolver picks that day;
# `pip check` then proves the list complete. The venv is re-created only when the requirements
# file or the Python version changed: a stamp inside the venv holds the hash of both.
#
# Environment: VENV_PYTHON  the Python to create the venv with (default python3)
#              VENV_PYTHON_VAR  the name of that variable in the caller's messages (dags/venv.sh: DAGS_PYTHON)
#              VENV_PYTHON_RANGE  e.g. "3.10 3.14": refuse a Python outside it (default: any 3.x)
# Used by dags/venv.sh (Airflow) and bench/compare.sh (pandas + scikit-learn).
set -euo pipefail

[ $# -ge 2 ] || { echo "usage: $0 REQUIREMENTS VENV_DIR [NAME]" >&2; exit 2; }
requirements="$1"; venv="$2"; name="${3:-$(basename "$venv")}"
stamp="$venv/.requirements.sha256"
log="$venv/pip-install.log"
python="${VENV_PYTHON:-python3}"
hint="${VENV_PYTHON_VAR:-VENV_PYTHON}"   # the variable a caller tells its users to set
read -r lo hi <<<"${VENV_PYTHON_RANGE:-3.0 3.99}"

fail() { echo "python-venv ($name): $*" >&2; exit 1; }

[ -f "$requirements" ] || fail "no requirements file $requirements"
command -v "$python" >/dev/null 2>&1 || fail "$python not found (set $hint)"
version="$("$python" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])' 2>/dev/null)" \
  || fail "$python does not run (set $hint)"
"$python" -c "import sys; v = sys.version_info[:2]; \
lo, hi = (tuple(map(int, s.split('.'))) for s in ('$lo', '$hi')); sys.exit(0 if lo <= v <= hi else 1)" \
  || fail "$python is Python $version; this environment needs $lo to $hi (set $hint)"

want="$( { sha256sum < "$requirements"; echo "python $version"; } | sha256sum | cut -d' ' -f1)"
if [[ -x "$venv/bin/python" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  echo "$name venv: up to date ($venv, Python $version)"
  exit 0
fi

echo "$name venv: installing $(basename "$requirements") into $venv with Python $version"
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
echo "$name venv: ready in $((SECONDS - started)) s ($(grep -cv '^\s*\(#\|$\)' "$requirements") packages)"
