"""Airflow DAG: the bank customer segmentation pipeline on YARN, one Spark application a stage.

Airflow 3.3+ (the airflow.sdk authoring API), with the providers apache-airflow-providers-apache-spark
6.x, -apache-hdfs 4.x and -standard (dags/requirements.txt pins the tested set). The stage order and
each stage's options are those of `segment stages --json` (the Java enum
com.banksegment.cli.PipelineStage); the tests in tests/ load this file with Airflow and check it
against them and against the built application jar.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta, timezone

from airflow.providers.apache.hdfs.hooks.webhdfs import WebHDFSHook
from airflow.providers.apache.hdfs.sensors.web_hdfs import WebHdfsSensor
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator
from airflow.providers.standard.operators.latest_only import LatestOnlyOperator
from airflow.providers.standard.operators.python import BranchPythonOperator, ShortCircuitOperator
from airflow.sdk import DAG, CronDataIntervalTimetable, Param

DAG_ID = "bank_customer_segmentation"

# Connections (Admin > Connections), created once per Airflow deployment (docs/runbook.md):
#   spark_yarn     type spark, host "yarn", extra {"deploy-mode": "cluster", "queue": "<YARN queue>"};
#                  the worker needs spark-submit on the PATH and HADOOP_CONF_DIR for the cluster.
#                  The queue is the connection's (spark-submit --queue); without one, the
#                  properties file's spark.yarn.queue applies.
#   webhdfs_lake   type webhdfs, host the NameNode(s), port its HTTP(S) port, login the HDFS user
SPARK_CONN_ID = "spark_yarn"
WEBHDFS_CONN_ID = "webhdfs_lake"

# The one application jar (deploy module), uploaded to HDFS by the release (docs/runbook.md).
MAIN_CLASS = "com.banksegment.cli.SegmentCli"

# The stages in pipeline order: the `segment` subcommand each task runs. `decide` applies the refit
# policy (the Java RefitPolicy: the one place it is decided) and writes its answer to the lake;
# `model_or_score` branches on it, so exactly one of `model` (refit) and `score` (score-only) runs.
STAGES = ("ingest", "features", "decide", "model", "score", "publish")
REFIT_OR_SCORE = ("model", "score")

log = logging.getLogger(__name__)


def on_stage_failure(context):
    """Failure hook point: every failed task (after its last retry) comes here, once.

    It is set on every task (default_args) and deliberately not on the DAG as well: a DAG-level
    failure callback would report the same failed task a second time when the run fails. It logs
    where to look; plug the bank's alerting (e-mail, pager, chat webhook) in here so that every
    stage reports the same way.
    """
    ti = context.get("task_instance")
    run_date = context.get("ds")
    params = context.get("params") or {}
    lake = params.get("lake_path", "")
    log.error(
        "bank segmentation: %s failed for run date %s (try %s). Look at: the task log%s; "
        "quarantine %s/quarantine/transactions/run_date=%s; reports %s/reports/*/run_date=%s. "
        "Readers still see the last published run (published/_LATEST is untouched).",
        getattr(ti, "task_id", "?"), run_date, getattr(ti, "try_number", "?"),
        f" ({ti.log_url})" if getattr(ti, "log_url", None) else "", lake, run_date, lake, run_date,
    )


def publish_keeps_readers_on_the_newest_date(ds, params, **_):
    """publish_guard: True lets `publish` run; False skips it.

    Reads `published/_LATEST` over WebHDFS (the `webhdfs_lake` connection). `publish` points readers
    at this run's date whatever date they see now, so it must not run when they already see a
    later date (a manual trigger of an old date would move the UI and BI back in time), unless the
    run asks for it with the param `rollback` (docs/runbook.md, "Rolling back a model").
    A missing pointer (first run) or an unreadable one lets publish run and write a good one, as the
    model stage does.
    """
    from hdfs import HdfsError

    pointer = f"{params['lake_path']}/published/_LATEST"
    client = WebHDFSHook(webhdfs_conn_id=WEBHDFS_CONN_ID).get_conn()
    try:
        with client.read(pointer, encoding="utf-8") as reader:
            current = reader.read().strip()
    except HdfsError as error:
        if getattr(error, "exception", None) != "FileNotFoundException":
            raise
        log.info("publish_guard: %s does not exist yet: publish %s", pointer, ds)
        return True
    try:
        published = date.fromisoformat(current)
    except ValueError:
        log.warning("publish_guard: %s holds %r, not a date: publish %s replaces it", pointer, current[:40], ds)
        return True
    if published <= date.fromisoformat(ds):
        log.info("publish_guard: readers see %s, not later than %s: publish", published, ds)
        return True
    if params.get("rollback"):
        log.warning("publish_guard: rollback requested: readers move back from %s to %s", published, ds)
        return True
    log.warning("publish_guard: readers already see %s, later than %s: publish skipped "
                "(trigger with {\"rollback\": true} to move them back on purpose)", published, ds)
    return False


def model_or_score(ds, params, **_):
    """model_or_score: the task id to run next, `model` or `score`, as `segment decide` decided.

    Reads `reports/decide/run_date=<ds>/decision.json` over WebHDFS (written by the decide stage in
    the cluster: a cluster-mode driver's output does not come back to spark-submit). The policy
    itself is the Java stage's; this only follows it, and fails rather than guess when the decision
    is missing or names another stage.
    """
    import json

    path = f"{params['lake_path']}/reports/decide/run_date={ds}/decision.json"
    client = WebHDFSHook(webhdfs_conn_id=WEBHDFS_CONN_ID).get_conn()
    with client.read(path, encoding="utf-8") as reader:
        decision = json.loads(reader.read())
    stage = decision.get("stage")
    if stage not in REFIT_OR_SCORE:
        raise ValueError(f"model_or_score: {path} names stage {stage!r}: expected one of {REFIT_OR_SCORE}")
    log.info("model_or_score: %s for %s: %s", stage, ds, decision.get("reason"))
    return stage


DOC_MD = """
### Bank customer segmentation

Turns one business day of raw transactions into customer segments, on YARN against HDFS.

1. **wait_for_input**: waits (in reschedule mode, freeing the worker slot) for the day's landing
   folder to be complete: `<lake>/raw/transactions/run_date={{ ds }}/_SUCCESS`, written by the
   upstream transfer after its last CSV file.
2. **ingest**: raw CSV to clean Parquet; rejected rows go to `quarantine/` with a reason code.
   The files' layout is the `source` param (`--source`, default `bank-transactions`; declared
   sources: `docs/sources.md`).
