"""Sites behind script-challenge firewalls (simweb/challenges.py: 瑞数 412, 加速乐 521, a 200
cookie script), crawled for real: with the browser their reports are archived and the browser
renders only a few pages; without it each site is accounted as blocked, and coverage says so."""

from __future__ import annotations

import json
import sqlite3
from importlib.util import find_spec

import pytest

from crawler.browser import find_chromium
from simweb import SimServer, build_web
from simweb.challenges import add_challenge_sites
from simweb.crawlrun import run_crawl, write_seeds
from simweb.scoring import url_key

pytestmark = pytest.mark.e2e

needs_browser = pytest.mark.skipif(find_chromium() is None or find_spec("scrapy_playwright") is None,
                                   reason="no Chromium or scrapy-playwright: .ci/run installs both")


def crawl_challenge_sites(tmp_path, *extra: str):
    web = build_web(seed=0, round=1)
    challenges = add_challenge_sites(web)
    rows = [row for row in web.seed_rows() if any(host in row["url"] for host in challenges)]
    with SimServer(web) as server:
        seeds = write_seeds(rows, tmp_path / "seeds.csv")
        run = run_crawl(seeds, tmp_path / "archive.db", server.proxy_url, tmp_path / "crawl.log",
                        "-s", "DOWNLOAD_TIMEOUT=10", *extra)
    conn = sqlite3.connect(tmp_path / "archive.db")
    archived = {url_key(url) for (url,) in conn.execute("select url from sightings")}
    wanted = [url for desc in challenges.values() for url in desc["reports"]]
    sites = {key: (reason, json.loads(errors or "{}"))
             for key, reason, errors in conn.execute("select site_key, end_reason, errors from sites")}
    stats = json.loads(conn.execute("select stats from crawls").fetchone()[0])
    return run, [url for url in wanted if url_key(url) not in archived], sites, stats


@needs_browser
def test_the_browser_passes_every_kind_of_challenge_and_plain_requests_do_the_rest(tmp_path):
    run, missed, sites, stats = crawl_challenge_sites(tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "passed with the browser at" in run.log
    assert missed == []
    assert {reason for reason, _ in sites.values()} == {"done"}
    # The browser only earns the cookies: most requests to those hosts are plain ones.
    assert stats["challenges/cookie_requests"] > 2 * stats["challenges/browser_pages"]


def test_without_the_browser_challenged_sites_are_blocked_not_empty(tmp_path):
    run, missed, sites, stats = crawl_challenge_sites(tmp_path, "-s", "BROWSER_CHALLENGES=off")
    assert "not passed (BROWSER_CHALLENGES=off)" in run.log
    assert len(missed) == 10
    assert all(reason == "blocked" and "script_challenge" in errors for reason, errors in sites.values())
    assert stats.get("challenges/browser_pages") is None
