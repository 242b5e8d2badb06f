"""Run a real Datasette on an archive, with the project's metadata and plugin, over HTTP.

Shared by the tests (through `tests/datasette_server.py`) and `benchmarks.archive_queries`:
`datasette(archive)` serves the archive on a free loopback port until its block ends, and
its `DatasetteClient` reads JSON rows and whole pages.
"""

from __future__ import annotations

import contextlib
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from urllib.parse import urlencode

from simweb.crawlrun import PROJECT_ROOT


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class DatasetteClient:
    """GETs JSON from a running Datasette's `archive` database."""

    def __init__(self, port: int):
        self.root = f"http://127.0.0.1:{port}"
        self.base = f"{self.root}/archive"

    def get(self, path: str, **params) -> object:
        query = urlencode(params, doseq=True)
        url = f"{self.base}/{path}{'?' + query if query else ''}"
        with urllib.request.urlopen(url, timeout=30) as answer:
            return json.load(answer)

    def page(self, path: str, **params) -> tuple[int, str, str]:
        """Status, final URL and text of a page under the server's root, redirects followed."""
        query = urlencode(params, doseq=True)
        url = f"{self.root}{path}{'?' + query if query else ''}"
        try:
            with urllib.request.urlopen(url, timeout=10) as answer:
                return answer.status, answer.url, answer.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, url, error.read().decode("utf-8")

    def rows(self, path: str, **params) -> list[dict]:
        """Rows of a table or canned query, as dicts."""
        return self.get(f"{path}.json", _shape="array", _size="max", **params)


@contextlib.contextmanager
def datasette(archive, *options: str) -> Iterator[DatasetteClient]:
    """Serve `archive` with `data/metadata.yml` (and `options`) until the block ends."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", str(archive), "-p", str(port),
         "-m", str(PROJECT_ROOT / "data" / "metadata.yml"), *options],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    client = DatasetteClient(port)
    try:
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"{client.base}.json", timeout=5):
                    break
            except OSError:
                time.sleep(0.1)
        else:
            raise AssertionError("Datasette did not start")
        yield client
    finally:
        process.terminate()
        process.wait(timeout=10)
