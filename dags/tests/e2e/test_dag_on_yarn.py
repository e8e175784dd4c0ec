"""End to end: Airflow 3.3 runs the DAG on a real HDFS and a real YARN (in-process MiniDFSCluster
and MiniYARNCluster), with pyspark's real spark-submit submitting the suite's application jar.

Started by integration-tests' DagOnYarnIT, which starts the clusters, lands the days' files with
their `_SUCCESS` markers, puts the application jar where the DAG's `app_jar` param points
(hdfs:///bank/segmentation/app/segment-app.jar), and gives this process:

  AIRFLOW_CONN_WEBHDFS_LAKE  the MiniDFSCluster NameNode's WebHDFS (its HTTP port)
  AIRFLOW_CONN_SPARK_YARN    host yarn, deploy-mode cluster, queue default
  HADOOP_CONF_DIR            core-site.xml and yarn-site.xml of the mini clusters
  JAVA_HOME                  the JDK the containers run on
  PATH                       dags/.venv/bin first (spark-submit, and the python it finds SPARK_HOME with)
  DAG_E2E=1                  without it this module is skipped (the plain DAG tests)

The tests run in file order and build on each other (one lake): the newest date, then a backfill
of an earlier one (the same 20,000 rows, landed for the day before), a manual run of that earlier
date, and a failing date. DagOnYarnIT then checks
the YARN applications and the published tables on HDFS. The only test-specific settings are a
properties file (the `spark_properties_file` param, given as the runs' conf) derived from
deploy/conf/spark-defaults.conf with a mini cluster's sizing, and the retry delay (1 s; for the
failing date also 1 retry instead of 2).
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from datetime import timedelta
from pathlib import Path

import pytest

if os.environ.get("DAG_E2E") != "1":
    pytest.skip("end to end on MiniDFSCluster/MiniYARNCluster: run by integration-tests' DagOnYarnIT "
                "(dags/README.md, 'Running them alone')", allow_module_level=True)

from airflow_runs import create_backfill, manual_run, run_queued, task_states, try_numbers  # noqa: E402
from conftest import DAG_FILE, DAG_ID, ROOT  # noqa: E402

NEWEST, EARLIER, BAD = "2016-10-21", "2016-10-20", "2016-10-22"
LAKE = "/bank/segmentation/lake"
POINTER = f"{LAKE}/published/_LATEST"
STAGES = ["ingest", "features", "decide", "model_or_score", "model"]
ALL_TASKS = ["wait_for_input", *STAGES, "latest_only", "publish_guard", "publish"]

# A mini cluster's sizing instead of the file's (as PipelineOnYarnIT): a 1 GB driver in the
# ApplicationMaster, one executor of 1 GB and 2 cores; Spark's jars from this disk (the NodeManager
# runs here: no upload of pyspark's 456 MB per submit, the test's stand-in for spark.yarn.archive);
# no event log; a shorter k sweep through a system property (a layer of the suite's settings).
MINI_CLUSTER = {
    "spark.driver.memory": "1g",
    "spark.driver.cores": "1",
    "spark.executor.memory": "1g",
    "spark.executor.cores": "2",
    "spark.executor.memoryOverhead": "384m",
    "spark.dynamicAllocation.minExecutors": "1",
    "spark.dynamicAllocation.initialExecutors": "1",
    "spark.dynamicAllocation.maxExecutors": "1",
    "spark.sql.shuffle.partitions": "4",
    "spark.eventLog.enabled": "false",
    "spark.ui.enabled": "false",
    "spark.yarn.report.interval": "2s",
    "spark.driver.extraJavaOptions": "-Dsegment.modeling.k-max=6",
}


def pyspark_home() -> Path:
    import pyspark

    return Path(pyspark.__file__).parent


@pytest.fixture(scope="module")
def conf(tmp_path_factory):
    """The runs' conf: the DAG's spark_properties_file param pointed at the test's properties file."""
    java_home = os.environ["JAVA_HOME"]
    settings = {
        **MINI_CLUSTER,
        "spark.yarn.jars": f"local:{pyspark_home()}/jars/*",
        "spark.yarn.appMasterEnv.JAVA_HOME": java_home,
        "spark.executorEnv.JAVA_HOME": java_home,
    }
    lines = [f"# deploy/conf/spark-defaults.conf with a mini cluster's sizing ({__name__})"]
    for line in (ROOT / "deploy/conf/spark-defaults.conf").read_text().splitlines():
        key = line.split(maxsplit=1)[0] if line.strip() and not line.startswith("#") else None
        if key not in settings:
            lines.append(line)
    lines += [f"{key} {value}" for key, value in settings.items()]
    properties = tmp_path_factory.mktemp("spark-conf") / "spark-defaults.conf"
    properties.write_text("\n".join(lines) + "\n")
    return {"spark_properties_file": str(properties)}


