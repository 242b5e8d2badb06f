"""Scheduled re-crawls: a second crawl over the same archive after the web has changed.

Between the two crawls the simulated web publishes a new report, edits one (a paragraph
added) and deletes one. The second crawl must add the new report, record the edit as a
second version, keep the deleted report with its 404, create no duplicate, and cost at most
half the requests of the first crawl, counted by the proxy. Every text a report has had
points at the WARC record of the bytes it was read from, whose digest verifies; a page that
answered 304 gets no new record, a changed one does; pywb replays a captured report page
with the bytes that were served.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
import zipfile
from dataclasses import replace

import pytest
from click.testing import CliRunner
from wacz.main import main as wacz_main

from archive.warc import payload_digest, record_payload, warc_folder
from pipelines import cli
from pipelines.webarchive import index_folder, replay_path
from simweb import SimServer, build_web
from simweb.crawlrun import run_crawl, write_seeds
from simweb.scoring import score_archive, url_key
from tests.datasette_server import datasette
from tests.simweb_fetch import fetch

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def two_crawls(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("recrawl")
    archive = tmp / "archive.db"
    rounds = {}
    for number in (1, 2):
        web = build_web(seed=0, round=number)
        with SimServer(web) as server:
            seeds = write_seeds(web.seed_rows(), tmp / "seeds.csv")
            run = run_crawl(seeds, archive, server.proxy_url, tmp / f"crawl{number}.log",
                            "-s", "DOWNLOAD_TIMEOUT=5")
            requests = [r for r in server.request_log if r["method"] != "CONNECT"]
        assert run.returncode == 0, run.stderr[-2000:]
        rounds[number] = {"web": web, "run": run, "requests": requests}
        print(f"\ncrawl {number}: {len(requests)} requests, {run.seconds:.1f} s")
    return archive, rounds


def test_second_crawl_costs_at_most_half(two_crawls):
    _, rounds = two_crawls
    # Measured: 172 requests against 466 (37%).
    assert len(rounds[2]["requests"]) <= 0.40 * len(rounds[1]["requests"])


def test_one_row_per_true_report_after_both_crawls(two_crawls):
    archive, rounds = two_crawls
    first, second = rounds[1]["web"].truth, rounds[2]["web"].truth
    # The archive keeps the report deleted before the second crawl.
    deleted = [r for r in first["reports"] if r["key"] in second["changes"]["deleted"]]
    truth = {**second, "reports": second["reports"] + deleted}
    score = score_archive(archive, truth)
    assert score.recall == 1.0, score.missed
    assert score.false_positives == [] and score.merged == [] and score.split == []


def _report_id(conn: sqlite3.Connection, truth: dict, key: str) -> int:
    report = next(r for r in truth["reports"] if r["key"] == key)
    urls = {url_key(c["url"]) for c in report["copies"]}
    ids = {rid for rid, url in conn.execute("select report_id, url from sightings")
           if url_key(url) in urls}
    assert len(ids) == 1, (key, ids)
    return ids.pop()


def test_changes_are_recorded(two_crawls):
    archive, rounds = two_crawls
    first, second = rounds[1]["web"].truth, rounds[2]["web"].truth
    changes = second["changes"]
    conn = sqlite3.connect(archive)
    (edited,) = changes["edited"]
    report_id = _report_id(conn, second, edited)
    versions = conn.execute("select version, body from versions where report_id = ? "
                            "order by version", [report_id]).fetchall()
    assert [v for v, _ in versions] == [1, 2]
    assert len(versions[1][1]) > len(versions[0][1])
    body = conn.execute("select body from reports where id = ?", [report_id]).fetchone()[0]
    assert body == versions[1][1]
    (deleted,) = changes["deleted"]
    gone_id = _report_id(conn, first, deleted)
    statuses = [s for (s,) in conn.execute("select http_status from sightings where report_id = ? "
                                           "order by id", [gone_id])]
    assert statuses[0] == 200 and statuses[-1] == 404
    (new,) = changes["new"]
    new_id = _report_id(conn, second, new)
    crawl_of_new = conn.execute("select min(crawl_id) from sightings where report_id = ?",
                                [new_id]).fetchone()[0]
    assert crawl_of_new == 2
    crawls = conn.execute("select reports_new, revisions, finish_reason from crawls "
                          "order by id").fetchall()
    assert crawls[1] == (1, 1, "finished")
    # The second crawl's summary says as much.
    unchanged = conn.execute("select count(distinct report_id) from sightings where crawl_id = 2 "
                             "and kind = 'unchanged'").fetchone()[0]
    assert unchanged > 30  # measured: 37-38
    assert (f"Reports: 1 new, 1 revised, 1 read again, {unchanged} unchanged (304), 1 missing"
            in rounds[2]["run"].stdout), rounds[2]["run"].stdout


def test_unchanged_reports_keep_one_version(two_crawls):
    archive, _ = two_crawls
    conn = sqlite3.connect(archive)
    counts = conn.execute("select count(*), sum(n) from (select report_id, count(*) n from versions "
                          "group by report_id)").fetchone()
    assert counts[1] == counts[0] + 1  # only the edited report has a second version


def _edited_report(two_crawls) -> tuple[sqlite3.Connection, int]:
    """A connection to the archive, and the id of the report edited between the crawls."""
    archive, rounds = two_crawls
    conn = sqlite3.connect(archive)
    (edited,) = rounds[2]["web"].truth["changes"]["edited"]
    return conn, _report_id(conn, rounds[2]["web"].truth, edited)


def test_changed_since_query_shows_the_revision(two_crawls):
    archive, _ = two_crawls
    _, report_id = _edited_report(two_crawls)
    with datasette(archive) as client:
        rows = client.rows("changed_since", since="2000-01-01")
        later = client.rows("changed_since", since="2999-01-01")
    assert [row["id"] for row in rows] == [report_id]
    assert rows[0]["version"] == 2 and rows[0]["characters_added"] > 0
    assert later == []


def _with_dead_report_links(web, host: str, count: int):
    """The web, with `count` links to report pages that do not exist on `host`'s home page."""
    key = (host, "/index.html", "")
    dead = "".join(f'<li><a href="/zcwj/gone/t2019{n:04d}.html">华龙区人民政府关于2019年法治政府'
                   f'建设情况的报告（第{n}稿）</a></li>' for n in range(count))
    page = web.resources[key]
    web.resources[key] = replace(page, body=page.body.replace(b"</body>", f"<ul>{dead}</ul></body>"
                                                              .encode()))
    return web


