"""Crawls that are killed, paused, run twice at once, or read while they write.

Each drill runs the real `scrapy crawl gov_reports` against the simulated web and checks
that the archive stays consistent and complete: a SIGKILL halfway loses nothing that was
committed and the next run completes it without duplicates; a pause with SIGINT and
`JOBDIR` resumes; a second crawl on the same archive is refused in one line; a reader that
holds a read transaction open, as Datasette does, neither blocks the crawl nor loses rows.
After the SIGKILL no worker process of the killed crawl lives on, the WARC files parse up to
their last whole record with no row pointing past it, and the next crawl cuts a record the
kill left half-written.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from archive.warc import payload_digest, record_payload, warc_folder, whole_end
from simweb import SimServer, build_web
from simweb.crawlrun import PROJECT_ROOT, proxy_env, run_crawl, write_seeds
from simweb.scoring import score_archive
from tests.processes import children_of, command_line, survivors

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def web_server():
    web = build_web(seed=0, round=1)
    with SimServer(web) as server:
        yield web, server


def _command(seeds, archive, *extra):
    return [sys.executable, "-m", "scrapy", "crawl", "gov_reports", "-a", f"seeds={seeds}",
            "-s", f"ARCHIVE_PATH={archive}", "-s", "DOWNLOAD_DELAY=0",
            "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_TIMEOUT=5", *extra]


def _reports(archive) -> int:
    try:
        conn = sqlite3.connect(f"file:{archive}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("select count(*) from reports").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _start_and_wait(command, env, archive, log, reports: int, timeout: float = 120):
    process = subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL,
                               stderr=open(log, "w"))  # noqa: SIM115 - closed with the process
    deadline = time.monotonic() + timeout
    while _reports(archive) < reports:
        assert process.poll() is None, "the crawl ended before it could be interrupted"
        assert time.monotonic() < deadline, "the crawl made no progress"
        time.sleep(0.05)
    return process


def _assert_complete(archive, truth):
    conn = sqlite3.connect(archive)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    score = score_archive(archive, truth)
    assert score.recall == 1.0, score.missed
    assert score.false_positives == [] and score.merged == [] and score.split == []
    return conn


def _assert_captures_whole(archive) -> None:
    """Every capture row points at a whole response record whose digest verifies."""
    conn = sqlite3.connect(archive)
    rows = conn.execute("select warc_file, warc_offset, warc_length, payload_digest from captures")
    for warc_file, offset, length, digest in rows:
        path = archive.parent / warc_file
        assert offset + length <= whole_end(path, offset), warc_file
        headers, payload = record_payload(path, offset, length)
        assert headers["WARC-Type"] == "response" and payload_digest(payload) == digest


def test_sigkill_halfway_loses_nothing(web_server, tmp_path):
    web, server = web_server
    seeds = write_seeds(web.seed_rows(), tmp_path / "seeds.csv")
    archive = tmp_path / "archive.db"
    # Every page is kept in WARC: the kill is likely to fall while a record is being written.
    command = _command(seeds, archive, "-s", "PARSE_PROCESSES=1", "-s", "EXTRACT_PROCESSES=1",
                       "-s", "WARC_SCOPE=all")
    process = _start_and_wait(command, proxy_env(server.proxy_url), archive,
                              tmp_path / "killed.log", reports=12)
    # Its page-reading and extraction workers, the OCR worker once a scan has come, and
    # multiprocessing's resource tracker.
    children = children_of(process.pid)
    workers = [pid for pid in children if "spawn_main" in command_line(pid)]
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert len(workers) in (2, 3), children
    assert survivors(children, within=5) == {}, "processes outlived the killed crawl"
    committed = _reports(archive)
    assert committed >= 12
    _assert_captures_whole(archive)
    # Whatever the kill left, the last file also gets half a record more, as a kill in the
    # middle of a write leaves it.
    (killed,) = sorted(warc_folder(archive).glob("*.warc.gz"))
    with open(killed, "rb") as handle:
        first = handle.read(4096)
    with open(killed, "ab") as handle:
        handle.write(first[: len(first) // 2])
    run = run_crawl(seeds, archive, server.proxy_url, tmp_path / "second.log",
                    "-s", "DOWNLOAD_TIMEOUT=5")
    assert run.returncode == 0, run.stderr[-2000:]
    assert f"WARC file {warc_folder(archive).name}/{killed.name} ended in a partial record" in run.log
    conn = _assert_complete(archive, web.truth)
    crawls = conn.execute("select finished_at from crawls order by id").fetchall()
    assert crawls[0][0] is None and crawls[1][0] is not None
    for path in warc_folder(archive).glob("*.warc.gz"):
        assert whole_end(path) == path.stat().st_size, path
    _assert_captures_whole(archive)
    missing = conn.execute("select count(*) from versions where capture_id is null").fetchone()[0]
    assert missing == 0


def test_pause_and_resume_with_jobdir(web_server, tmp_path):
    web, server = web_server
    seeds = write_seeds(web.seed_rows(), tmp_path / "seeds.csv")
    archive = tmp_path / "archive.db"
    jobdir = tmp_path / "job"
    command = _command(seeds, archive, "-s", f"JOBDIR={jobdir}")
    process = _start_and_wait(command, proxy_env(server.proxy_url), archive,
                              tmp_path / "paused.log", reports=8)
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=60) == 0
    paused_at = _reports(archive)
    resumed = subprocess.run(command, cwd=PROJECT_ROOT, env=proxy_env(server.proxy_url),
                             capture_output=True, text=True, timeout=300, check=False)
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    assert "Resuming:" in resumed.stderr
    _assert_complete(archive, web.truth)
    assert _reports(archive) >= paused_at


def test_second_crawl_on_the_same_archive_is_refused(web_server, tmp_path):
    web, server = web_server
    seeds = write_seeds(web.seed_rows(), tmp_path / "seeds.csv")
    archive = tmp_path / "archive.db"
    first = _start_and_wait(_command(seeds, archive), proxy_env(server.proxy_url), archive,
                            tmp_path / "first.log", reports=1)
    try:
        second = subprocess.run(_command(seeds, archive), cwd=PROJECT_ROOT,
                                env=proxy_env(server.proxy_url), capture_output=True, text=True,
                                timeout=120, check=False)
    finally:
        first.send_signal(signal.SIGINT)
        first.wait(timeout=60)
    assert second.returncode == 2
    errors = [line for line in second.stderr.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1 and "another crawl (pid" in errors[0]
    assert sqlite3.connect(archive).execute("pragma integrity_check").fetchone()[0] == "ok"


def test_open_reader_loses_nothing(web_server, tmp_path):
    web, server = web_server
    seeds = write_seeds(web.seed_rows(), tmp_path / "seeds.csv")
    archive = tmp_path / "archive.db"
    stop = threading.Event()
    seen = []

    def hold_read_transactions():
        # Like Datasette: read transactions held open while the crawl writes.
        while not stop.is_set():
            if not archive.exists():
                time.sleep(0.05)
                continue
            conn = sqlite3.connect(archive, timeout=1)
            try:
                conn.execute("begin")
                seen.append(conn.execute("select count(*) from sqlite_master").fetchone()[0])
                time.sleep(0.5)
                conn.rollback()
            except sqlite3.Error:
                pass
            finally:
                conn.close()

    reader = threading.Thread(target=hold_read_transactions, daemon=True)
    reader.start()
    try:
        run = run_crawl(seeds, archive, server.proxy_url, tmp_path / "crawl.log",
                        "-s", "DOWNLOAD_TIMEOUT=5")
    finally:
        stop.set()
        reader.join(timeout=5)
    assert run.returncode == 0, run.stderr[-2000:]
    assert len(seen) >= 5
    assert "database is locked" not in run.log
    _assert_complete(archive, web.truth)
