"""The rendered sensor pokes WebHDFS through the hdfs provider's hook and its client library
(HdfsCLI's InsecureClient), with the `webhdfs_lake` connection given as AIRFLOW_CONN_WEBHDFS_LAKE.

The NameNode is a stand-in here: a small HTTP server on 127.0.0.1 that answers GETFILESTATUS the
way WebHDFS does (200 with a FileStatus, 404 with a RemoteException). It records the requests, so
the test shows the URLs, the operation and the user the sensor sends. A real NameNode (an
in-process MiniDFSCluster) is for the end-to-end run (README, "Part 2 notes").
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from conftest import RUN_DATE

MARKER = f"/bank/segmentation/lake/raw/transactions/run_date={RUN_DATE}/_SUCCESS"


class FakeNameNode(BaseHTTPRequestHandler):
    files: set[str] = set()
    requests: list[tuple[str, dict]] = []

    def do_GET(self):  # noqa: N802 - http.server's naming
        url = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        FakeNameNode.requests.append((url.path, query))
        path = url.path.removeprefix("/webhdfs/v1") or "/"
        if not url.path.startswith("/webhdfs/v1") or query.get("op") != "GETFILESTATUS":
            self.reply(400, {"RemoteException": {"exception": "IllegalArgumentException", "message": self.path}})
        elif path == "/" or path in FakeNameNode.files:
            kind = "DIRECTORY" if path == "/" else "FILE"
            self.reply(200, {"FileStatus": {"type": kind, "length": 0, "pathSuffix": "", "permission": "644"}})
        else:
            self.reply(404, {"RemoteException": {"exception": "FileNotFoundException",
                                                 "javaClassName": "java.io.FileNotFoundException",
                                                 "message": f"File does not exist: {path}"}})

    def reply(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture()
def namenode(monkeypatch):
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeNameNode)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    FakeNameNode.files = set()
    FakeNameNode.requests = []
    monkeypatch.setenv("AIRFLOW_CONN_WEBHDFS_LAKE", json.dumps(
        {"conn_type": "webhdfs", "host": "localhost", "port": server.server_address[1], "login": "segment"}))
    yield FakeNameNode
    server.shutdown()
    server.server_close()


def test_the_sensor_succeeds_once_the_days_marker_has_landed(rendered, namenode):
    sensor, context = rendered["wait_for_input"]
    assert sensor.poke(context) is False
    namenode.files.add(MARKER)
    assert sensor.poke(context) is True
    # Each poke: the hook checks the NameNode answers ("/"), then asks for the marker, as user segment.
    assert namenode.requests[-2:] == [
        ("/webhdfs/v1/", {"op": "GETFILESTATUS", "user.name": "segment"}),
        (f"/webhdfs/v1{MARKER}", {"op": "GETFILESTATUS", "user.name": "segment"}),
    ]
