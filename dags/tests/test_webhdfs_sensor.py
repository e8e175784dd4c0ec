"""The rendered sensor pokes WebHDFS through the hdfs provider's hook and its client library
(HdfsCLI's InsecureClient), with the `webhdfs_lake` connection given as AIRFLOW_CONN_WEBHDFS_LAKE.

The NameNode is a stand-in here (standins.py: a small HTTP server on 127.0.0.1 answering
GETFILESTATUS the way WebHDFS does). It records the requests, so the test shows the URLs, the
operation and the user the sensor sends. A real NameNode (an in-process MiniDFSCluster) is the
end-to-end test's (tests/e2e/).
"""

from __future__ import annotations

import pytest

from conftest import RUN_DATE
from standins import NameNode

MARKER = f"/bank/segmentation/lake/raw/transactions/run_date={RUN_DATE}/_SUCCESS"


@pytest.fixture()
def namenode(tmp_path, monkeypatch):
    with NameNode(tmp_path / "hdfs") as server:
        monkeypatch.setenv("AIRFLOW_CONN_WEBHDFS_LAKE", server.connection(login="segment"))
        yield server


def test_the_sensor_succeeds_once_the_days_marker_has_landed(rendered, namenode):
    sensor, context = rendered["wait_for_input"]
    assert sensor.poke(context) is False
    namenode.put(MARKER)
    assert sensor.poke(context) is True
    # Each poke: the hook checks the NameNode answers ("/"), then asks for the marker, as user segment.
    assert namenode.requests[-2:] == [
        ("/webhdfs/v1/", {"op": "GETFILESTATUS", "user.name": "segment"}),
        (f"/webhdfs/v1{MARKER}", {"op": "GETFILESTATUS", "user.name": "segment"}),
    ]
