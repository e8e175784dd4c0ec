"""DagRuns run to the end in this process with Airflow's own code, without a scheduler.

* `manual_run`: `dag.test()`, Airflow's own way to run a DAG in one process: it creates a *manual*
  DagRun and runs each task with the Task SDK's task runner (`run_task_in_process`, an in-process
  execution API).
* `backfill`: a run of the type a backfill creates (run type `backfill`, for which `latest_only` decides
  as for a scheduled run; a manual run always goes on). `airflow backfill create` (the real CLI, in
  a child process) creates the Backfill and its queued DagRun in the database, exactly as on a
  deployment; then, where the scheduler would take over, `run_queued` starts the run as the
  scheduler does (queued -> running) and drives it with the same loop and the same task runner as
  `dag.test()`: `DagRun.update_state` decides which task instances may run (dependencies,
  `depends_on_past`, retries, skips), `airflow.sdk.definitions.dag._run_task` runs each one.
  What is not Airflow's here is only that loop (the scheduler's and the executor's place).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import datetime, timezone


def day(date: str) -> datetime:
    return datetime.fromisoformat(date).replace(tzinfo=timezone.utc)


def manual_run(dag, date: str, conf: dict | None = None, mark_success_pattern: str | None = None):
    """`dag.test()` for the business date `date` (a manual run); returns the finished DagRun."""
    return dag.test(logical_date=day(date), run_conf=conf, mark_success_pattern=mark_success_pattern)


def task_states(dag_run) -> dict[str, str]:
    """task id -> final state of each task instance of the run, read from the database."""
    from airflow.models.taskinstance import TaskInstance
    from airflow.utils.session import create_session
    from sqlalchemy import select

    with create_session() as session:
        rows = session.execute(select(TaskInstance.task_id, TaskInstance.state, TaskInstance.try_number).where(
            TaskInstance.dag_id == dag_run.dag_id, TaskInstance.run_id == dag_run.run_id)).all()
    return {task_id: str(state.value if hasattr(state, "value") else state) for task_id, state, _ in rows}


def try_numbers(dag_run) -> dict[str, int]:
    """task id -> the number of tries each task instance of the run took."""
    from airflow.models.taskinstance import TaskInstance
    from airflow.utils.session import create_session
    from sqlalchemy import select

    with create_session() as session:
        rows = session.execute(select(TaskInstance.task_id, TaskInstance.try_number).where(
            TaskInstance.dag_id == dag_run.dag_id, TaskInstance.run_id == dag_run.run_id)).all()
    return dict(rows)


def create_backfill(dag_id: str, from_date: str, to_date: str, conf: dict | None = None,
                    reprocess_behavior: str = "failed") -> int:
    """`airflow backfill create` in a child process (the same AIRFLOW_HOME); returns the backfill id.

    Airflow 3 refuses a backfill of a DAG with a `depends_on_past` task (here `model`) unless
    `--reprocess-behavior` says what to do with dates that already ran: `failed` (the runbook's
    choice) runs the missing and the failed dates and leaves the successful ones alone.
    """
    from airflow.models.backfill import Backfill
    from airflow.utils.session import create_session
    from sqlalchemy import select

    command = [sys.executable, "-m", "airflow", "backfill", "create", "--dag-id", dag_id,
               "--from-date", from_date, "--to-date", to_date, "--reprocess-behavior", reprocess_behavior]
    if conf:
        command += ["--dag-run-conf", json.dumps(conf)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, env=os.environ.copy())
    if result.returncode != 0:
        raise AssertionError(f"airflow backfill create failed ({result.returncode}):\n"
                             f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    with create_session() as session:
        backfill = session.scalars(select(Backfill).where(Backfill.dag_id == dag_id)
                                   .order_by(Backfill.id.desc()).limit(1)).one()
        return backfill.id


def run_queued(dag, backfill_id: int, timeout_s: float = 3600):
    """Runs the backfill's DagRuns in their order, one at a time (max_active_runs=1), as the
    scheduler would; marks the backfill complete. Returns the finished DagRuns."""
    from airflow.models.backfill import Backfill, BackfillDagRun
    from airflow.models.dagrun import DagRun
    from airflow.serialization.serialized_objects import DagSerialization
    from airflow.utils.session import create_session
    from airflow.utils.state import DagRunState
    from sqlalchemy import select

    with create_session() as session:
        run_ids = session.scalars(
            select(DagRun.run_id).join(BackfillDagRun, BackfillDagRun.dag_run_id == DagRun.id)
            .where(BackfillDagRun.backfill_id == backfill_id).order_by(BackfillDagRun.sort_ordinal)).all()
    if not run_ids:
        raise AssertionError(f"backfill {backfill_id} created no DagRun")
    scheduler_dag = DagSerialization.deserialize_dag(DagSerialization.serialize_dag(dag))
    for run_id in run_ids:
        with create_session() as session:
            dag_run = session.scalars(select(DagRun).where(DagRun.dag_id == dag.dag_id,
                                                           DagRun.run_id == run_id)).one()
            assert dag_run.state == DagRunState.QUEUED, (run_id, dag_run.state)
            # The scheduler's _start_queued_dagruns: queued -> running.
            dag_run.state = DagRunState.RUNNING
            dag_run.start_date = datetime.now(timezone.utc)
        _drive(dag, scheduler_dag, run_id, timeout_s)
    with create_session() as session:
        backfill = session.get(Backfill, backfill_id)
        backfill.completed_at = datetime.now(timezone.utc)
        finished = list(session.scalars(select(DagRun).where(DagRun.dag_id == dag.dag_id,
                                                             DagRun.run_id.in_(run_ids))))
        finished.sort(key=lambda r: run_ids.index(r.run_id))
        session.expunge_all()
    return finished


def _drive(dag, scheduler_dag, run_id: str, timeout_s: float) -> None:
    """dag.test()'s loop (airflow/sdk/definitions/dag.py, DAG.test) on an existing DagRun."""
    from airflow.models.dagrun import DagRun
    from airflow.sdk.definitions.dag import _run_task
    from airflow.settings import Session
    from airflow.utils.state import DagRunState, TaskInstanceState
    from sqlalchemy import select

    session = Session()
    try:
        dag_run = session.scalars(select(DagRun).where(DagRun.dag_id == dag.dag_id, DagRun.run_id == run_id)).one()
        dag_run.dag = scheduler_dag
        deadline = time.monotonic() + timeout_s
        while dag_run.state == DagRunState.RUNNING:
            if time.monotonic() > deadline:
                raise AssertionError(f"{run_id} still running after {timeout_s} s")
            session.expire_all()
            schedulable, _ = dag_run.update_state(session=session)
            for ti in schedulable:
                if ti.state != TaskInstanceState.UP_FOR_RESCHEDULE:
                    ti.try_number += 1
                ti.state = TaskInstanceState.SCHEDULED
                ti.scheduled_dttm = datetime.now(timezone.utc)
            session.commit()
            scheduled = [ti for ti in dag_run.get_task_instances(session=session)
                         if ti.state == TaskInstanceState.SCHEDULED]
            if not scheduled:
                time.sleep(1)  # waiting for a retry or a reschedule
            for ti in scheduled:
                _run_task(ti=ti, task=dag.task_dict[ti.task_id], run_triggerer=True)
    finally:
        session.close()