3. **features**: one row per customer (RFM, age, balance, gender), RFM segments, EDA report.
4. **decide**: measures the day's customers against the served model (drift per input, the
   model's age) and applies the refit policy of `segment.drift` (docs/runbook.md, "Refit or
   score"), writing its decision to `reports/decide/run_date={{ ds }}/decision.json`.
5. **model_or_score**: reads that decision over WebHDFS and runs one of the next two.
6. **model** (refit): scaling, PCA, k sweep, K-means, Naive Bayes, the model bundle and the BI tables.
7. **score** (score-only): assigns the day's customers with the served model and writes the same
   BI tables, no refit.
8. **latest_only**: only the newest scheduled run goes on to publish: a backfill of older dates
   recomputes their tables without moving readers back in time (a manual run always goes on).
9. **publish_guard**: reads `published/_LATEST` over WebHDFS and skips publish when readers
   already see a later date (a manual trigger of an old date), unless the run's param
   `rollback` is true (a deliberate rollback, docs/runbook.md).
10. **publish**: validates the run and moves `published/_LATEST` (what the UI and BI read) to
   this date.

Every Spark task runs `segment <stage> --run-date {{ ds }} --profile yarn --lake <lake>` from the
application jar, with the cluster's sizing from `spark-defaults.conf` (properties file) and the
YARN queue of the `spark_yarn` connection. A stage replaces exactly its run date's output,
atomically, so a retry or a re-run is safe. Retries: 2, five minutes apart; a task that fails
its last try reports once through `on_stage_failure`. One run at a time
(`max_active_runs=1`), no catch-up by default; a backfill runs date by date in date order.
The schedule is a daily data interval: the run for business date D starts once D is over
(at midnight UTC after D), and `{{ ds }}` is D.
The model task waits for the previous day's model (`depends_on_past`; a day that scored instead
skipped it, which counts as done): K-means names stay stable by matching the previous run's centroids.

