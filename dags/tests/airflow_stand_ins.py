"""Recording stand-ins for the few Airflow classes the DAG file imports.

Airflow cannot be installed on the build machines, so the tests execute the DAG file against
these instead. They are NOT Airflow: they record what the DAG file builds (the DAG's arguments,
each task's arguments, the task graph) and check what Airflow itself would reject or silently
ignore: keyword arguments an operator does not take (their signatures are copied from Airflow
2.9/3.x and the spark/hdfs providers, keeping only names present in both old and current
releases), default_args keys that are no BaseOperator argument, a task added twice, templates
in a field that Airflow does not render. Scheduling, rendering and execution are not simulated.
"""

from __future__ import annotations

import sys
import types

# BaseOperator keyword arguments used by DAG files, present in Airflow 2.9 and 3.x alike.
BASE_OPERATOR_ARGS = frozenset({
    "task_id", "owner", "email", "retries", "retry_delay", "retry_exponential_backoff",
    "max_retry_delay", "start_date", "end_date", "depends_on_past", "wait_for_downstream",
    "dag", "params", "default_args", "priority_weight", "weight_rule", "queue", "pool",
    "pool_slots", "execution_timeout", "on_execute_callback", "on_failure_callback",
    "on_success_callback", "on_retry_callback", "trigger_rule", "doc_md", "doc",
    "max_active_tis_per_dag", "executor_config", "do_xcom_push", "task_group",
})

# BaseSensorOperator's own arguments.
SENSOR_ARGS = frozenset({"poke_interval", "timeout", "soft_fail", "mode", "exponential_backoff",
                         "max_wait", "silent_fail"})

# DAG arguments present in Airflow 2.9 and 3.x (schedule_interval, concurrency: gone in 3).
DAG_ARGS = frozenset({
    "dag_id", "description", "schedule", "start_date", "end_date", "default_args", "catchup",
    "max_active_runs", "max_active_tasks", "dagrun_timeout", "doc_md", "params", "tags",
    "on_failure_callback", "on_success_callback", "render_template_as_native_obj",
    "template_searchpath", "user_defined_macros", "is_paused_upon_creation", "owner_links",
})


class DAG:
    """Records its arguments and the tasks created inside its `with` block."""

    _context: list[DAG] = []

    def __init__(self, dag_id=None, **kwargs):
        unknown = set(kwargs) - DAG_ARGS
        if unknown:
            raise TypeError(f"DAG() got unexpected keyword arguments {sorted(unknown)}")
        for key in (kwargs.get("default_args") or {}):
            if key not in BASE_OPERATOR_ARGS:
                raise TypeError(f"default_args key {key!r} is no BaseOperator argument: Airflow would ignore it")
        self.dag_id = dag_id
        self.kwargs = kwargs
        self.default_args = dict(kwargs.get("default_args") or {})
        self.params = dict(kwargs.get("params") or {})
        self.tasks: dict[str, BaseOperator] = {}

    def __getattr__(self, name):
        try:
            return self.__dict__["kwargs"][name]
        except KeyError:
            raise AttributeError(name) from None

    def __enter__(self):
        DAG._context.append(self)
        return self

    def __exit__(self, *exc):
        DAG._context.pop()
        return False

    def add(self, task):
        if task.task_id in self.tasks:
            raise ValueError(f"task {task.task_id!r} added twice to {self.dag_id}")
        self.tasks[task.task_id] = task


