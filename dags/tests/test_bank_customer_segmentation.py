"""Tests of the Airflow DAG without Airflow (it cannot be installed on the build machines).

What is tested: the DAG file executed against recording stand-ins (tests/airflow_stand_ins.py,
NOT Airflow) as both Airflow 2.9 and Airflow 3 lay out their modules; the task graph; that each
Spark task's main class is in the built application jar; that each task's arguments are accepted
by the CLI as `segment stages --json` (run from that jar) describes it, in the stage order of
com.banksegment.cli.PipelineStage; the templates (only `{{ ds }}` and declared params, only in
fields Airflow renders) and the rendered values; retries, connection ids, one run at a time,
no catch-up; the failure callback. When Airflow is importable, the DAG is also loaded by DagBag.
What is not tested: Airflow's scheduler, the real providers' code paths and a live cluster.

Environment (the Maven module dags/pom.xml sets them; defaults fit a checkout after a build):
  SEGMENT_APP_JAR       the application jar (deploy/target/segment-app.jar)
  SPARK_CLASSPATH_FILE  Spark's class path for running the jar (deploy/target/spark-classpath.txt)
  SEGMENT_ENTRY_POINTS  where to write what `segment stages --json` printed (dags/target/...)
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import re
import subprocess
import sys
import unittest
import zipfile
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
DAGS_DIR = HERE.parent
ROOT = DAGS_DIR.parent
sys.path.insert(0, str(HERE))

import airflow_stand_ins  # noqa: E402

DAG_FILE = DAGS_DIR / "bank_customer_segmentation.py"
APP_JAR = Path(os.environ.get("SEGMENT_APP_JAR", ROOT / "deploy/target/segment-app.jar"))
SPARK_CLASSPATH_FILE = Path(os.environ.get("SPARK_CLASSPATH_FILE", ROOT / "deploy/target/spark-classpath.txt"))
ENTRY_POINTS_FILE = Path(os.environ.get("SEGMENT_ENTRY_POINTS", DAGS_DIR / "target/entry-points.json"))
RUN_DATE = "2016-10-21"
SPARK_TASKS = ("ingest", "features", "model", "publish")


def load_dag(airflow_major):
    """Executes the DAG file against the stand-ins; returns the module and its one DAG."""
    installed = airflow_stand_ins.install(airflow_major)
    try:
        spec = importlib.util.spec_from_file_location(f"dag_under_test_{airflow_major}", DAG_FILE)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        airflow_stand_ins.uninstall(installed)
    dags = [v for v in vars(module).values() if isinstance(v, airflow_stand_ins.DAG)]
    assert len(dags) == 1, f"expected one DAG in {DAG_FILE.name}, found {len(dags)}"
    return module, dags[0]


def entry_points():
    """`segment stages --json`, run from the application jar on Spark's class path."""
    for path, what in ((APP_JAR, "application jar"), (SPARK_CLASSPATH_FILE, "Spark class path file")):
        if not path.is_file():
            raise AssertionError(f"{what} not found: {path} (build it first: ./mvnw -pl deploy -am package)")
    class_path = f"{APP_JAR}:{SPARK_CLASSPATH_FILE.read_text().strip()}"
    result = subprocess.run(["java", "-cp", class_path, "com.banksegment.cli.SegmentCli", "stages", "--json"],
                            capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise AssertionError(f"segment stages --json failed ({result.returncode}): {result.stderr[-2000:]}")
    ENTRY_POINTS_FILE.parent.mkdir(parents=True, exist_ok=True)
    ENTRY_POINTS_FILE.write_text(result.stdout)
    return json.loads(result.stdout)["stages"]


TEMPLATE = re.compile(r"{{(.*?)}}")


def render(value, dag):
    """Renders the only expressions the DAG may use: {{ ds }} and {{ params.<declared> }}."""
    if isinstance(value, str):
        def substitute(match):
            expression = match.group(1).strip()
            if expression == "ds":
                return RUN_DATE
            if expression.startswith("params.") and expression[len("params."):] in dag.params:
                return str(dag.params[expression[len("params."):]])
            raise AssertionError(f"unexpected template expression {{{{ {expression} }}}} in {value!r}")
        return TEMPLATE.sub(substitute, value)
    if isinstance(value, list):
        return [render(v, dag) for v in value]
    if isinstance(value, dict):
        return {k: render(v, dag) for k, v in value.items()}
    return value


class DagStructureTest(unittest.TestCase):
    """The DAG as Airflow 3 would build it; the Airflow 2.9 layout is checked to give the same."""

    @classmethod
    def setUpClass(cls):
        cls.module, cls.dag = load_dag(3)

    def test_identity_schedule_and_run_policy(self):
        self.assertEqual(self.dag.dag_id, "bank_customer_segmentation")
        self.assertEqual(self.dag.schedule, "@daily")
        self.assertIs(self.dag.catchup, False)
        self.assertEqual(self.dag.max_active_runs, 1)
        self.assertIsNotNone(self.dag.start_date.tzinfo, "start_date must be timezone-aware")

    def test_doc_md_explains_every_task(self):
        for task_id in self.dag.tasks:
            self.assertIn(f"**{task_id}**", self.dag.doc_md)

    def test_tasks_run_in_one_line_sensor_then_the_stages_with_publish_behind_latest_only(self):
        order = []
        roots = [t for t in self.dag.tasks.values() if not t.upstream]
        self.assertEqual([t.task_id for t in roots], ["wait_for_input"])
        task = roots[0]
        while task is not None:
            order.append(task.task_id)
            self.assertLessEqual(len(task.downstream), 1, f"{task.task_id} fans out")
            task = task.downstream[0] if task.downstream else None
        self.assertEqual(order, ["wait_for_input", "ingest", "features", "model", "latest_only", "publish"])
        self.assertEqual(len(order), len(self.dag.tasks))

    def test_sensor_waits_for_the_days_landing_marker_without_holding_a_worker(self):
        sensor = self.dag.tasks["wait_for_input"]
        self.assertEqual(type(sensor).__name__, "WebHdfsSensor")
        self.assertEqual(sensor.args["webhdfs_conn_id"], "webhdfs_lake")
        self.assertEqual(sensor.args["mode"], "reschedule")
        self.assertEqual(render(sensor.args["filepath"], self.dag),
                         f"/bank/segmentation/lake/raw/transactions/run_date={RUN_DATE}/_SUCCESS")
        # The landing zone as the data contract lays it out.
        contract = (ROOT / "docs/data-contract.md").read_text()
        self.assertIn("raw/transactions/run_date=D/", contract)

    def test_every_task_retries_at_least_twice_with_a_delay_and_reports_failure(self):
        for task in self.dag.tasks.values():
            self.assertGreaterEqual(task.args["retries"], 2, task.task_id)
            self.assertGreater(task.args["retry_delay"], timedelta(0), task.task_id)
            self.assertIs(task.args["on_failure_callback"], self.module.on_stage_failure, task.task_id)
        self.assertIs(self.dag.on_failure_callback, self.module.on_stage_failure)

    def test_spark_tasks_submit_the_jar_on_the_yarn_connection(self):
        for stage in SPARK_TASKS:
            task = self.dag.tasks[stage]
            self.assertEqual(type(task).__name__, "SparkSubmitOperator")
            self.assertEqual(task.args["conn_id"], "spark_yarn")
            self.assertEqual(render(task.args["application"], self.dag),
                             "hdfs:///bank/segmentation/app/segment-app.jar")
            self.assertEqual(render(task.args["conf"], self.dag), {"spark.yarn.queue": "default"})
            self.assertEqual(render(task.args["properties_file"], self.dag),
                             "/opt/bank-segmentation/conf/spark-defaults.conf")

    def test_rendered_arguments_carry_the_run_date_the_yarn_profile_and_the_lake(self):
        for stage in SPARK_TASKS:
            args = render(self.dag.tasks[stage].args["application_args"], self.dag)
            self.assertEqual(args, [stage, "--run-date", RUN_DATE, "--profile", "yarn",
                                    "--lake", "hdfs:///bank/segmentation/lake"])
            self.assertIn(f"-{RUN_DATE}", render(self.dag.tasks[stage].args["name"], self.dag))

    def test_templates_appear_only_in_fields_that_airflow_renders(self):
        for task in self.dag.tasks.values():
            for field, value in task.args.items():
                if "{{" in json.dumps(value, default=str):
                    self.assertIn(field, type(task).template_fields, f"{task.task_id}.{field} is not templated")
                    render(value, self.dag)  # only known expressions

    def test_backfill_runs_date_by_date_and_never_moves_readers_back(self):
        self.assertEqual(self.dag.max_active_runs, 1)
        self.assertIs(self.dag.tasks["model"].args.get("depends_on_past"), True)
        self.assertEqual([t.task_id for t in self.dag.tasks["publish"].upstream], ["latest_only"])
        self.assertEqual(type(self.dag.tasks["latest_only"]).__name__, "LatestOnlyOperator")

    def test_airflow_2_layout_builds_the_same_dag(self):
        _, dag2 = load_dag(2)
        self.assertEqual(list(dag2.tasks), list(self.dag.tasks))
        for task_id, task in self.dag.tasks.items():
            self.assertEqual(dag2.tasks[task_id].args.keys(), task.args.keys(), task_id)
            self.assertEqual([t.task_id for t in dag2.tasks[task_id].downstream],
                             [t.task_id for t in task.downstream])

    def test_failure_callback_names_the_task_the_date_and_where_to_look(self):
        class TaskInstance:
            task_id = "features"
            try_number = 3
            log_url = "http://airflow/log"

        context = {"task_instance": TaskInstance(), "ds": RUN_DATE, "params": self.dag.params}
        with self.assertLogs(self.module.log, logging.ERROR) as logs:
            self.module.on_stage_failure(context)
        message = logs.output[0]
        for expected in ("features failed for run date 2016-10-21", "try 3",
                         f"/bank/segmentation/lake/quarantine/transactions/run_date={RUN_DATE}"):
            self.assertIn(expected, message)


class DagMatchesTheCliTest(unittest.TestCase):
    """The DAG against the Java side: the built jar and the CLI's own description of its stages."""

    @classmethod
    def setUpClass(cls):
        cls.module, cls.dag = load_dag(3)
        cls.stages = entry_points()

    def test_spark_tasks_are_the_cli_stages_in_order(self):
        self.assertEqual([s["stage"] for s in self.stages], list(SPARK_TASKS))
        self.assertEqual(list(self.module.STAGES), [s["stage"] for s in self.stages])

    def test_every_main_class_is_in_the_application_jar(self):
        with zipfile.ZipFile(APP_JAR) as jar:
            names = set(jar.namelist())
            manifest = jar.read("META-INF/MANIFEST.MF").decode()
        for stage in self.stages:
            task = self.dag.tasks[stage["stage"]]
            self.assertEqual(task.args["java_class"], stage["mainClass"])
            self.assertIn(stage["mainClass"].replace(".", "/") + ".class", names)
        self.assertIn("Main-Class: com.banksegment.cli.SegmentCli", manifest)

    def test_every_argument_is_an_option_the_stage_accepts_and_required_ones_are_given(self):
        for stage in self.stages:
            args = self.dag.tasks[stage["stage"]].args["application_args"]
            self.assertEqual(args[0], stage["stage"])
            options = args[1::2]
            for option in options:
                self.assertIn(option, stage["options"], f"{stage['stage']} does not accept {option}")
            for required in stage["required"]:
                self.assertIn(required, options, f"{stage['stage']} needs {required}")
            self.assertEqual(len(args[1:]) % 2, 0, f"{stage['stage']}: every option takes one value")


@unittest.skipUnless(importlib.util.find_spec("airflow") is not None,
                     "Airflow is not installed here (the stand-in tests above run instead)")
class DagBagTest(unittest.TestCase):
    def test_dagbag_loads_the_dag_without_import_errors(self):
        from airflow.models import DagBag
        bag = DagBag(dag_folder=str(DAG_FILE), include_examples=False)
        self.assertEqual(bag.import_errors, {})
        dag = bag.get_dag("bank_customer_segmentation")
        self.assertEqual([t.task_id for t in dag.topological_sort()],
                         ["wait_for_input", "ingest", "features", "model", "latest_only", "publish"])


if __name__ == "__main__":
    unittest.main()
