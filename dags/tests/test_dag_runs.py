"""The whole DAG run by Airflow itself, task after task, with stand-ins for the cluster
(standins.py: a WebHDFS NameNode serving a folder, a spark-submit on the PATH that records its
command lines and writes published/_LATEST for publish). The same runs on the real in-process
HDFS and YARN with the real spark-submit: tests/e2e/ (run by integration-tests' DagOnYarnIT).

Manual runs are `dag.test()`; the backfill run is created by `airflow backfill create` and run
by dag.test()'s loop and task runner (airflow_runs.py says exactly what is Airflow's there).
Each test uses its own business dates (older tests' runs stay in the session's database): a
failing run is the newest date of its test, so no later run's `model` waits on it
(`depends_on_past`).
"""

from __future__ import annotations

import json
import logging
from datetime import timedelta

import pytest

from airflow_runs import create_backfill, manual_run, run_queued, task_states, try_numbers
from conftest import DAG_FILE, DAG_ID
from standins import NameNode, spark_submit_on_path, submitted

LAKE = "/bank/segmentation/lake"
POINTER = f"{LAKE}/published/_LATEST"
SPARK_YARN = {"conn_type": "spark", "host": "yarn", "extra": {"deploy-mode": "cluster", "queue": "default"}}
STAGES = ["ingest", "features", "decide", "model"]
CALLBACK_LINE = "bank segmentation: {task} failed for run date {date}"


def marker(date: str) -> str:
    return f"{LAKE}/raw/transactions/run_date={date}/_SUCCESS"


@pytest.fixture()
def parsed_dag(dag_bag):
    """The DAG file parsed again (a test may change its tasks before running it)."""
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(DAG_FILE))
    assert bag.import_errors == {}, bag.import_errors
    return bag.dags[DAG_ID]


@pytest.fixture()
def cluster(tmp_path, monkeypatch, dag_bag):
    """The stand-in NameNode (its folder: tmp_path/hdfs) with the connections pointing at it."""
    with NameNode(tmp_path / "hdfs") as namenode:
        monkeypatch.setenv("AIRFLOW_CONN_WEBHDFS_LAKE", namenode.connection())
        monkeypatch.setenv("AIRFLOW_CONN_SPARK_YARN", json.dumps(SPARK_YARN))
        namenode.spark_submit = lambda fail_stages=(), decision="model": spark_submit_on_path(
            monkeypatch, tmp_path / "bin", namenode.root, fail_stages, decision)
        yield namenode


def test_a_run_of_the_newest_date_runs_every_stage_in_order_and_publishes(parsed_dag, cluster):
    cluster.put(marker("2016-09-02"))
    calls = cluster.spark_submit()

    run = manual_run(parsed_dag, "2016-09-02")

    assert run.state == "success"
    states = task_states(run)
    # decide said refit: model ran, the branch skipped score, and latest_only still went on.
    assert states.pop("score") == "skipped", states
    assert set(states.values()) == {"success"}, states
    assert submitted(calls) == [(stage, "2016-09-02") for stage in [*STAGES, "publish"]]
    # The branch read decide's answer from the lake through the hdfs provider's hook.
    decision = f"{LAKE}/reports/decide/run_date=2016-09-02/decision.json"
    assert any(path == f"/webhdfs/v1{decision}" and query["op"] == "OPEN" for path, query in cluster.requests)
    assert cluster.read(POINTER) == "2016-09-02\n"
    # The sensor found the day's marker through the hdfs provider's hook.
    assert (f"/webhdfs/v1{marker('2016-09-02')}", {"op": "GETFILESTATUS", "user.name": "segment"}) in cluster.requests


def test_a_score_only_decision_runs_score_instead_of_model_and_publishes(parsed_dag, cluster):
    cluster.put(marker("2016-09-04"))
    cluster.put(POINTER, "2016-09-02\n")
    calls = cluster.spark_submit(decision="score")

    run = manual_run(parsed_dag, "2016-09-04")

    states = task_states(run)
    assert run.state == "success"
    assert states["model_or_score"] == "success"
    assert states["model"] == "skipped" and states["score"] == "success", states
    assert [states[t] for t in ["latest_only", "publish_guard", "publish"]] == ["success"] * 3, states
    assert submitted(calls) == [(stage, "2016-09-04") for stage in ["ingest", "features", "decide", "score", "publish"]]
    assert cluster.read(POINTER) == "2016-09-04\n"


