"""A crawl of reports posted only as files: scans, page images, `.doc`, `.wps`, `.ofd`.

The `docweb` profile (`simweb/docweb/`, written apart from the crawler) is served on loopback
and crawled through its proxy, as `python -m simweb.docweb.score` does, without its 20-page
scan (measured there, too slow for the test suite). Each report is archived with its text,
region and year, and says where its text came from; the look-alikes beside them are not.
"""

from __future__ import annotations

import sqlite3

import pytest

from simweb import SimServer, build_web
from simweb.crawlrun import run_crawl, write_seeds

pytestmark = pytest.mark.e2e

# How each site's report is posted, and the text source the archive must record.
EXPECTED_SOURCES = {"涞水县": "ocr", "平乐县": "ocr", "泰顺县": "ocr", "南陵县": "doc", "高阳县": "doc",
                    "平江县": "wps", "凤阳县": "ofd", "康保县": "html"}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    web = build_web(profile="docweb")
    work = tmp_path_factory.mktemp("docweb")
    rows = [row for row in web.seed_rows() if row["name"] in EXPECTED_SOURCES]
    with SimServer(web) as server:
        crawl = run_crawl(write_seeds(rows, work / "seeds.csv"), work / "docweb.db", server.proxy_url,
                          work / "crawl.log", "-s", "DOWNLOAD_TIMEOUT=5")
    assert crawl.returncode == 0, crawl.stderr[-2000:]
    conn = sqlite3.connect(work / "docweb.db")
    conn.row_factory = sqlite3.Row
    yield web, conn
    conn.close()


def test_every_file_only_report_is_archived_with_its_source_and_fields(archive):
    web, conn = archive
    truth = {(r["region"], r["report_year"]) for r in web.truth["reports"] if r["region"] in EXPECTED_SOURCES}
    rows = conn.execute(
        "select region, report_year, text_source, ocr_confidence, body from reports").fetchall()
    assert {(row["region"], row["report_year"]) for row in rows} == truth
    for row in rows:
        assert row["text_source"] == EXPECTED_SOURCES[row["region"]], row["region"]
        assert (row["ocr_confidence"] is not None) == (row["text_source"] == "ocr")
        assert len(row["body"]) > 500


def test_documents_say_where_their_text_came_from_and_lookalikes_stay_out(archive):
    _, conn = archive
    sources = {row[0] for row in conn.execute(
        "select text_source from documents where status = 'report'")}
    assert {"ocr", "doc", "wps", "ofd"} <= sources
    titles = [row[0] for row in conn.execute("select title from reports")]
    assert not [title for title in titles if "信息公开" in title or "实施方案" in title]
