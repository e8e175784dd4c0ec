"""Airflow DAG: the bank customer segmentation pipeline on YARN, one Spark application a stage.

Airflow 3.3+ (the airflow.sdk authoring API), with the providers apache-airflow-providers-apache-spark
6.x, -apache-hdfs 4.x and -standard (dags/requirements.txt pins the tested set). The stage order and
each stage's options are those of `segment stages --json` (the Java enum
com.banksegment.cli.PipelineStage); the tests in tests/ load this file with Airflow and check it
against them and against the built application jar.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone

from airflow.providers.apache.hdfs.sensors.web_hdfs import WebHdfsSensor
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator
from airflow.providers.standard.operators.latest_only import LatestOnlyOperator
from airflow.sdk import DAG, CronDataIntervalTimetable

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

# The stages in pipeline order: the `segment` subcommand each task runs.
STAGES = ("ingest", "features", "model", "publish")

log = logging.getLogger(__name__)


def on_stage_failure(context):
    """Failure hook point: every failed task (after its last retry) comes here.

    It logs where to look; plug the bank's alerting (e-mail, pager, chat webhook) in here so that
    every stage reports the same way.
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
4. **model**: scaling, PCA, k sweep, K-means, Naive Bayes, the model bundle and the BI tables.
5. **latest_only** then **publish**: validates the run and moves `published/_LATEST` (what the
   UI and BI read) to this date. Only the newest run publishes: a backfill of older dates
   recomputes their tables without moving readers back in time.

Every Spark task runs `segment <stage> --run-date {{ ds }} --profile yarn --lake <lake>` from the
application jar, with the cluster's sizing from `spark-defaults.conf` (properties file) and the
YARN queue of the `spark_yarn` connection. A stage replaces exactly its run date's output,
atomically, so a retry or a re-run is safe. Retries: 2, five minutes apart. One run at a time
(`max_active_runs=1`), no catch-up by default; a backfill runs date by date in date order.
The schedule is a daily data interval: the run for business date D starts once D is over
(at midnight UTC after D), and `{{ ds }}` is D.
The model task waits for the previous day's model (`depends_on_past`): K-means names stay
stable by matching the previous run's centroids.

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
    default_args=default_args,
    on_failure_callback=on_stage_failure,
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
    model = stage_task("model", depends_on_past=True)
    latest_only = LatestOnlyOperator(task_id="latest_only")
    publish = stage_task("publish")

    wait_for_input >> ingest >> features >> model >> latest_only >> publish