def test_stale_links_do_not_end_a_fully_read_site_as_errors(tmp_path):
    """A re-crawl asks again for links that answered 404 last time (they left no page row);
    with every other page unchanged, they are most of its requests."""
    archive, host = tmp_path / "archive.db", "www.pyhlq.gov.cn"
    for number in (1, 2):
        web = _with_dead_report_links(build_web(seed=0, round=1), host, count=60)
        with SimServer(web) as server:
            seeds = write_seeds([row for row in web.seed_rows() if host in row["url"]],
                                tmp_path / "seeds.csv")
            run = run_crawl(seeds, archive, server.proxy_url, tmp_path / f"crawl{number}.log",
                            "-s", "DOWNLOAD_TIMEOUT=5")
        assert run.returncode == 0, run.stderr[-2000:]
        assert "Sites: 1 of 1 reached (ended: 1 done)" in run.stdout, run.stdout
    conn = sqlite3.connect(archive)
    end_reason, errors = conn.execute("select end_reason, errors from sites").fetchone()
    stats = json.loads(conn.execute("select stats from crawls where id = 2").fetchone()[0])
    # The 404s are more than half of the second crawl's requests for the site: before the rule,
    # it ended 'errors'.
    assert json.loads(errors)["http_404"] == 60
    assert stats["downloader/request_count"] < 2 * 60
    assert end_reason == "done"
def test_datasette_links_copies_and_versions_to_their_replay(two_crawls):
    archive, _ = two_crawls
    conn, report_id = _edited_report(two_crawls)
    with datasette(archive) as client:
        versions = client.rows("versions_of", id=str(report_id))
        copies = client.rows("copies", id=str(report_id))
        status, _, report_page = client.page(f"/report/{report_id}")
    captured = dict(conn.execute("select id, target_uri from captures"))
    assert [row["version"] for row in versions] == [1, 2]
    fetched = [copy for copy in copies if copy["http_status"] == 200 and copy["kind"] != "page"]
    assert fetched
    for row in versions + fetched:
        assert row["capture_id"] in captured
        assert row["replay"].startswith("http://localhost:8080/archive/")
        assert row["replay"].endswith("id_/" + captured[row["capture_id"]])
    # The report's own page lists the captures behind its versions, with their replay links.
    assert status == 200 and "Captures (" in report_page
    assert all(row["replay"] in report_page.replace("&amp;", "&") for row in versions)


