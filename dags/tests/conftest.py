"""Shared setup of the DAG tests: real Airflow 3.3 in a throw-away Airflow home.

Before anything imports Airflow, this sets AIRFLOW_HOME to a new temporary folder (removed at
exit) and drops every AIRFLOW_* variable inherited from the caller but the connections
(AIRFLOW_CONN_*), so the tests never read or write the developer's ~/airflow. The fixtures
then do what a deployment does, with Airflow's own code:

* `airflow_db`: `airflow db migrate` on a SQLite database in that home;
* `dag_bag`: the `dags-folder` bundle (this folder) parsed and written to the database, as
  `airflow dags reserialize` or the DAG processor would;
* `scheduled_run`: the DagRun the scheduler creates for business date 2016-10-21 (the next run
  after the previous day's), with its task instances;
* `render`: a task instance's templates rendered the way the worker renders them (the Task SDK's
  RuntimeTaskInstance with the run context the execution API hands the worker).

Run with dags/.venv/bin/python (dags/venv.sh creates it): `cd dags && .venv/bin/python -m pytest`.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

TESTS_DIR = Path(__file__).resolve().parent
DAGS_DIR = TESTS_DIR.parent
ROOT = DAGS_DIR.parent
DAG_FILE = DAGS_DIR / "bank_customer_segmentation.py"
DAG_ID = "bank_customer_segmentation"
RUN_DATE = "2016-10-21"

if "airflow" in sys.modules:  # pragma: no cover - a plugin imported Airflow before this file ran
    raise RuntimeError("Airflow was imported before tests/conftest.py could set a temporary AIRFLOW_HOME")

AIRFLOW_HOME = Path(tempfile.mkdtemp(prefix="dag-tests-airflow-home-"))
atexit.register(shutil.rmtree, AIRFLOW_HOME, ignore_errors=True)
# Connections given as AIRFLOW_CONN_<ID> stay: the end-to-end run (tests/e2e/) gets the mini
# clusters' that way, as a deployment may; every other test sets the ones it uses itself.
for _name in [n for n in os.environ
              if (n.startswith("AIRFLOW_") or n.startswith("AIRFLOW__")) and not n.startswith("AIRFLOW_CONN_")]:
    del os.environ[_name]
os.environ.update({
    "AIRFLOW_HOME": str(AIRFLOW_HOME),
    "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{AIRFLOW_HOME}/airflow.db",
    "AIRFLOW__CORE__DAGS_FOLDER": str(DAGS_DIR),
    "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
})


@pytest.fixture(scope="session")
def airflow_db():
    """`airflow db migrate` on the temporary home's SQLite database."""
    result = subprocess.run([sys.executable, "-m", "airflow", "db", "migrate"],
                            capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        pytest.fail(f"airflow db migrate failed ({result.returncode}): {(result.stderr or result.stdout)[-3000:]}")
    return AIRFLOW_HOME / "airflow.db"


@pytest.fixture(scope="session")
def dag_bag(airflow_db):
    """This folder parsed as Airflow's default `dags-folder` bundle and synced to the database."""
    from airflow.dag_processing.bundles.manager import DagBundlesManager
    from airflow.dag_processing.dagbag import BundleDagBag, sync_bag_to_db

    manager = DagBundlesManager()
    manager.sync_bundles_to_db()
    bundle = manager.get_bundle("dags-folder")
    bundle.initialize()
    bag = BundleDagBag(dag_folder=bundle.path, bundle_path=bundle.path, bundle_name=bundle.name)
    assert bag.import_errors == {}, f"the DAG folder does not import: {bag.import_errors}"
    sync_bag_to_db(bag, bundle.name, bundle.version)
    return bag


@pytest.fixture(scope="session")
def dag(dag_bag):
    """The DAG object as parsed from the file (airflow.sdk.DAG)."""
    return dag_bag.dags[DAG_ID]


@pytest.fixture(scope="session")
def scheduler_dag(dag_bag):
    """The DAG as the scheduler sees it: its serialized form, read back from the database."""
    from airflow.models.dagbag import DBDagBag
    from airflow.utils.session import create_session

    with create_session() as session:
        serialized = DBDagBag().get_latest_version_of_dag(DAG_ID, session=session)
    assert serialized is not None, "the DAG was not written to the database"
    return serialized


def day(date: str) -> datetime:
    return datetime.fromisoformat(date).replace(tzinfo=timezone.utc)


def next_scheduled_run_info(scheduler_dag, business_date: str):
    """What the scheduler computes for the run after the one of the day before `business_date`."""
    from airflow.timetables.base import DataInterval, TimeRestriction

    previous = DataInterval(start=day(business_date) - timedelta(days=1), end=day(business_date))
    return scheduler_dag.timetable.next_dagrun_info(
        last_automated_data_interval=previous,
        restriction=TimeRestriction(earliest=scheduler_dag.start_date, latest=None, catchup=True),
    )


def create_run(scheduler_dag, business_date: str, run_type):
    """Creates the DagRun of `business_date` (and its task instances) in the database."""
    from airflow.models.dagrun import DagRun
    from airflow.utils.session import create_session
    from airflow.utils.state import DagRunState
    from airflow.utils.types import DagRunTriggeredByType

    info = next_scheduled_run_info(scheduler_dag, business_date)
    logical_date = info.data_interval.start
    with create_session() as session:
        run = scheduler_dag.create_dagrun(
            run_id=DagRun.generate_run_id(run_type=run_type, logical_date=logical_date, run_after=info.run_after),
            logical_date=logical_date,
            data_interval=info.data_interval,
            run_after=info.run_after,
            run_type=run_type,
            triggered_by=DagRunTriggeredByType.TEST,
            state=DagRunState.RUNNING,
            session=session,
        )
        session.flush()
        task_instances = {ti.task_id: ti for ti in run.get_task_instances(session=session)}
        for ti in task_instances.values():
            ti.dag_run  # loaded while the session is open
        session.expunge_all()
    return run, task_instances


@pytest.fixture(scope="session")
def scheduled_run(scheduler_dag):
    """The scheduled DagRun of business date 2016-10-21 and its task instances, by task id."""
    from airflow.utils.types import DagRunType

    return create_run(scheduler_dag, RUN_DATE, DagRunType.SCHEDULED)


@pytest.fixture(scope="session")
def fresh_dag():
    """Another parse of the DAG file, as a worker parses it before running a task.

    Rendering replaces a task's templated fields in place, so it gets its own copy of the DAG.
    """
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(DAG_FILE))
    assert bag.import_errors == {}, bag.import_errors
    return bag.dags[DAG_ID]


