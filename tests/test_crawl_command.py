"""The `scrapy crawl` command: configuration errors before anything else, honest crawl ends.

Each test runs the real `scrapy crawl gov_reports` in a subprocess, as a user or a scheduler
would, and checks its exit status, its stdout (the summary) and its stderr (the log).
"""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys

import pytest

from archive.crawls import CrawlSummary
from crawler.commands.crawl import EXIT_NO_SITE_REACHED, summary_lines
from simweb.crawlrun import PROJECT_ROOT, proxy_env, write_seeds


def crawl(*arguments: str, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scrapy", "crawl", "gov_reports", *arguments],
                          cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300,
                          check=False, env=env)


@pytest.mark.e2e
def test_a_configuration_error_comes_before_the_banner(tmp_path):
    done = crawl("-a", f"seeds={tmp_path / 'missing.csv'}", "-s", f"ARCHIVE_PATH={tmp_path / 'a.db'}")
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert lines[0].startswith("ERROR: seed file") and "missing.csv" in lines[0], lines[:3]
    assert "Scrapy" not in done.stderr and "Versions" not in done.stderr
    assert done.stdout == ""


@pytest.fixture
def refusing_proxy():
    """A port on 127.0.0.1 bound but not listening: every connection to it is refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"


@pytest.mark.e2e
def test_a_crawl_that_reaches_no_site_fails_with_a_summary_and_no_traceback(tmp_path, refusing_proxy):
    seeds = write_seeds([{"name": "华龙区", "url": "http://www.pyhlq.gov.cn/"},
                         {"name": "赵县", "url": "http://www.zhaoxian.gov.cn/"},
                         {"name": "平遥县", "url": "https://www.pingyao.gov.cn/"}], tmp_path / "s.csv")
    archive = tmp_path / "archive.db"
    # Without a registry: a dead seed host would also be tried at the registry's URL for its unit
    # (华龙区's is www.pyhualong.gov.cn), one more host that cannot be reached.
    done = crawl("-a", f"seeds={seeds}", "-s", f"ARCHIVE_PATH={archive}", "-s", "DOWNLOAD_DELAY=0",
                 "-s", "SEED_REGISTRY_PATH=", env=proxy_env(refusing_proxy))
    assert done.returncode == EXIT_NO_SITE_REACHED, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    # robots.txt that could not be fetched: one line per host tried (each seed's, then its
    # other host form's), not an error with a traceback.
    assert done.stderr.count("No robots.txt from") == 6
    assert "No robots.txt from http://zhaoxian.gov.cn/robots.txt" in done.stderr
    assert "Sites: 0 of 3 reached, 3 unreachable, 0 blocked by robots.txt" in done.stdout
    assert "Reports: 0 new, 0 revised, 0 read again, 0 unchanged (304), 0 missing" in done.stdout
    assert f"Archive: {archive}" in done.stdout and f"datasette {archive}" in done.stdout
    assert done.stderr.splitlines()[-1].startswith("ERROR: no site could be reached (3 unreachable")
    assert "Dumping Scrapy stats" not in done.stderr
    conn = sqlite3.connect(archive)
    assert conn.execute("select end_reason, count(*) from sites group by end_reason").fetchall() == [
        ("unreachable", 3)]


def test_the_summary_counts_what_it_is_given():
    summary = CrawlSummary(7, "finished", seed_sites=5, end_reasons={
        "done": 2, "partial": 1, "unreachable": 1, "robots": 1}, reached=3, requests=40, pages=30,
        errors=4, reports_new=2, reports_seen=5, revisions=1, reports_unchanged=7, reports_missing=1)
    lines = summary_lines(summary, "/srv/archive.db")
    assert lines[0] == "Crawl #7 finished: 40 requests sent, 30 responses, 4 requests failed"
    assert lines[1] == ("Sites: 3 of 5 reached (ended: 2 done, 1 partial), 1 unreachable, "
                        "1 blocked by robots.txt")
    assert lines[2].startswith("Reports: 2 new, 1 revised, 5 read again, 7 unchanged (304), 1 missing")
    assert not summary.none_reached
    nothing = CrawlSummary(8, "finished", seed_sites=2, end_reasons={"unreachable": 1, "robots": 1})
    assert nothing.none_reached
    stopped = CrawlSummary(9, "shutdown", seed_sites=2, end_reasons={"shutdown": 2})
    assert not stopped.none_reached and stopped.not_visited == 2