@pytest.fixture(scope="module")
def environment():
    for name in ("AIRFLOW_CONN_WEBHDFS_LAKE", "AIRFLOW_CONN_SPARK_YARN", "HADOOP_CONF_DIR", "JAVA_HOME"):
        assert os.environ.get(name), f"{name} is not set (DagOnYarnIT sets it)"
    # The provider runs `spark-submit` from the PATH: pyspark's, whose launcher finds its Spark
    # home with the first python3 on the PATH, or SPARK_HOME.
    os.environ["SPARK_HOME"] = str(pyspark_home())
    assert shutil.which("spark-submit") == str(Path(sys.executable).parent / "spark-submit"), os.environ["PATH"]


@pytest.fixture()
def dag(dag_bag, environment):
    """The DAG file parsed again for each test, a failed try retried after 1 s instead of 5 minutes
    (the failing date also cuts the retries to 1; the backfill's runs keep the file's 2, as
    `airflow backfill create` takes them from the DAG in the database)."""
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(DAG_FILE))
    assert bag.import_errors == {}, bag.import_errors
    dag = bag.dags[DAG_ID]
    for task in dag.tasks:
        task.retry_delay = timedelta(seconds=1)
        task.retry_exponential_backoff = False
    return dag


def latest() -> str:
    """published/_LATEST over WebHDFS, as the guard reads it."""
    from airflow.providers.apache.hdfs.hooks.webhdfs import WebHDFSHook

    return WebHDFSHook(webhdfs_conn_id="webhdfs_lake").read_file(POINTER).decode().strip()


def test_the_newest_date_runs_every_stage_on_yarn_and_publishes(dag, conf):
    run = manual_run(dag, NEWEST, conf=conf)

    # Nothing is served yet: decide chooses a refit, the branch skips score.
    assert task_states(run) == {**{task: "success" for task in ALL_TASKS}, "score": "skipped"}
    assert run.state == "success"
    assert latest() == NEWEST


def test_a_backfill_of_an_earlier_date_recomputes_it_and_latest_only_keeps_readers_on_the_newest(dag, conf):
    from airflow.utils.types import DagRunType

    (run,) = run_queued(dag, create_backfill(DAG_ID, EARLIER, EARLIER, conf=conf))

    states = task_states(run)
    assert run.run_type == DagRunType.BACKFILL_JOB
    assert run.logical_date.date().isoformat() == EARLIER
    # The served model (of the later NEWEST) is refitted for an earlier date: model runs, not score.
    assert [states[t] for t in ["wait_for_input", *STAGES, "latest_only"]] == ["success"] * 7, states
    assert states["score"] == "skipped", states
    assert states["publish_guard"] == "skipped" and states["publish"] == "skipped", states
    assert run.state == "success"
    assert latest() == NEWEST


def test_a_manual_run_of_the_earlier_date_does_not_move_readers_back(dag, conf):
    # `airflow dags trigger` of the earlier date: latest_only lets a manual run through, the guard
    # reads _LATEST from the NameNode and skips publish. Its stages' output is there from the
    # backfill, so they are marked done instead of running again (a publish would succeed).
    # (dag.test() replaces the backfill's DagRun: it deletes any run of its logical date.)
    # model_or_score runs: it reads the backfill's decision (refit) from the NameNode.
    run = manual_run(dag, EARLIER, conf=conf, mark_success_pattern="wait_for_input|ingest|features|decide|model")

    states = task_states(run)
    assert states["latest_only"] == "success"
    assert states["publish_guard"] == "success"
    assert states["publish"] == "skipped"
    assert run.state == "success"
    assert latest() == NEWEST


def test_a_date_with_bad_input_fails_after_its_retry_reports_once_and_leaves_readers_alone(
        dag, conf, caplog, capfd):
    for task in dag.tasks:
        task.retries = 1

    with caplog.at_level(logging.INFO):
        run = manual_run(dag, BAD, conf=conf)
    # The task log as the worker prints it (the Spark provider logs through structlog, which
    # caplog does not see); passed on to this process's output, where DagOnYarnIT keeps it.
    out, err = capfd.readouterr()
    sys.stdout.write(out)
    sys.stderr.write(err)

    states = task_states(run)
    assert run.state == "failed"
    assert states["wait_for_input"] == "success"
    assert states["ingest"] == "failed"
    assert try_numbers(run)["ingest"] == 2
    assert [states[t] for t in ["features", "decide", "model_or_score", "model", "score", "latest_only",
                                "publish_guard", "publish"]] == ["upstream_failed"] * 8
    # spark-submit printed YARN's diagnostics into the task log: the CLI's one-line reason, each try.
    reasons = [line for line in (out + err).splitlines() if "diagnostics:" in line and "segment ingest: error:" in line]
    assert len(reasons) >= 2 and all("header" in line for line in reasons), reasons
    # The failure callback (the DAG module's logger): once, for the last try.
    reports = [r.getMessage() for r in caplog.records if r.getMessage().startswith("bank segmentation: ")]
    assert len(reports) == 1, reports
    assert reports[0].startswith(f"bank segmentation: ingest failed for run date {BAD} (try 2). ")
    assert latest() == NEWEST