def runtime_task_instance(ti, task, **overrides):
    """The Task SDK's RuntimeTaskInstance for a database task instance, as the worker builds it
    from what the execution API sends (the same construction as `airflow tasks render`)."""
    from airflow.api_fastapi.execution_api.datamodels.taskinstance import DagRun, TaskInstance, TIRunContext
    from airflow.sdk.execution_time.task_runner import RuntimeTaskInstance

    fields = TaskInstance.model_validate(ti, from_attributes=True).model_dump(exclude_unset=True)
    fields.update(overrides)
    return RuntimeTaskInstance.model_construct(
        **fields,
        task=task,
        _ti_context_from_server=TIRunContext(
            dag_run=DagRun.model_validate(ti.dag_run, from_attributes=True),
            max_tries=ti.max_tries,
            variables=[],
            connections=[],
            xcom_keys_to_clear=[],
        ),
    )


@pytest.fixture(scope="session")
def rendered(scheduled_run, fresh_dag):
    """Every task of the 2016-10-21 run, rendered by Airflow: task id -> (rendered task, context)."""
    _, task_instances = scheduled_run
    result = {}
    for task_id, ti in task_instances.items():
        runtime_ti = runtime_task_instance(ti, fresh_dag.get_task(task_id))
        context = runtime_ti.get_template_context()
        runtime_ti.render_templates(context=context)
        result[task_id] = (runtime_ti.task, context)
    return result
