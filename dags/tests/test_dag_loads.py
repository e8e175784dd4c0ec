"""Airflow's DagBag loads this folder: one DAG, no import error, no warning.

The load runs in a fresh interpreter, so that the providers' modules are imported for the first
time while the DAG file is imported (a module warns once, at its first import) and every warning
is recorded (simplefilter "always"), deprecations included.
"""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import DAG_FILE, DAG_ID, DAGS_DIR

LOAD_IN_A_FRESH_INTERPRETER = r"""
import json, sys, warnings
warnings.simplefilter("always")
from airflow.dag_processing.dagbag import DagBag
with warnings.catch_warnings(record=True) as recorded:
    warnings.simplefilter("always")
    bag = DagBag(dag_folder=sys.argv[1])
print(json.dumps({
    "import_errors": bag.import_errors,
    "captured_warnings": {k: list(v) for k, v in bag.captured_warnings.items()},
    "warnings": [f"{w.filename}:{w.lineno}: {w.category.__module__}.{w.category.__name__}: {w.message}"
                 for w in recorded],
    "files": sorted(bag.file_last_changed),
    "dag_ids": sorted(bag.dag_ids),
}))
"""


def test_dagbag_loads_the_folder_with_no_import_error_and_no_warning():
    result = subprocess.run([sys.executable, "-c", LOAD_IN_A_FRESH_INTERPRETER, str(DAGS_DIR)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    loaded = json.loads(result.stdout.strip().splitlines()[-1])

    assert loaded["import_errors"] == {}
    assert loaded["dag_ids"] == [DAG_ID]
    # .airflowignore (glob syntax, Airflow 3's default) keeps tests/, target/ and .venv/ out.
    assert loaded["files"] == [str(DAG_FILE)]
    # Deprecations (DeprecationWarning, RemovedInAirflow4Warning, AirflowProviderDeprecationWarning)
    # or any other warning while Airflow imports the file or scans the folder.
    assert loaded["captured_warnings"] == {}
    assert loaded["warnings"] == []