class BaseOperator:
    """Records the effective arguments (default_args, then the explicit ones) and the edges."""

    template_fields: tuple[str, ...] = ()
    own_args: frozenset[str] = frozenset()

    def __init__(self, *, task_id, **kwargs):
        allowed = BASE_OPERATOR_ARGS | self.own_args
        unknown = set(kwargs) - allowed
        if unknown:
            raise TypeError(f"{type(self).__name__}({task_id}) got unexpected keyword arguments {sorted(unknown)}")
        self.dag = kwargs.pop("dag", None) or (DAG._context[-1] if DAG._context else None)
        if self.dag is None:
            raise RuntimeError(f"task {task_id!r} created outside a DAG")
        self.task_id = task_id
        self.args = {k: v for k, v in self.dag.default_args.items() if k in allowed}
        self.args.update(kwargs)
        self.upstream: list[BaseOperator] = []
        self.downstream: list[BaseOperator] = []
        self.dag.add(self)

    def __rshift__(self, other):
        self.downstream.append(other)
        other.upstream.append(self)
        return other


def _operator(name, own_args, template_fields, base=BaseOperator):
    return type(name, (base,), {"own_args": frozenset(own_args) | base.own_args,
                                "template_fields": tuple(template_fields)})


BaseSensorOperator = _operator("BaseSensorOperator", SENSOR_ARGS, ())

# airflow.providers.apache.hdfs.sensors.web_hdfs.WebHdfsSensor
WebHdfsSensor = _operator("WebHdfsSensor", {"filepath", "webhdfs_conn_id"},
                          ("filepath", "webhdfs_conn_id"), base=BaseSensorOperator)

# airflow.providers.apache.spark.operators.spark_submit.SparkSubmitOperator (provider 4.x/5.x)
SparkSubmitOperator = _operator(
    "SparkSubmitOperator",
    {"application", "conf", "conn_id", "files", "py_files", "archives", "driver_class_path", "jars",
     "java_class", "packages", "exclude_packages", "repositories", "total_executor_cores",
     "executor_cores", "executor_memory", "driver_memory", "keytab", "principal", "proxy_user",
     "name", "num_executors", "status_poll_interval", "application_args", "env_vars", "verbose",
     "spark_binary", "properties_file"},
    ("application", "conf", "files", "py_files", "jars", "driver_class_path", "packages",
     "exclude_packages", "keytab", "principal", "proxy_user", "name", "application_args",
     "env_vars", "properties_file"))

# airflow.operators.latest_only / airflow.providers.standard.operators.latest_only
LatestOnlyOperator = _operator("LatestOnlyOperator", (), ())


def install(airflow_major: int) -> list[str]:
    """Puts stand-in modules into sys.modules as Airflow `airflow_major` (2 or 3) lays them out.

    Returns the module names installed, for `uninstall`. Airflow 2.9 has neither airflow.sdk nor
    the standard provider, so the DAG file's fallbacks are taken; Airflow 3 has both.
    """
    modules = {
        "airflow": {},
        "airflow.providers": {},
        "airflow.providers.apache": {},
        "airflow.providers.apache.hdfs": {},
        "airflow.providers.apache.hdfs.sensors": {},
        "airflow.providers.apache.hdfs.sensors.web_hdfs": {"WebHdfsSensor": WebHdfsSensor},
        "airflow.providers.apache.spark": {},
        "airflow.providers.apache.spark.operators": {},
        "airflow.providers.apache.spark.operators.spark_submit": {"SparkSubmitOperator": SparkSubmitOperator},
    }
    if airflow_major >= 3:
        modules.update({
            "airflow.sdk": {"DAG": DAG},
            "airflow.providers.standard": {},
            "airflow.providers.standard.operators": {},
            "airflow.providers.standard.operators.latest_only": {"LatestOnlyOperator": LatestOnlyOperator},
        })
    else:
        modules.update({
            "airflow.models": {},
            "airflow.models.dag": {"DAG": DAG},
            "airflow.operators": {},
            "airflow.operators.latest_only": {"LatestOnlyOperator": LatestOnlyOperator},
        })
    for name, attributes in modules.items():
        module = types.ModuleType(name)
        module.__path__ = []  # a package, so that submodule imports resolve through sys.modules
        module.__dict__.update(attributes)
        sys.modules[name] = module
    return list(modules)


def uninstall(names: list[str]) -> None:
    for name in names:
        sys.modules.pop(name, None)
