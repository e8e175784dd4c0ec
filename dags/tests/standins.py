"""Stand-ins for the cluster in the unit-level DAG tests (the end-to-end test, tests/e2e/, has the
real ones: a MiniDFSCluster and a MiniYARNCluster).

* `NameNode`: a local HTTP server answering WebHDFS's GETFILESTATUS and OPEN from a folder on
  disk (`root`: the HDFS path /a/b is the file root/a/b), the way a NameNode answers them (200
  with a FileStatus or the content, 404 with a RemoteException FileNotFoundException). It
  records the requests. `files_forbidden` answers 403 AccessControlException for those paths.
* `spark_submit_on_path`: a `spark-submit` script first on the PATH that records each command
  line (one JSON list a line) and acts like the stage it is given: `publish` writes the date to
  `published/_LATEST` under the NameNode's folder; a stage named in `fail_stages` prints the
  CLI's one-line error and exits 2.
"""

from __future__ import annotations

import json
import os
import stat
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit


class NameNode:
    def __init__(self, root: Path):
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.requests: list[tuple[str, dict]] = []
        self.files_forbidden: set[str] = set()
        namenode = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's naming
                url = urlsplit(self.path)
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                namenode.requests.append((url.path, query))
                path = unquote(url.path.removeprefix("/webhdfs/v1")) or "/"
                local = namenode.local(path)
                if not url.path.startswith("/webhdfs/v1") or query.get("op") not in ("GETFILESTATUS", "OPEN"):
                    self.reply(400, {"RemoteException": {"exception": "IllegalArgumentException", "message": self.path}})
                elif path in namenode.files_forbidden:
                    self.reply(403, {"RemoteException": {"exception": "AccessControlException",
                                                         "javaClassName": "org.apache.hadoop.security.AccessControlException",
                                                         "message": f"Permission denied: {path}"}})
                elif not local.exists():
                    self.reply(404, {"RemoteException": {"exception": "FileNotFoundException",
                                                         "javaClassName": "java.io.FileNotFoundException",
                                                         "message": f"File does not exist: {path}"}})
                elif query["op"] == "GETFILESTATUS":
                    kind = "DIRECTORY" if local.is_dir() else "FILE"
                    size = 0 if local.is_dir() else local.stat().st_size
                    self.reply(200, {"FileStatus": {"type": kind, "length": size, "pathSuffix": "", "permission": "644"}})
                else:
                    data = local.read_bytes()
                    self.send_response(200)
                    self.send_header("Content-Type", "application/octet-stream")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)

            def reply(self, status, body):
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def local(self, hdfs_path: str) -> Path:
        return self.root / hdfs_path.lstrip("/")

    def put(self, hdfs_path: str, text: str = "") -> None:
        local = self.local(hdfs_path)
        local.parent.mkdir(parents=True, exist_ok=True)
        local.write_text(text)

    def read(self, hdfs_path: str) -> str | None:
        local = self.local(hdfs_path)
        return local.read_text() if local.is_file() else None

    def connection(self, login: str = "segment") -> str:
        """The `webhdfs_lake` connection for this server (AIRFLOW_CONN_WEBHDFS_LAKE)."""
        return json.dumps({"conn_type": "webhdfs", "host": "localhost", "port": self.port, "login": login})

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


SPARK_SUBMIT = r'''#!{python}
"""Stand-in spark-submit (dags/tests/standins.py)."""
import json, os, sys
from pathlib import Path
args = sys.argv[1:]
with open({calls!r}, "a") as calls:
    calls.write(json.dumps(args) + "\n")
at = args.index("--run-date")
stage, run_date = args[at - 1], args[at + 1]
lake = args[args.index("--lake") + 1].removeprefix("hdfs://")
print(f"spark-submit stand-in: {{stage}} {{run_date}}")
if stage in {fail_stages!r}:
    print(f"segment {{stage}}: error: stand-in failure of {{stage}} for {{run_date}}", file=sys.stderr)
    sys.exit(2)
if stage == "decide":
    decision = Path({root!r}) / lake.lstrip("/") / "reports" / "decide" / f"run_date={{run_date}}" / "decision.json"
    decision.parent.mkdir(parents=True, exist_ok=True)
    decision.write_text(json.dumps({{"runDate": run_date, "stage": {decision!r}, "reason": "stand-in"}}))
if stage == "publish":
    pointer = Path({root!r}) / lake.lstrip("/") / "published" / "_LATEST"
    pointer.parent.mkdir(parents=True, exist_ok=True)
    pointer.write_text(run_date + "\n")
'''


def spark_submit_on_path(monkeypatch, folder: Path, namenode_root: Path, fail_stages=(), decision="model") -> Path:
    """Puts the stand-in spark-submit first on the PATH; returns the file its calls go to."""
    folder.mkdir(parents=True, exist_ok=True)
    calls = folder / "calls.jsonl"
    calls.write_text("")
    script = folder / "spark-submit"
    script.write_text(SPARK_SUBMIT.format(python=sys.executable, calls=str(calls), root=str(namenode_root),
                                          fail_stages=tuple(fail_stages), decision=decision))
    script.chmod(script.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    return calls


def submitted(calls: Path) -> list[tuple[str, str]]:
    """(stage, run date) of each recorded spark-submit, in order."""
    result = []
    for line in calls.read_text().splitlines():
        args = json.loads(line)
        at = args.index("--run-date")
        result.append((args[at - 1], args[at + 1]))
    return result
