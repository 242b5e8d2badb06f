"""Checks of the simulated web's ``blind2`` profile itself (never of the crawler).

The blind2 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that each scripted list really hides its report from plain links,
and that every findable report is reachable from the seed rows by following the sites' own links
and scripts (the walker in ``simweb.blind2.reach`` understands each mechanism the sites use).
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

import pytest

from simweb import build_web
from simweb.blind.reach import truth_urls, unanswered_through_proxy
from simweb.blind2.reach import Walker
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)


def existing_hosts() -> set[str]:
    """Hosts of every other profile (the blind2 counties must be new)."""
    hosts: set[str] = set()
    for profile in ("blind", "kinds", "discovery"):
        hosts |= build_web(0, profile=profile).hosts
    return hosts


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind2")


@pytest.fixture(scope="module")
def reached(web):
    """Every URL the walker reaches from the seed rows."""
    return Walker(web).run()


def test_registered():
    assert "blind2" in PROFILES


def test_size_and_seed_rows(web):
    rows = web.seed_rows()
    assert rows and all(set(r) == {"name", "url"} for r in rows)
    assert 11 <= len(rows) <= 14
    county = [r for r in web.truth["reports"] if not r.get("higher_level")]
    assert 18 <= len(county) <= 26
    assert {r["report_year"] for r in county} <= set(range(2019, 2025))
    sites = Counter(r["site"] for r in county)
    assert 12 <= len(sites) <= 14 and max(sites.values()) <= 2
    assert len(web.truth["lookalikes"]) >= 20
    assert sum(1 for r in web.truth["reports"] if r.get("higher_level")) >= 3
    assert len(web.resources) > 3000


def test_hosts_are_new(web):
    own = {urlsplit(c["url"]).hostname for r in web.truth["reports"] for c in r["copies"]}
    assert not own & existing_hosts()


def test_deterministic(web):
    assert digest_web(build_web(0, profile="blind2")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind2")) != digest_web(web)


def test_truth_consistent(web):
    keys = Counter(r["key"] for r in web.truth["reports"])
    assert max(keys.values()) == 1
    assert web.truth["profile"] == "blind2"
    for r in web.truth["reports"]:
        assert r["copies"] and r["preferred_url"] == r["copies"][0]["url"]
        assert r["body"] and len(r["body"]) > 1500, r["key"]
        assert r["blind_kinds"]
        assert str(r["report_year"]) in r["title"]
        if r.get("higher_level"):
            assert not any(c["findable"] for c in r["copies"])
            assert r["region"] != r["reposted_on"] and r["region"][:2] in r["title"]
        else:
            assert any(c["findable"] for c in r["copies"])
            assert r["region"][:2] in r["title"] or r["title"].startswith("关于")
    kinds = Counter(k for r in web.truth["reports"] for k in r["blind_kinds"])
    for needed in (
        "named_column",
        "trs_pager",
        "ilist_catalogue",
        "gbk",
        "numeric_tree",
        "pdf_only",
        "old_asp",
        "city_platform_subpath",
        "topic_image_link",
        "gkmlpt_api",
        "json_getjson",
        "jcms_datastore",
        "jcms_dataproxy_post",
        "script_array",
        "frameset",
        "multi_page_query",
        "unseeded_county_via_city",
        "higher_repost",
    ):
        assert kinds[needed], needed
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"calendar", "endless_pager"}
    looks = Counter(lk["kind"] for lk in web.truth["lookalikes"])
    for needed in (
        "xxgk_annual",
        "gov_work_report",
        "plan",
        "shufa",
        "duty_report",
        "notice",
        "interpretation",
        "demo_news",
    ):
        assert looks[needed], needed


def test_report_texts_distinct(web):
    bodies = {
        r["key"]: {r["body"][i : i + 5] for i in range(len(r["body"]) - 4)} for r in web.truth["reports"]
    }
    names = sorted(bodies)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            jac = len(bodies[a] & bodies[b]) / len(bodies[a] | bodies[b])
            assert jac < 0.3, (a, b, jac)


def test_multi_page_bodies_join(web):
    multi = [r for r in web.truth["reports"] if r.get("pages")]
    assert multi
    for r in multi:
        texts = []
        for url in r["pages"]:
            p = urlsplit(url)
            texts.append(web.resources[(p.hostname, p.path, p.query)].body.decode())
        paras = r["body"].split("\n")
        assert paras[0][:30] in texts[0] and paras[-1][:30] in texts[-1]
        assert paras[-1][:30] not in texts[0]


def test_pdf_only_report_has_text_layer(web):
    for r in web.truth["reports"]:
        if "pdf_only" in r["blind_kinds"]:
            p = urlsplit(r["preferred_url"])
            res = web.resources[(p.hostname, p.path, "")]
            assert res.ctype == "application/pdf" and res.body.startswith(b"%PDF")


def test_scripted_reports_have_no_plain_link(web):
    """A report behind a script or an API is linked by no ``href`` on any static page."""
    hidden = [
        r
        for r in web.truth["reports"]
        if {"script_array", "gkmlpt_api", "json_getjson", "jcms_dataproxy_post"} & set(r["blind_kinds"])
    ]
    assert len(hidden) >= 5
    hrefs = set()
    for (host, _path, _q), res in web.resources.items():
        if res.ctype.startswith("text/html"):
            text = res.body.decode("gbk" if "GBK" in res.ctype else "utf-8", "replace")
            hrefs |= {host + "|" + h.rsplit("/", 1)[-1] for h in HREF.findall(text)}
    for r in hidden:
        p = urlsplit(r["preferred_url"])
        assert p.hostname + "|" + p.path.rsplit("/", 1)[-1] not in hrefs, r["key"]


def test_every_report_reachable_by_links(web, reached):
    for r in web.truth["reports"]:
        assert any(c["url"] in reached for c in r["copies"]), r["key"]
        for page in r.get("pages", []):
            assert page in reached, page
    for lk in web.truth["lookalikes"]:
        assert lk["url"] in reached, lk
    unseeded = {"www.tongguan.gov.cn"}
    assert not unseeded & {urlsplit(r["url"]).hostname for r in web.seed_rows()}
    assert {urlsplit(u).hostname for u in reached} >= unseeded
    assert not any(u.startswith(tuple(web.truth["traps"])) for u in reached)


def test_traps_are_endless(web):
    walker = Walker(web)
    for prefix in web.truth["traps"]:
        url = prefix + ("index.jsp?month=2024-06" if "hdrl" in prefix else "list.asp?page=1")
        assert len(walker.trap_chain(url, prefix)) == 6, prefix


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, truth_urls(web)) == []