def _captures_of_versions(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute(
        "select v.url, c.url, c.target_uri, c.fetched_at, c.warc_file, c.warc_offset, c.warc_length, "
        "c.payload_digest, c.http_status, c.crawl_id from versions v "
        "left join captures c on c.id = v.capture_id order by v.id").fetchall()


def test_every_version_points_at_a_verified_response_record(two_crawls):
    archive, _ = two_crawls
    conn = sqlite3.connect(archive)
    rows = _captures_of_versions(conn)
    assert rows
    for url, captured_url, target, _, warc_file, offset, length, digest, status, _ in rows:
        assert captured_url == url and status == 200, (url, captured_url)
        headers, payload = record_payload(archive.parent / warc_file, offset, length)
        assert headers["WARC-Type"] == "response" and headers["WARC-Target-URI"] == target
        assert headers["WARC-Payload-Digest"] == digest == payload_digest(payload)
        assert warc_file.startswith(warc_folder(archive).name + "/")
    # Sightings of copies fetched with content point at their bytes too.
    fetched = conn.execute("select count(*), count(capture_id) from sightings "
                           "where http_status = 200 and kind != 'page'").fetchone()
    assert fetched[0] > 0 and fetched[1] == fetched[0]


def test_a_304_writes_no_record_and_a_changed_page_does(two_crawls):
    archive, _ = two_crawls
    conn = sqlite3.connect(archive)
    # (A URL can also come with content in the same crawl: a PDF behind a download link's
    # redirect, fetched without the validators its own check sent.)
    unchanged = {url for (url,) in conn.execute(
        "select url from sightings where crawl_id = 2 and http_status = 304 except "
        "select url from sightings where crawl_id = 2 and http_status = 200")}
    captured_again = {url for (url,) in conn.execute("select url from captures where crawl_id = 2")}
    assert unchanged and not unchanged & captured_again
    # A 304 sighting points at the bytes it confirmed: the URL's capture of the first crawl.
    confirmed = conn.execute(
        "select count(*), count(c.id) from sightings s left join captures c on c.id = s.capture_id "
        "and c.url = s.url and c.crawl_id = 1 where s.crawl_id = 2 and s.http_status = 304").fetchone()
    assert confirmed[0] > 0 and confirmed[1] == confirmed[0]
    _, report_id = _edited_report(two_crawls)
    crawls = [crawl for (crawl,) in conn.execute(
        "select c.crawl_id from versions v join captures c on c.id = v.capture_id "
        "where v.report_id = ? order by v.version", [report_id])]
    assert crawls == [1, 2]


@contextlib.contextmanager
def wayback(folder):
    """pywb's `wayback` serving the folder's collection on loopback, in its own process (pywb
    monkey-patches the process it is imported in with gevent)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-c", "from pywb.apps.cli import wayback; wayback()",
                               "-p", str(port), "-b", "127.0.0.1", "-d", str(folder)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(300):
            assert server.poll() is None, server.stderr.read().decode()[-2000:]
            with socket.socket() as client:
                if client.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_pywb_replays_a_captured_report_page_with_the_bytes_served(two_crawls):
    archive, rounds = two_crawls
    conn = sqlite3.connect(archive)
    folder = warc_folder(archive)
    index_folder(folder)
    url, _, target, fetched_at, *_ = next(
        row for row in _captures_of_versions(conn) if row[2].endswith(".html") and row[9] == 1)
    served = fetch(rounds[1]["web"], target).body
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with wayback(folder) as base, opener.open(base + replay_path(fetched_at, target), timeout=30) as reply:
        assert reply.status == 200, url
        assert reply.read() == served


def test_export_packages_a_selection_as_a_valid_wacz(two_crawls, tmp_path):
    archive, _ = two_crawls
    conn = sqlite3.connect(archive)
    year = conn.execute("select report_year from reports group by report_year "
                        "order by count(*) desc limit 1").fetchone()[0]
    wanted = {url for (url,) in conn.execute(
        "select c.target_uri from versions v join reports r on r.id = v.report_id "
        "join captures c on c.id = v.capture_id where r.report_year = ?", [year])}
    out = tmp_path / "selection.wacz"
    result = CliRunner().invoke(cli.main, ["export", "--archive", str(archive), "--out",
                                           str(tmp_path), "--year", str(year), "--wacz", str(out)])
    assert result.exit_code == 0, result.output
    assert wacz_main(["validate", "-f", str(out)]) == 0
    with zipfile.ZipFile(out) as package:
        index = "".join(gzip.decompress(package.read(name)).decode() for name in package.namelist()
                        if name.startswith("indexes/") and name.endswith(".gz"))
    packed = {json.loads(line.split(" ", 2)[2])["url"] for line in index.splitlines() if line}
    assert wanted and wanted <= packed