On failure: see `docs/runbook.md` ("When a stage fails"): the task log, then the quarantine and
the reports of that run date.
"""

default_args = {
    "owner": "data-platform",
    "retries": 2,
    "retry_delay": timedelta(minutes=5),
    "retry_exponential_backoff": True,
    "max_retry_delay": timedelta(minutes=30),
    "execution_timeout": timedelta(hours=4),
    "on_failure_callback": on_stage_failure,
}

with DAG(
    dag_id=DAG_ID,
    description="Raw transactions to published customer segments (Spark on YARN, HDFS lake)",
    doc_md=DOC_MD,
    # A data-interval schedule: the run for business date D ({{ ds }}) starts once D is over.
    # Airflow 3 turns a plain "@daily" into a CronTriggerTimetable, whose run for D starts at the
    # beginning of D, before D's transactions have landed.
    schedule=CronDataIntervalTimetable("@daily", timezone="UTC"),
    start_date=datetime(2016, 8, 1, tzinfo=timezone.utc),
    catchup=False,
    max_active_runs=1,
    # The failure callback is the tasks' (default_args) only: one report per failed stage.
    default_args=default_args,
    tags=["bank", "segmentation", "spark"],
    params={
        # The lake's absolute HDFS path (the NameNode comes from the cluster's configuration).
        "lake_path": "/bank/segmentation/lake",
        # The release's application jar on HDFS (docs/runbook.md, "Deploying a new version").
        "app_jar": "hdfs:///bank/segmentation/app/segment-app.jar",
        # The cluster's Spark sizing (deploy/conf/spark-defaults.conf) on the Airflow worker.
        "spark_properties_file": "/opt/bank-segmentation/conf/spark-defaults.conf",
        # The marker the upstream transfer writes once the day's files are complete.
        "input_marker": "_SUCCESS",
        # true: publish even when readers already see a later date (a deliberate rollback).
        "rollback": Param(False, type="boolean",
                          description="Publish this date even if published/_LATEST names a later one"),
        # The declared source the day's files are written in (segment.sources, docs/sources.md):
        # bank-transactions, online-retail or one the deployment declares. Passed to ingest only.
        "source": "bank-transactions",
    },
) as dag:
    wait_for_input = WebHdfsSensor(
        task_id="wait_for_input",
        webhdfs_conn_id=WEBHDFS_CONN_ID,
        filepath="{{ params.lake_path }}/raw/transactions/run_date={{ ds }}/{{ params.input_marker }}",
        mode="reschedule",
        poke_interval=300,
        timeout=12 * 60 * 60,
    )

    def stage_task(stage, extra_args=(), **kwargs):
        """One stage as a spark-submit of the application jar on the YARN connection."""
        return SparkSubmitOperator(
            task_id=stage,
            conn_id=SPARK_CONN_ID,
            application="{{ params.app_jar }}",
            java_class=MAIN_CLASS,
            name=f"bank-segmentation-{stage}-{{{{ ds }}}}",
            properties_file="{{ params.spark_properties_file }}",
            # spark-submit waits for the application and its exit code is the application's final
            # status; a retry submits again (a stage replaces its run date atomically). The
            # provider's default on Airflow 3.3, durable=True, refuses YARN cluster mode unless the
            # application is tracked through the ResourceManager's REST API instead
            # (yarn_track_via_rm_api, with the RM web address in the connection): found by the
            # first real run (tests/test_dag_runs.py, dags/README.md).
            durable=False,
            application_args=[
                stage,
                "--run-date", "{{ ds }}",
                "--profile", "yarn",
                "--lake", "hdfs://{{ params.lake_path }}",
                *extra_args,
            ],
            **kwargs,
        )

    ingest = stage_task("ingest", extra_args=("--source", "{{ params.source }}"))
    features = stage_task("features")
    decide = stage_task("decide")
    branch = BranchPythonOperator(task_id="model_or_score", python_callable=model_or_score)
    model = stage_task("model", depends_on_past=True)
    score = stage_task("score")
    # One of model and score is skipped by the branch: latest_only goes on after the other.
    latest_only = LatestOnlyOperator(task_id="latest_only", trigger_rule="none_failed_min_one_success")
    publish_guard = ShortCircuitOperator(
        task_id="publish_guard",
        python_callable=publish_keeps_readers_on_the_newest_date,
    )
    publish = stage_task("publish")

    wait_for_input >> ingest >> features >> decide >> branch >> [model, score]
    [model, score] >> latest_only >> publish_guard >> publish