def test_a_decision_naming_no_known_stage_fails_the_branch_and_publishes_nothing(parsed_dag, cluster):
    cluster.put(marker("2016-09-05"))
    cluster.put(POINTER, "2016-09-04\n")
    calls = cluster.spark_submit(decision="publish")
    for task in parsed_dag.tasks:
        task.retries = 0

    run = manual_run(parsed_dag, "2016-09-05")

    states = task_states(run)
    assert run.state == "failed"
    assert states["model_or_score"] == "failed"
    assert [states[t] for t in ["model", "score", "latest_only", "publish_guard", "publish"]] == \
        ["upstream_failed"] * 5, states
    assert submitted(calls) == [(stage, "2016-09-05") for stage in ["ingest", "features", "decide"]]
    assert cluster.read(POINTER) == "2016-09-04\n"


def test_a_manual_run_of_an_older_date_does_not_move_readers_back_unless_it_is_a_rollback(parsed_dag, cluster):
    cluster.put(marker("2016-09-01"))
    cluster.put(POINTER, "2016-09-02\n")
    calls = cluster.spark_submit()

    # `airflow dags trigger` of an old date: latest_only lets a manual run through; the guard reads
    # _LATEST (a later date) and skips publish. The stages recompute the date.
    run = manual_run(parsed_dag, "2016-09-01")

    states = task_states(run)
    assert run.state == "success"
    assert states["latest_only"] == "success"
    assert states["publish_guard"] == "success"
    assert states["publish"] == "skipped"
    assert submitted(calls) == [(stage, "2016-09-01") for stage in STAGES]
    assert cluster.read(POINTER) == "2016-09-02\n"
    assert any(path == f"/webhdfs/v1{POINTER}" and query["op"] == "OPEN" for path, query in cluster.requests)

    # The runbook's rollback in Airflow: the same date triggered with {"rollback": true} (here the
    # stages are marked done, as their output is there already).
    calls.write_text("")
    run = manual_run(parsed_dag, "2016-09-01", conf={"rollback": True},
                     mark_success_pattern="wait_for_input|ingest|features|decide|model")

    states = task_states(run)
    assert run.state == "success"
    assert states["publish_guard"] == "success" and states["publish"] == "success", states
    assert submitted(calls) == [("publish", "2016-09-01")]
    assert cluster.read(POINTER) == "2016-09-01\n"


def test_a_backfill_recomputes_an_old_date_and_latest_only_skips_publish(parsed_dag, cluster):
    from airflow.utils.types import DagRunType

    cluster.put(marker("2016-08-31"))
    cluster.put(POINTER, "2016-09-02\n")
    calls = cluster.spark_submit()

    backfill_id = create_backfill(DAG_ID, "2016-08-31", "2016-08-31")
    (run,) = run_queued(parsed_dag, backfill_id)

    states = task_states(run)
    assert run.run_type == DagRunType.BACKFILL_JOB  # "backfill"
    assert run.logical_date.date().isoformat() == "2016-08-31"
    assert run.state == "success"
    assert [states[t] for t in ["wait_for_input", *STAGES, "model_or_score", "latest_only"]] == ["success"] * 7
    assert states["score"] == "skipped"
    # latest_only skips what follows it, before the guard even looks at _LATEST.
    assert states["publish_guard"] == "skipped" and states["publish"] == "skipped", states
    assert submitted(calls) == [(stage, "2016-08-31") for stage in STAGES]
    assert cluster.read(POINTER) == "2016-09-02\n"


def test_a_failing_stage_is_retried_then_reported_once_and_nothing_after_it_runs(parsed_dag, cluster, caplog):
    cluster.put(marker("2016-09-03"))
    cluster.put(POINTER, "2016-09-02\n")
    calls = cluster.spark_submit(fail_stages=("features",))
    # The test's retry policy: one retry, one second later (the DAG's: 2, five minutes apart).
    for task in parsed_dag.tasks:
        task.retries = 1
        task.retry_delay = timedelta(seconds=1)
        task.retry_exponential_backoff = False

    with caplog.at_level(logging.ERROR):
        run = manual_run(parsed_dag, "2016-09-03")

    states = task_states(run)
    assert run.state == "failed"
    assert states["ingest"] == "success"
    assert states["features"] == "failed"
    assert try_numbers(run)["features"] == 2
    assert [states[t] for t in ["decide", "model_or_score", "model", "score", "latest_only", "publish_guard",
                                "publish"]] == ["upstream_failed"] * 7
    assert submitted(calls) == [("ingest", "2016-09-03"), ("features", "2016-09-03"), ("features", "2016-09-03")]
    reports = [r.getMessage() for r in caplog.records if "bank segmentation:" in r.getMessage()]
    assert len(reports) == 1, reports
    assert reports[0].startswith(CALLBACK_LINE.format(task="features", date="2016-09-03") + " (try 2)")
    assert cluster.read(POINTER) == "2016-09-02\n"
