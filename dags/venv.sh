#!/usr/bin/env bash
# Creates or reuses dags/.venv: Airflow 3.3, the spark and hdfs providers, pyspark 4.2 and pytest,
# exactly as pinned in dags/requirements.txt (installed with --no-deps: the list is complete).
#
# The venv is re-created only when requirements.txt (or the Python version) changed: a stamp
# inside the venv holds the hash of both (tools/python-venv.sh does the work). The first run
# downloads about 600 MB (pyspark alone is 450 MB and is built into a wheel once; pip's cache
# keeps it for later re-creations).
#
# Usage: dags/venv.sh            (then dags/.venv/bin/python)
# Environment: DAGS_PYTHON  the Python to create the venv with (default python3; 3.10 to 3.14)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# Airflow 3.3 supports Python 3.10 to 3.14.
VENV_PYTHON="${DAGS_PYTHON:-python3}" VENV_PYTHON_RANGE="3.10 3.14" VENV_PYTHON_VAR=DAGS_PYTHON \
  exec "$here/../tools/python-venv.sh" "$here/requirements.txt" "$here/.venv" dags
