"""publish_guard's decision: the callable of the rendered ShortCircuitOperator of business date
2016-10-21, called with the `ds` and `params` of the run context Airflow builds, reading
published/_LATEST through the hdfs provider's hook from the stand-in NameNode (standins.py).
The operator around it (skipping publish, or not) runs in whole DAG runs: test_dag_runs.py
(stand-ins) and tests/e2e/ (a real NameNode).
"""

from __future__ import annotations

import pytest

from conftest import RUN_DATE
from standins import NameNode

POINTER = "/bank/segmentation/lake/published/_LATEST"


@pytest.fixture()
def namenode(tmp_path, monkeypatch):
    with NameNode(tmp_path / "hdfs") as server:
        monkeypatch.setenv("AIRFLOW_CONN_WEBHDFS_LAKE", server.connection())
        yield server


def run_guard(rendered, rollback=False):
    """True: publish runs. False: the operator skips publish."""
    task, context = rendered["publish_guard"]
    params = {**context["params"], "rollback": rollback}
    return task.python_callable(ds=context["ds"], params=params)


@pytest.mark.parametrize("pointer, publishes", [
    (None, True),                 # the first run: nothing published yet
    ("2016-10-20\n", True),       # the usual case: readers see the day before
    ("2016-10-21\n", True),       # the same date again (a re-run of the newest date)
    ("2016-10-22\n", False),      # readers see a later date: an old date must not move them back
    ("garbage\n", True),          # an unreadable pointer is replaced, as the model stage does
])
def test_publish_runs_unless_readers_already_see_a_later_date(rendered, namenode, pointer, publishes):
    if pointer is not None:
        namenode.put(POINTER, pointer)
    assert run_guard(rendered) is publishes
    # It read the pointer over WebHDFS (the hook's NameNode check, then the file).
    assert any(path == f"/webhdfs/v1{POINTER}" and query["op"] == "OPEN" for path, query in namenode.requests)


def test_the_rollback_param_publishes_an_older_date_on_purpose(rendered, namenode):
    namenode.put(POINTER, "2016-10-22\n")
    assert run_guard(rendered, rollback=True) is True


def test_a_namenode_error_fails_the_guard_instead_of_publishing(rendered, namenode):
    from hdfs import HdfsError

    namenode.put(POINTER, "2016-10-22\n")
    namenode.files_forbidden.add(POINTER)
    with pytest.raises(HdfsError, match="Permission denied"):
        run_guard(rendered)


def test_the_guard_reads_the_pointer_of_the_lake_param(rendered):
    task, context = rendered["publish_guard"]
    assert context["ds"] == RUN_DATE
    assert context["params"]["lake_path"] == "/bank/segmentation/lake"
    assert context["params"]["rollback"] is False
    assert task.python_callable.__name__ == "publish_keeps_readers_on_the_newest_date"
