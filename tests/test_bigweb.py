"""Tests of the large benchmark web (benchmarks/bigweb.py): size, determinism, serving, memory."""

from __future__ import annotations

import collections
import csv
import hashlib
import json
import resource
import ssl
import statistics
import urllib.error
import urllib.request
from urllib.parse import urlsplit

import pytest

from benchmarks.bigweb import GOV_SITES, build_big_web
from simweb import SimServer
from simweb.model import Request
from simweb.oracle import Oracle, canonical

SMALL = {"sites": 24, "pages_per_site": 60}


@pytest.fixture(scope="module")
def big():
    return build_big_web()


@pytest.fixture(scope="module")
def big_urls(big):
    return list(big.page_urls())


@pytest.fixture(scope="module")
def server(big):
    with SimServer(big) as srv:
        yield srv


@pytest.fixture(scope="module")
def opener(server):
    proxies = {"http": server.proxy_url, "https": server.proxy_url}
    return urllib.request.build_opener(
        urllib.request.ProxyHandler(proxies),
        urllib.request.HTTPSHandler(context=ssl._create_unverified_context()),
    )


def fetch(web, url: str, headers: dict | None = None):
    """Resolve a URL in the web without the server (no redirects followed)."""
    parts = urlsplit(url)
    return web.respond(Request("GET", parts.scheme, parts.hostname, parts.path or "/", parts.query,
                               headers or {}), {})


def digest_sample(web, step: int) -> str:
    """One hash over every ``step``-th page of the web: URL, status, Last-Modified and body."""
    h = hashlib.sha256()
    for i, url in enumerate(web.page_urls()):
        if i % step == 0:
            res = fetch(web, url)
            h.update(f"{url} {res.status} {res.last_modified}".encode())
            h.update(res.body)
    return h.hexdigest()


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ---------------------------------------------------------------------- size and shape


def test_default_web_is_large(big, big_urls):
    assert len(big.plans) == 320 and len(big.seed_rows()) == 320
    assert big.page_count == len(big_urls) >= 100_000
    assert len(set(big_urls)) == len(big_urls)
    families = collections.Counter(p.site.family for p in big.plans)
    assert set(families) == {"trs", "hanweb", "gbk", "generic", "platform"}
    assert {p.site.variant for p in big.plans if p.site.family == "generic"} == set(range(6))
    assert all(8 <= len(p.site.columns) <= 15 for p in big.plans)
    assert all(len(p.reports) >= 3 for p in big.plans)
    assert sum(1 for p in big.plans if p.site.parent) >= 20  # county sub-sites on city platforms


def test_seed_rows_are_real_counties(big):
    with open(GOV_SITES, encoding="utf-8", newline="") as fh:
        real = {(r["name"], r["adcode"]) for r in csv.DictReader(fh)}
    rows = big.seed_rows()
    assert all((r["name"], r["adcode"]) in real for r in rows)
    assert len({r["url"] for r in rows}) == len(rows)
    assert {r["level"] for r in rows} == {"county", "city"}


def test_page_sizes_are_realistic(big, big_urls):
    sizes = collections.defaultdict(list)
    for url in big_urls[::400]:
        res = fetch(big, url)
        assert res.status == 200, url
        sizes[res.ctype.split(";")[0]].append(len(res.body))
    html = sorted(sizes["text/html"])
    assert 10_000 <= statistics.median(html) <= 40_000
    assert sum(10_000 <= s <= 40_000 for s in html) >= 0.95 * len(html)  # the rest: root redirects


# ---------------------------------------------------------------------- determinism


def test_same_arguments_same_web():
    first, again = build_big_web(**SMALL), build_big_web(**SMALL)
    assert list(first.page_urls()) == list(again.page_urls())
    assert digest_sample(first, 5) == digest_sample(again, 5)
    assert json.dumps(first.truth, sort_keys=True) == json.dumps(again.truth, sort_keys=True)
    assert first.seed_rows() == again.seed_rows()
    assert digest_sample(build_big_web(**SMALL, seed=1), 5) != digest_sample(first, 5)


