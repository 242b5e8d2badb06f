"""Fault drills: the simulated web plus eleven hosts that misbehave, crawled for real.

Connection resets, a page that never answers, a 5xx storm on one host, a truncated body,
a 50 MB page, a gzip bomb, a page in an undeclared charset, binary junk served as HTML, a
corrupt PDF, redirect loops and an endless chunked answer (`simweb/faults.py`). The
crawl must finish, every other site must give what it gives without the faults, each fault
must be counted in `sites.errors` and in the crawl's stats, and the archive must be intact.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from simweb import SimServer, build_web
from simweb.crawlrun import run_crawl, write_seeds
from simweb.faults import add_fault_sites
from simweb.scoring import score_archive, url_key

pytestmark = pytest.mark.e2e

# The error kinds a fault must leave in its site's `errors`; any one of them will do.
EXPECTED_ERRORS = {
    "reset": {"connection"},
    "timeout": {"timeout"},
    "storm5xx": {"http_500", "http_502", "http_503"},
    "truncated": {"truncated"},
    "huge": {"too_large"},
    "gzipbomb": {"too_large"},
    "junk": {"binary_content"},
    "corruptpdf": {"corrupt_document"},
    "redirectloop": {"redirect_loop"},
    "badredirect": {"blocked_target"},
    "chunked": {"too_large", "timeout"},
}


@pytest.fixture(scope="module")
def fault_crawl(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("faults")
    web = build_web(seed=0, round=1)
    faults = add_fault_sites(web)
    with SimServer(web) as server:
        seeds = write_seeds(web.seed_rows(), tmp / "seeds.csv")
        run = run_crawl(seeds, tmp / "archive.db", server.proxy_url, tmp / "crawl.log",
                        "-s", "DOWNLOAD_TIMEOUT=5")
        requested = [entry["url"] for entry in server.request_log]
    print(f"\nfault crawl: {run.seconds:.1f} s")
    return web, faults, run, tmp / "archive.db", requested


def test_crawl_finishes_and_the_archive_is_intact(fault_crawl):
    _, _, run, archive, _ = fault_crawl
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Spider closed (finished)" in run.log
    conn = sqlite3.connect(archive)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert conn.execute("select finish_reason from crawls").fetchone()[0] == "finished"


def test_other_sites_are_unaffected(fault_crawl):
    web, _, _, archive, _ = fault_crawl
    score = score_archive(archive, web.truth)
    assert score.recall == 1.0, score.missed
    assert score.false_positives == [] and score.merged == [] and score.split == []


def test_every_fault_is_counted_per_site_and_in_the_stats(fault_crawl):
    _, faults, _, archive, _ = fault_crawl
    conn = sqlite3.connect(archive)
    errors = {key.split("/")[0]: json.loads(value or "{}")
              for key, value in conn.execute("select site_key, errors from sites")}
    stats = json.loads(conn.execute("select stats from crawls").fetchone()[0])
    for host, fault in faults.items():
        expected = EXPECTED_ERRORS.get(fault["fault"])
        if expected is None:
            continue
        counted = set(errors[host]) & expected
        assert counted, (fault["fault"], errors[host])
        in_stats = {k for k in stats if k.startswith("site_errors/")} | (
            {"corrupt_document"} if stats.get("documents/corrupt") else set())
        assert any(kind in in_stats or f"site_errors/{kind}" in in_stats for kind in counted), \
            fault["fault"]


def test_fault_pages_never_become_reports(fault_crawl):
    _, faults, _, archive, _ = fault_crawl
    conn = sqlite3.connect(archive)
    archived = {url_key(url) for (url,) in conn.execute("select url from sightings")}
    for fault in faults.values():
        if fault["fault"] == "undeclared":
            continue
        assert not archived & {url_key(u) for u in fault["fault_urls"]}, fault["fault"]


def test_undeclared_charset_report_is_read_right(fault_crawl):
    web, faults, _, archive, _ = fault_crawl
    (host,) = [h for h, f in faults.items() if f["fault"] == "undeclared"]
    conn = sqlite3.connect(archive)
    for url in faults[host]["reports"]:
        truth = next(r for r in web.truth["reports"]
                     if url_key(url) in {url_key(c["url"]) for c in r["copies"]})
        body = conn.execute("select r.body from reports r join sightings s on s.report_id = r.id "
                            "where s.url = ?", [url]).fetchone()[0]
        assert "".join(body.split()) == "".join(truth["body"].split())


def test_redirects_to_private_or_foreign_targets_are_refused_before_any_request(fault_crawl):
    _, faults, run, _, requested = fault_crawl
    (host,) = [h for h, f in faults.items() if f["fault"] == "badredirect"]
    # Each column was asked for, and none of the places it redirects to.
    assert set(faults[host]["fault_urls"]) <= {url.replace("https://", "http://") for url in requested}
    refused_hosts = {"127.0.0.1:9", "169.254.169.254", "www.example.com"}
    assert not [url for url in requested if any(f"//{target}/" in url for target in refused_hosts)]
    # Logged once for the site, however many redirects were refused.
    assert run.log.count("refused a redirect") == 1
