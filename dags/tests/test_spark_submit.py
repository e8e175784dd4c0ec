"""The spark-submit command line of each stage, built by the Spark provider's own hook from the
rendered task and the `spark_yarn` connection (given as AIRFLOW_CONN_SPARK_YARN, as a deployment
may), checked against the CLI's own description of its stages: `segment stages --json`, run from
the built application jar on pyspark's Spark 4.2 jars.

Environment (dags/pom.xml sets them; the defaults fit a checkout after the Maven build):
  SEGMENT_APP_JAR       the application jar (default deploy/target/segment-app.jar)
  SPARK_JVM_FLAGS       the JVM flags Spark needs on Java 17 (default: the root pom's spark.jvm.flags)
  SEGMENT_ENTRY_POINTS  where to keep what `segment stages --json` printed (dags/target/entry-points.json)
"""

from __future__ import annotations

import inspect
import json
import os
import re
import shlex
import subprocess
import zipfile
from pathlib import Path

import pytest

from conftest import DAGS_DIR, ROOT, RUN_DATE

APP_JAR = Path(os.environ.get("SEGMENT_APP_JAR", ROOT / "deploy/target/segment-app.jar"))
ENTRY_POINTS_FILE = Path(os.environ.get("SEGMENT_ENTRY_POINTS", DAGS_DIR / "target/entry-points.json"))
SPARK_YARN = {"conn_type": "spark", "host": "yarn", "extra": {"deploy-mode": "cluster", "queue": "segmentation"}}


def spark_jvm_flags() -> list[str]:
    flags = os.environ.get("SPARK_JVM_FLAGS")
    if flags is None:
        match = re.search(r"<spark\.jvm\.flags>(.*?)</spark\.jvm\.flags>", (ROOT / "pom.xml").read_text(), re.S)
        assert match, "spark.jvm.flags not found in the root pom.xml"
        flags = match.group(1)
    return shlex.split(flags)


@pytest.fixture(scope="module")
def stages():
    """`segment stages --json` from the application jar, on pyspark's Spark class path."""
    import pyspark

    if not APP_JAR.is_file():
        pytest.fail(f"application jar not found: {APP_JAR}. The Maven reactor builds it before dags; "
                    f"alone: ./mvnw -B -pl deploy -am package -DskipTests", pytrace=False)
    spark_jars = Path(pyspark.__file__).parent / "jars"
    command = ["java", *spark_jvm_flags(), "-cp", f"{APP_JAR}:{spark_jars}/*",
               "com.banksegment.cli.SegmentCli", "stages", "--json"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        pytest.fail(f"segment stages --json failed ({result.returncode}): {result.stderr[-2000:]}", pytrace=False)
    ENTRY_POINTS_FILE.parent.mkdir(parents=True, exist_ok=True)
    ENTRY_POINTS_FILE.write_text(result.stdout)
    return json.loads(result.stdout)["stages"]


@pytest.fixture()
def spark_yarn_connection(monkeypatch):
    monkeypatch.setenv("AIRFLOW_CONN_SPARK_YARN", json.dumps(SPARK_YARN))


def spark_tasks_in_order(dag):
    from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

    return [t.task_id for t in dag.topological_sort() if isinstance(t, SparkSubmitOperator)]


def test_the_spark_tasks_are_the_cli_stages_in_their_order(dag, stages):
    assert spark_tasks_in_order(dag) == [s["stage"] for s in stages]
    dag_module = inspect.getmodule(dag.get_task("ingest").on_failure_callback[0])
    assert list(dag_module.STAGES) == [s["stage"] for s in stages]


def test_each_stage_is_submitted_to_yarn_in_cluster_mode_with_the_cli_arguments(
        rendered, stages, spark_yarn_connection):
    for stage in stages:
        task, _ = rendered[stage["stage"]]
        hook = task._get_hook()
        assert hook._build_spark_submit_command(task.application) == [
            "spark-submit",
            "--master", "yarn",
            "--properties-file", "/opt/bank-segmentation/conf/spark-defaults.conf",
            "--name", f"bank-segmentation-{stage['stage']}-{RUN_DATE}",
            "--class", stage["mainClass"],
            "--queue", "segmentation",
            "--deploy-mode", "cluster",
            "hdfs:///bank/segmentation/app/segment-app.jar",
            stage["stage"], "--run-date", RUN_DATE, "--profile", "yarn", "--lake", "hdfs:///bank/segmentation/lake",
            *(["--source", "bank-transactions"] if stage["stage"] == "ingest" else []),
        ], stage["stage"]


def test_every_argument_is_an_option_the_stage_accepts_and_the_required_ones_are_given(rendered, stages):
    for stage in stages:
        task, _ = rendered[stage["stage"]]
        args = task.application_args
        assert args[0] == stage["stage"]
        assert len(args[1:]) % 2 == 0, f"{stage['stage']}: every option takes one value"
        options = args[1::2]
        for option in options:
            assert option in stage["options"], f"{stage['stage']} does not accept {option}"
        for required in stage["required"]:
            assert required in options, f"{stage['stage']} needs {required}"


# Structural: Airflow does not look inside the jar.

def test_the_main_class_is_in_the_application_jar_and_is_its_main_class(dag, stages):
    with zipfile.ZipFile(APP_JAR) as jar:
        names = set(jar.namelist())
        manifest = jar.read("META-INF/MANIFEST.MF").decode()
    for stage in stages:
        assert dag.get_task(stage["stage"])._java_class == stage["mainClass"]
        assert stage["mainClass"].replace(".", "/") + ".class" in names
    assert "Main-Class: com.banksegment.cli.SegmentCli" in manifest
