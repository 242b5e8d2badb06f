"""End to end: `scrapy crawl gov_reports` over the simulated county web, then Datasette.

The crawl runs as a user runs it, as a subprocess through the standard proxy variables,
against every site family of the simulated web (TRS, Hanweb, old GBK, attachments, the
政府信息公开 platform, a city platform, a traditional/pinyin mirror, look-alikes, robots
rules, traps, a flaky and a hanging page). The tests then check what landed in the archive
against the web's truth, and query the archive through a real Datasette over HTTP.
"""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from urllib.parse import quote

import pytest

from tests.crawlrun import PROJECT_ROOT, run_crawl, write_seeds
from tests.scoring import score_archive
from tests.simweb import SimServer, build_web

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    """One crawl of the simulated web, shared by the tests of this module."""
    tmp = tmp_path_factory.mktemp("e2e")
    web = build_web(seed=0, round=1)
    with SimServer(web) as server:
        seeds = write_seeds(web.seed_rows(), tmp / "seeds.csv")
        archive = tmp / "archive.db"
        run = run_crawl(seeds, archive, server.proxy_url, tmp / "crawl.log",
                        "-s", "DOWNLOAD_TIMEOUT=5")
        requests = list(server.request_log)
    score = score_archive(archive, web.truth)
    print(f"\ne2e crawl: {len(requests)} proxy requests, {run.seconds:.1f} s; {score.summary()}")
    return {"web": web, "run": run, "archive": archive, "requests": requests, "score": score,
            "seeds": seeds}


def test_crawl_finishes_cleanly(crawl):
    run = crawl["run"]
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Spider closed (finished)" in run.log
    assert "Traceback" not in run.log


def test_finds_the_reports(crawl):
    score = crawl["score"]
    assert score.recall >= 0.8, score.missed
    # Text-less files (.doc, scanned PDFs) are listed for a human, not dropped.
    assert score.textless_listed == score.textless


def test_no_lookalike_and_no_duplicate(crawl):
    score = crawl["score"]
    assert score.false_positives == []
    assert score.merged == [] and score.split == []
    conn = sqlite3.connect(crawl["archive"])
    lookalikes = {item["url"] for item in crawl["web"].truth["lookalikes"]}
    archived = {url for (url,) in conn.execute("select url from sightings")}
    assert not archived & lookalikes


def test_fields_are_right(crawl):
    score = crawl["score"]
    for name in ("region", "report_year", "publish_date"):
        assert score.accuracy(name) >= 0.95, score.field_errors[name]
    assert score.accuracy("publisher") >= 0.9, score.field_errors["publisher"]


def test_robots_rules_are_obeyed_and_traps_bounded(crawl):
    truth = crawl["web"].truth
    fetched = [r["url"] for r in crawl["requests"] if r["method"] != "CONNECT"]
    for prefix in truth["robots_disallowed"]:
        assert not [url for url in fetched if url.startswith(prefix)], prefix
    for prefix in truth["traps"]:
        assert len([url for url in fetched if url.startswith(prefix)]) <= 20, prefix
    agents = {r["headers"].get("User-Agent", "") for r in crawl["requests"]
              if r["method"] != "CONNECT"}
    assert all(agent.startswith("gov-reports/") and "+https://" in agent for agent in agents)


def test_archive_records_sites_crawls_versions_and_copies(crawl):
    conn = sqlite3.connect(crawl["archive"])
    with_url = [row for row in crawl["web"].seed_rows() if row["url"]]
    assert conn.execute("select count(*) from sites").fetchone()[0] == len(with_url)
    reasons = dict(conn.execute("select end_reason, count(*) from sites group by end_reason"))
    assert reasons.get("done", 0) >= len(with_url) - 2
    crawl_row = conn.execute("select finished_at, finish_reason, requests, reports_new "
                             "from crawls").fetchone()
    assert crawl_row[0] and crawl_row[1] == "finished" and crawl_row[2] > 0
    reports = conn.execute("select count(*) from reports").fetchone()[0]
    assert crawl_row[3] == reports
    assert conn.execute("select count(distinct report_id) from versions").fetchone()[0] == reports
    # Reports seen at several URLs (HTML and PDF, republications) keep every copy.
    copies = conn.execute("select count(*) from (select report_id from sightings "
                          "group by report_id having count(distinct url) > 1)").fetchone()[0]
    assert copies >= 3


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get_json(url: str, attempts: int = 50):
    for _ in range(attempts):
        try:
            with urllib.request.urlopen(url, timeout=5) as answer:
                return json.load(answer)
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"Datasette did not answer {url}")


def test_datasette_serves_the_archive(crawl):
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", str(crawl["archive"]), "-p", str(port),
         "-m", str(PROJECT_ROOT / "data" / "metadata.yml")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}/archive"
        rows = _get_json(f"{base}/reports.json?_shape=array&_size=max&_col=region"
                         "&_col=report_year&_col=title")
        conn = sqlite3.connect(crawl["archive"])
        assert len(rows) == conn.execute("select count(*) from reports").fetchone()[0]
        assert {"region", "report_year", "title"} <= set(rows[0])
        hits = _get_json(f"{base}/reports.json?_shape=array&_search={quote('华龙区')}")
        assert hits and all("华龙区" in hit["title"] or "华龙区" in hit["body"] for hit in hits)
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_invalid_seed_file_stops_before_crawling(tmp_path):
    seeds = tmp_path / "bad.csv"
    seeds.write_text("name,url\n华龙区,http://www.pyhlq.gov.cn/\n赵县,not a url\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "gov_reports", "-a", f"seeds={seeds}",
         "-s", f"ARCHIVE_PATH={tmp_path / 'a.db'}"],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 2
    errors = [line for line in done.stderr.splitlines() if line.startswith("ERROR")]
    assert errors == [f"ERROR: seed file {seeds} line 3: bad URL 'not a url' "
                      "(expected http:// or https:// and a host)"]
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "a.db").exists()
