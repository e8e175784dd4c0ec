"""What the tasks of business date 2016-10-21 receive, rendered by Airflow: the scheduled DagRun
and its task instances are created in the SQLite database, and each task's templates are rendered
by the Task SDK as on a worker. Also latest_only's decision and the failure callback's message,
from the same run context.
"""

from __future__ import annotations

import logging

import pytest

from conftest import RUN_DATE, create_run, runtime_task_instance

LAKE = "/bank/segmentation/lake"
JAR = "hdfs:///bank/segmentation/app/segment-app.jar"
PROPERTIES = "/opt/bank-segmentation/conf/spark-defaults.conf"


def test_the_run_is_the_scheduled_one_of_the_business_date(scheduled_run, rendered):
    run, task_instances = scheduled_run
    assert run.run_type == "scheduled"
    assert run.logical_date.isoformat() == f"{RUN_DATE}T00:00:00+00:00"
    assert sorted(task_instances) == sorted(rendered)
    _, context = rendered["ingest"]
    assert context["ds"] == RUN_DATE
    assert context["data_interval_start"].isoformat() == f"{RUN_DATE}T00:00:00+00:00"
    assert context["data_interval_end"].isoformat() == "2016-10-22T00:00:00+00:00"


@pytest.mark.parametrize("stage", ["ingest", "features", "decide", "model", "score", "publish"])
def test_each_stage_gets_the_run_date_the_lake_the_jar_and_the_properties_file(rendered, stage):
    task, _ = rendered[stage]
    assert task.application == JAR
    assert task.properties_file == PROPERTIES
    assert task.name == f"bank-segmentation-{stage}-{RUN_DATE}"
    source = ["--source", "bank-transactions"] if stage == "ingest" else []
    assert task.application_args == [stage, "--run-date", RUN_DATE, "--profile", "yarn", "--lake", f"hdfs://{LAKE}",
                                      *source]
    # No queue in the task: spark-submit gets it from the connection (test_spark_submit.py).
    assert not task.conf


def test_the_sensor_waits_for_the_days_landing_marker(rendered):
    sensor, _ = rendered["wait_for_input"]
    assert sensor.filepath == f"{LAKE}/raw/transactions/run_date={RUN_DATE}/_SUCCESS"
    assert sensor.webhdfs_conn_id == "webhdfs_lake"


def test_latest_only_lets_the_newest_run_go_on_and_skips_the_rest_for_an_older_date(
        scheduler_dag, fresh_dag, rendered):
    from datetime import datetime, timedelta, timezone

    from airflow.utils.types import DagRunType

    latest_only = fresh_dag.get_task("latest_only")
    # 2016-10-21, run long after its day (a backfill or a late catch-up): readers stay where they are.
    _, old_context = rendered["latest_only"]
    assert latest_only.choose_branch(old_context) == []
    # Yesterday's run, the newest: it goes on to the guard, then publish.
    yesterday = (datetime.now(timezone.utc) - timedelta(days=1)).date().isoformat()
    _, task_instances = create_run(scheduler_dag, yesterday, DagRunType.SCHEDULED)
    newest = runtime_task_instance(task_instances["latest_only"], latest_only)
    assert latest_only.choose_branch(newest.get_template_context()) == ["publish_guard"]
    # A manual run (`airflow dags trigger`, dag.test()) of an old date is not skipped either: then
    # publish_guard decides from published/_LATEST (test_publish_guard.py, test_dag_runs.py).
    _, task_instances = create_run(scheduler_dag, "2016-09-30", DagRunType.MANUAL)
    manual = runtime_task_instance(task_instances["latest_only"], latest_only)
    assert latest_only.choose_branch(manual.get_template_context()) == ["publish_guard"]


def test_the_failure_callback_names_the_task_the_date_the_try_and_where_to_look(scheduled_run, fresh_dag, caplog):
    _, task_instances = scheduled_run
    task = fresh_dag.get_task("features")
    # The context of the last try (retries=2: the third), as the Task SDK hands it to the callback.
    last_try = runtime_task_instance(task_instances["features"], task, try_number=3)
    context = last_try.get_template_context()
    with caplog.at_level(logging.ERROR):
        for callback in task.on_failure_callback:
            callback(context)
    assert len(caplog.records) == 1
    message = caplog.records[0].getMessage()
    assert message.startswith(f"bank segmentation: features failed for run date {RUN_DATE} (try 3). ")
    assert f"the task log ({last_try.log_url})" in message
    assert f"quarantine {LAKE}/quarantine/transactions/run_date={RUN_DATE}" in message
    assert f"reports {LAKE}/reports/*/run_date={RUN_DATE}" in message
    assert "published/_LATEST is untouched" in message
    assert last_try.log_url.startswith("http")
