"""End to end: `scrapy crawl gov_reports` over the simulated county web, then Datasette.

The crawl runs as a user runs it, as a subprocess through the standard proxy variables,
against every site family of the simulated web (TRS, Hanweb, old GBK, attachments, the
政府信息公开 platform, a city platform, a traditional/pinyin mirror, look-alikes, robots
rules, traps, a flaky and a hanging page). The tests then check what landed in the archive
against the web's truth, and query the archive through a real Datasette over HTTP.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from simweb import SimServer, build_web
from simweb.crawlrun import PROJECT_ROOT, run_crawl, write_seeds
from simweb.scoring import score_archive
from tests.datasette_server import datasette

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


def test_the_crawl_ends_with_a_summary_of_what_the_archive_recorded(crawl):
    run, conn = crawl["run"], sqlite3.connect(crawl["archive"])
    sites, reached = conn.execute("select count(*), count(final_url) from sites").fetchone()
    unreachable = conn.execute("select count(*) from sites where end_reason = 'unreachable'"
                               ).fetchone()[0]
    reports = conn.execute("select count(*) from reports").fetchone()[0]
    assert reached < sites and unreachable  # the simulated web has a dead host
    assert f"Sites: {reached} of {sites} reached" in run.stdout, run.stdout
    assert f", {unreachable} unreachable, 0 blocked by robots.txt" in run.stdout
    assert f"Reports: {reports} new, " in run.stdout
    assert f"Look: datasette {crawl['archive']} -m data/metadata.yml" in run.stdout
    # With LOG_FILE, the log ends with it too.
    assert f"Sites: {reached} of {sites} reached" in run.log


def test_finds_the_reports(crawl):
    score = crawl["score"]
    # Measured: 40 of 40, at about 1,020 requests through the proxy.
    assert score.recall == 1.0, score.missed
    assert len(crawl["requests"]) <= 1080
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
    for name in ("region", "report_year", "publish_date", "publisher"):
        assert score.accuracy(name) == 1.0, score.field_errors[name]


def test_robots_rules_are_obeyed_and_traps_bounded(crawl):
    truth = crawl["web"].truth
    fetched = [r["url"] for r in crawl["requests"] if r["method"] != "CONNECT"]
    for prefix in truth["robots_disallowed"]:
        assert not [url for url in fetched if url.startswith(prefix)], prefix
    for prefix in truth["traps"]:
        # Measured: 8 at most (MAX_CALENDAR_VARIANTS).
        assert len([url for url in fetched if url.startswith(prefix)]) <= 8, prefix
    agents = {r["headers"].get("User-Agent", "") for r in crawl["requests"]
              if r["method"] != "CONNECT"}
    assert all(agent.startswith("Mozilla/5.0 (compatible; gov-reports/") and "+https://" in agent
               for agent in agents)


def test_archive_records_sites_crawls_versions_and_copies(crawl):
    conn = sqlite3.connect(crawl["archive"])
    with_url = [row for row in crawl["web"].seed_rows() if row["url"]]
    assert conn.execute("select count(*) from sites").fetchone()[0] == len(with_url)
    reasons = dict(conn.execute("select end_reason, count(*) from sites group by end_reason"))
    assert reasons.get("done", 0) >= len(with_url) - 1  # measured: all but the dead host
    crawl_row = conn.execute("select finished_at, finish_reason, requests, reports_new "
                             "from crawls").fetchone()
    assert crawl_row[0] and crawl_row[1] == "finished" and crawl_row[2] > 0
    reports = conn.execute("select count(*) from reports").fetchone()[0]
    assert crawl_row[3] == reports
    assert conn.execute("select count(distinct report_id) from versions").fetchone()[0] == reports
    # Reports seen at several URLs (HTML and PDF, republications) keep every copy.
    copies = conn.execute("select count(*) from (select report_id from sightings "
                          "group by report_id having count(distinct url) > 1)").fetchone()[0]
    assert copies >= 11  # measured: 11


def test_datasette_serves_the_archive(crawl):
    conn = sqlite3.connect(crawl["archive"])
    with datasette(crawl["archive"]) as client:
        rows = client.rows("reports", _col=["region", "report_year", "title"])
        assert len(rows) == conn.execute("select count(*) from reports").fetchone()[0]
        assert {"region", "report_year", "title"} <= set(rows[0])
        # Full-text search (trigram) and its canned fallback for short queries.
        hits = client.rows("reports", _search="华龙区")
        expected = {i for (i,) in conn.execute(
            "select id from reports where title like '%华龙区%' or body like '%华龙区%'")}
        assert {hit["id"] for hit in hits} == expected and expected
        short = client.rows("search", q="赵县")
        assert {row["id"] for row in short} == {i for (i,) in conn.execute(
            "select id from reports where title like '%赵县%' or body like '%赵县%'")}
        # A facet.
        facets = client.get("reports.json", _facet="region", _facet_size="max")["facet_results"]
        facets = facets.get("results", facets)  # Datasette 1.0 nests them one level deeper
        counted = {f["value"]: f["count"] for f in facets["region"]["results"]}
        assert counted == dict(conn.execute("select region, count(*) from reports group by region"))


def test_canned_queries(crawl):
    conn = sqlite3.connect(crawl["archive"])
    with datasette(crawl["archive"]) as client:
        # Datasette returns at most 1,000 rows: five years of one province fit.
        coverage = client.rows("coverage", since="2020", until="2024", province="河北省")
        earlier = client.rows("coverage", since="2016", until="2019", province="河北省")
        units = conn.execute("select count(*) from regions where level = 'county' "
                             "and province = '河北省'").fetchone()[0]
        assert len(coverage) == units * 5 and len(earlier) == units * 4  # one row per unit-year
        status = {(row["name"], row["year"]): row["status"] for row in coverage + earlier}
        assert [status[("赵县", year)] for year in (2021, 2022, 2023, 2024)] == [
            "not found after a complete look", "found", "found", "found"]  # 2021 is a scan
        assert status[("赞皇县", 2017)] == "found" and status[("赞皇县", 2019)] == \
            "not found after a complete look"
        assert status[("长安区", 2022)] == "not looked at: no known site"
        jiangxi = {(row["name"], row["year"]): row for row in
                   client.rows("coverage", since="2022", until="2023", province="江西省")}
        # 南康区 has no site of its own; its report was found on the city's platform.
        assert jiangxi[("南康区", 2022)]["status"] == "found" and jiangxi[("南康区", 2022)]["report_url"]
        matrix = {row["adcode"]: row for row in
                  client.rows("coverage_matrix", province="河北省", since="2021", until="2024")}
        assert len(matrix) == units
        assert matrix["130133"]["years"] == "2021 ✗  2022 ✓  2023 ✓  2024 ✓"  # 赵县
        assert matrix["130102"]["years"] == "2021 ·  2022 ·  2023 ·  2024 ·"  # 长安区, no site
        rollup = {(row["province"], row["year"]): row for row in
                  client.rows("coverage_by_province", since="2022", until="2022")}
        hebei = rollup[("河北省", 2022)]
        assert hebei["units"] == units and hebei["found"] == 2
        assert hebei["found"] + hebei["not_found_after_complete_look"] + hebei["not_looked_at"] == units
        (report_id, copies) = conn.execute(
            "select report_id, count(*) from sightings group by report_id "
            "order by count(*) desc limit 1").fetchone()
        rows = client.rows("copies", id=str(report_id))
        assert len(rows) == copies and sum(row["preferred"] for row in rows) >= 1
        of_province = client.rows("reports_of", province="河北省", year="")
        assert {row["id"] for row in of_province} == {i for (i,) in conn.execute(
            "select id from reports where province = '河北省'")}
        of_year = client.rows("reports_of", province="", year="2022")
        assert {row["report_year"] for row in of_year} == {2022}
        unreadable = client.rows("unreadable_documents")
        assert {row["status"] for row in unreadable} == {"unsupported", "no_text_layer"}


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
