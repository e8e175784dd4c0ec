"""The DAG as Airflow builds it: tasks, order, retries, run policy and callbacks, read from the
DAG object Airflow parsed and from its serialized form in the database (what the scheduler uses).
"""

from __future__ import annotations

from datetime import timedelta

from conftest import DAG_ID, RUN_DATE, ROOT, day, next_scheduled_run_info

BEFORE = ["wait_for_input", "ingest", "features", "decide", "model_or_score"]
AFTER = ["latest_only", "publish_guard", "publish"]
ORDER = [*BEFORE, "model", "score", *AFTER]
SPARK_TASKS = ["ingest", "features", "decide", "model", "score", "publish"]


def test_the_tasks_run_in_line_with_a_branch_to_model_or_score_and_publish_behind_latest_only_and_the_guard(
        dag, scheduler_dag):
    assert [t.task_id for t in dag.topological_sort()] == ORDER
    for graph in (dag, scheduler_dag):
        assert sorted(graph.task_ids) == sorted(ORDER)
        for line in (BEFORE, AFTER):
            for upstream, downstream in zip(line, line[1:]):
                assert graph.get_task(downstream).upstream_task_ids == {upstream}
                assert graph.get_task(upstream).downstream_task_ids == {downstream}
        assert graph.get_task("model_or_score").downstream_task_ids == {"model", "score"}
        for task_id in ("model", "score"):
            assert graph.get_task(task_id).upstream_task_ids == {"model_or_score"}
            assert graph.get_task(task_id).downstream_task_ids == {"latest_only"}
        assert graph.get_task("latest_only").upstream_task_ids == {"model", "score"}
        # The branch skips one of the two: latest_only runs after whichever ran, not after both.
        assert graph.get_task("latest_only").trigger_rule == "none_failed_min_one_success"
        assert graph.get_task("wait_for_input").upstream_task_ids == set()
        assert graph.get_task("publish").downstream_task_ids == set()


def test_task_types(dag):
    from airflow.providers.apache.hdfs.sensors.web_hdfs import WebHdfsSensor
    from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator
    from airflow.providers.standard.operators.latest_only import LatestOnlyOperator
    from airflow.providers.standard.operators.python import BranchPythonOperator, ShortCircuitOperator

    assert type(dag.get_task("wait_for_input")) is WebHdfsSensor
    assert type(dag.get_task("model_or_score")) is BranchPythonOperator
    assert type(dag.get_task("latest_only")) is LatestOnlyOperator
    assert type(dag.get_task("publish_guard")) is ShortCircuitOperator
    # It skips everything after it: publish only.
    assert dag.get_task("publish_guard").ignore_downstream_trigger_rules is True
    for task_id in SPARK_TASKS:
        assert type(dag.get_task(task_id)) is SparkSubmitOperator


def test_every_task_retries_twice_five_minutes_apart_and_has_the_failure_callback_the_dag_not(dag, scheduler_dag):
    callback = dag.get_task("ingest").on_failure_callback[0]
    assert callable(callback) and callback.__name__ == "on_stage_failure"
    for task in dag.tasks:
        assert task.retries == 2, task.task_id
        assert task.retry_delay == timedelta(minutes=5), task.task_id
        assert task.retry_exponential_backoff, task.task_id
        assert task.max_retry_delay == timedelta(minutes=30), task.task_id
        assert task.execution_timeout == timedelta(hours=4), task.task_id
        assert task.on_failure_callback == [callback], task.task_id
    for task in scheduler_dag.tasks:
        assert task.retries == 2, task.task_id
        assert task.retry_delay == timedelta(minutes=5), task.task_id
        assert task.has_on_failure_callback, task.task_id
    # Only the tasks report: a DAG-level callback would report the failed task a second time
    # (test_dag_runs.py runs a failing stage and counts the reports).
    assert not dag.on_failure_callback
    assert not scheduler_dag.has_on_failure_callback


def test_one_run_at_a_time_no_catch_up_and_model_waits_for_the_previous_day(dag, scheduler_dag):
    for graph in (dag, scheduler_dag):
        assert graph.dag_id == DAG_ID
        assert graph.max_active_runs == 1
        assert graph.catchup is False
        assert [t.task_id for t in graph.tasks if t.depends_on_past] == ["model"]
    assert dag.start_date.tzinfo is not None


def test_the_run_of_a_business_date_starts_once_that_day_is_over(scheduler_dag):
    from airflow.timetables.interval import CronDataIntervalTimetable

    assert isinstance(scheduler_dag.timetable, CronDataIntervalTimetable)
    info = next_scheduled_run_info(scheduler_dag, RUN_DATE)
    assert info.data_interval.start == day(RUN_DATE)
    assert info.data_interval.end == day("2016-10-22")
    assert info.run_after == day("2016-10-22")


def test_the_sensor_waits_in_reschedule_mode_on_the_lake_connection(dag):
    sensor = dag.get_task("wait_for_input")
    assert sensor.webhdfs_conn_id == "webhdfs_lake"
    assert sensor.mode == "reschedule"
    assert sensor.poke_interval == 300
    assert sensor.timeout == 12 * 60 * 60


def test_the_spark_tasks_submit_the_cli_on_the_yarn_connection(dag):
    for task_id in SPARK_TASKS:
        task = dag.get_task(task_id)
        assert task._conn_id == "spark_yarn", task_id
        assert task._java_class == "com.banksegment.cli.SegmentCli", task_id
        # spark-submit waits for the YARN application (the provider's durable default refuses
        # cluster mode without the ResourceManager's REST tracking: test_dag_runs.py runs them).
        assert task.durable is False, task_id


# Structural checks Airflow cannot make.

def test_the_documentation_explains_every_task(dag):
    for task_id in ORDER:
        assert f"**{task_id}**" in dag.doc_md


def test_the_sensor_watches_the_landing_zone_of_the_data_contract(dag):
    assert "raw/transactions/run_date=D/" in (ROOT / "docs/data-contract.md").read_text()
    assert "/raw/transactions/run_date={{ ds }}/" in dag.get_task("wait_for_input").filepath


def test_the_source_is_a_param_passed_to_ingest_only_and_declared_by_the_suite(dag):
    assert dag.params["source"] == "bank-transactions"
    assert dag.get_task("ingest").application_args[-2:] == ["--source", "{{ params.source }}"]
    for task_id in ["features", "decide", "model", "score", "publish"]:
        assert "--source" not in dag.get_task(task_id).application_args, task_id
    reference = (ROOT / "config/src/main/resources/reference.conf").read_text()
    assert "    bank-transactions {" in reference and "    online-retail {" in reference