def test_truth_shape():
    web = build_big_web(**SMALL)
    truth = web.truth
    reports = truth["reports"]
    assert len(reports) >= 3 * SMALL["sites"] and len(truth["lookalikes"]) >= SMALL["sites"]
    assert len({r["key"] for r in reports}) == len(reports)
    kinds = {c["kind"] for r in reports for c in r["copies"]}
    assert kinds >= {"html", "pdf", "republication"}
    for rep in reports:
        assert rep["preferred_url"] == rep["copies"][0]["url"]
        assert 2500 <= len(rep["body"]) <= 7000 and "扫一扫" not in rep["body"]
    assert web.make_truth([0])["reports"] == [r for r in reports if r["site"] == web.plans[0].site.key]


def test_pages_are_reachable_from_the_seeds():
    # The oracle walks the web as a crawler could (robots.txt, pagers, dataproxy, gkmlpt API).
    web = build_big_web(sites=22, pages_per_site=40)
    oracle = Oracle(web).run()
    listed = {canonical(u) for u in web.page_urls()
              if "/dataproxy.jsp?" not in u and "/gkmlpt/api/" not in u}  # reached by other queries
    blocked = tuple(web.truth["robots_disallowed"])
    assert {u for u in listed - oracle.reached if not u.startswith(blocked)} <= {
        u for u in listed if u.endswith("/sitemap.xml")}
    for rep in web.truth["reports"]:
        for copy in rep["copies"]:
            assert (canonical(copy["url"]) in oracle.reached) == copy["findable"], copy


# ---------------------------------------------------------------------- serving


def test_sample_pages_answer_through_simserver(big, big_urls, opener):
    sample = big_urls[::1499]
    assert any(u.startswith("https://") for u in sample) and any(u.startswith("http://") for u in sample)
    for url in sample:
        res = opener.open(url, timeout=10)
        assert res.status == 200 and res.read(), url


def test_report_copies_answer_through_simserver(big, opener):
    # A city platform with its two county sub-sites (reposts), and one site of every other family.
    chosen = [0, 1, 2]
    for family in ("trs", "hanweb", "gbk", "generic"):
        chosen.append(next(p.index for p in big.plans if p.site.family == family))
    reports = big.make_truth(chosen)["reports"]
    copies = [c for r in reports for c in r["copies"]]
    assert {"html", "pdf", "republication"} <= {c["kind"] for c in copies}
    for copy in copies:
        res = opener.open(copy["url"], timeout=10)  # Hanweb's downfile.jsp redirects to the file
        body = res.read()
        assert res.status == 200 and body, copy["url"]
        if copy["kind"] == "pdf":
            assert body.startswith(b"%PDF")


def test_conditional_requests(big, big_urls, opener):
    url = big_urls[1234]
    res = opener.open(url, timeout=10)
    res.read()
    etag, modified = res.headers["ETag"], res.headers["Last-Modified"]
    assert etag and modified
    for header in ({"If-None-Match": etag}, {"If-Modified-Since": modified}):
        with pytest.raises(urllib.error.HTTPError) as err:
            opener.open(urllib.request.Request(url, headers=header), timeout=10)
        assert err.value.code == 304


def test_robots_and_unknown_host(big, server, opener):
    plan = big.plans[5]
    text = opener.open(f"http://{plan.site.host}/robots.txt", timeout=10).read().decode()
    assert text.startswith("User-agent: *") and "Disallow: /search/" in text
    with pytest.raises(urllib.error.HTTPError) as err:
        opener.open("http://no-such-county.gov.cn/", timeout=10)
    assert err.value.code == 502


# ---------------------------------------------------------------------- memory


def test_memory_stays_bounded(big, big_urls):
    # Every site, once built, stays cached (~0.2 MB: its docs without text, its routes) and
    # keeps the titles its pages showed (~150 B a doc); pages and their text are never kept.
    # What the server itself holds (SimServer.request_log) is not counted here.
    step = len(big_urls) // 2500
    before = peak_rss_mb()
    for url in big_urls[::step]:  # 2,500 pages: every site built
        assert fetch(big, url).status == 200
    first = peak_rss_mb()
    for url in big_urls[step // 2 :: step]:  # 2,500 other pages
        assert fetch(big, url).status == 200
    second = peak_rss_mb()
    assert first - before < 150, (before, first)
    assert second - first < 30, (first, second)
