"""Checks of the simulated web's ``blind3`` profile itself (never of the crawler).

The blind3 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that each list behind a script, an API or a POST really hides its
report from plain links, that the not-findable reports are the scans, and that every findable
report is reachable from the seed rows by following the sites' own links, scripts and forms (the
walker in ``simweb.blind3.reach`` understands each mechanism the sites use).
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

import pytest

from simweb import build_web
from simweb.blind.reach import truth_urls, unanswered_through_proxy
from simweb.blind3.reach import Walker
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.zjc.gov.cn"}


def other_hosts() -> set[str]:
    """Hosts of the other blind profiles and the development webs (blind3's must be new)."""
    hosts: set[str] = set()
    for profile in ("blind", "blind2", "kinds", "discovery"):
        hosts |= build_web(0, profile=profile).hosts
    return hosts


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind3")


@pytest.fixture(scope="module")
def reached(web):
    """Every URL the walker reaches from the seed rows."""
    return Walker(web).run()


def county_reports(web) -> list[dict]:
    return [r for r in web.truth["reports"] if not r.get("higher_level") and not r.get("department")]


def findable(report: dict) -> bool:
    return any(c["findable"] for c in report["copies"])


def test_registered():
    assert "blind3" in PROFILES


def test_size_and_seed_rows(web):
    rows = web.seed_rows()
    assert rows and all(set(r) == {"name", "url"} for r in rows)
    assert 12 <= len(rows) <= 14
    found = [r for r in county_reports(web) if findable(r)]
    assert 20 <= len(found) <= 26
    assert {r["report_year"] for r in county_reports(web)} <= set(range(2019, 2025))
    sites = Counter(r["site"] for r in found)
    assert 13 <= len(sites) <= 15 and max(sites.values()) <= 2
    assert len(web.truth["lookalikes"]) >= 30
    assert sum(1 for r in web.truth["reports"] if r.get("higher_level")) >= 3
    assert sum(1 for r in web.truth["reports"] if r.get("department")) >= 2
    assert len(web.resources) > 3000


def test_hosts_are_new(web):
    own = {urlsplit(c["url"]).hostname for r in web.truth["reports"] for c in r["copies"]}
    assert not own & other_hosts()


def test_deterministic(web):
    assert digest_web(build_web(0, profile="blind3")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind3")) != digest_web(web)


def test_truth_consistent(web):
    keys = Counter(r["key"] for r in web.truth["reports"])
    assert max(keys.values()) == 1
    assert web.truth["profile"] == "blind3"
    for r in web.truth["reports"]:
        assert r["copies"] and r["preferred_url"] == r["copies"][0]["url"]
        assert r["body"] and len(r["body"]) > 1500, r["key"]
        assert r["blind_kinds"]
        assert str(r["report_year"]) in r["title"]
        assert "|" not in r["title"]
        if r.get("higher_level"):
            assert not findable(r)
            assert r["region"] != r["reposted_on"] and r["region"][:2] in r["title"]
        elif r.get("department"):
            assert not findable(r) and r["issuer_kind"] == "department"
        elif not findable(r):
            assert "scan_needs_ocr" in r["blind_kinds"]
            assert all(c["text_layer"] is False for c in r["copies"])
        else:
            assert r["region"][:2] in r["title"], r["key"]
    kinds = Counter(k for r in web.truth["reports"] for k in r["blind_kinds"])
    for needed in (
        "uuid_columns",
        "continued_pages",
        "zdlyxxgk",
        "vsb",
        "vsb_pager",
        "docx_only",
        "hlj_platform",
        "truncated_title",
        "yidu_zfxxgk",
        "separate_disclosure_host",
        "offset_lists",
        "meta_refresh_home",
        "later_list_page",
        "hanweb_xxgk_search",
        "aspnet",
        "gb2312",
        "postback_pager",
        "script_redirect_home",
        "onclick_links",
        "jcms_datastore",
        "downfile_redirect",
        "jiangxi_pagenum",
        "development_zone",
        "unseeded_county_via_city_script",
        "scan_needs_ocr",
        "department_report",
        "higher_repost",
    ):
        assert kinds[needed], needed
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"echo_search", "related_chain"}
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
        "assessment",
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


def test_continued_report_joins(web):
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


def test_attachment_copies(web):
    """DOCX and text-layer PDF copies are what they say; scans carry no text layer."""
    for r in web.truth["reports"]:
        for c in r["copies"]:
            if c["kind"] not in ("pdf", "docx"):
                continue
            p = urlsplit(c["url"])
            res = web.resources.get((p.hostname, p.path, p.query))
            if res is None:  # the downfile.jsp redirect: checked through the proxy
                continue
            if c["kind"] == "docx":
                assert res.body.startswith(b"PK")
            else:
                assert res.ctype == "application/pdf" and res.body.startswith(b"%PDF")
                assert (b"/Font" in res.body) == c["text_layer"], c["url"]


def test_hidden_reports_have_no_plain_link(web):
    """A report behind a script, an API or a POST is linked by no ``href`` on any static page,
    and no static page of another host links the unseeded county."""
    hidden = [
        r for r in web.truth["reports"] if {"hanweb_xxgk_search", "postback_pager"} & set(r["blind_kinds"])
    ]
    assert len(hidden) >= 3
    hrefs, outside = set(), set()
    for (host, _path, _q), res in web.resources.items():
        if res.ctype.startswith("text/html"):
            text = res.body.decode("gbk" if "GBK" in res.ctype else "utf-8", "replace")
            links = HREF.findall(text)
            hrefs |= {h.replace("&amp;", "&").rsplit("/", 1)[-1] for h in links}
            if host not in UNSEEDED:
                outside |= {urlsplit(h).hostname for h in links}
    for r in hidden:
        assert r["preferred_url"].rsplit("/", 1)[-1] not in hrefs, r["key"]
    assert not UNSEEDED & outside


def test_every_report_reachable(web, reached):
    for r in web.truth["reports"]:
        assert any(c["url"] in reached for c in r["copies"]), r["key"]
        for page in r.get("pages", []):
            assert page in reached, page
    for lk in web.truth["lookalikes"]:
        assert lk["url"] in reached, lk
    assert not UNSEEDED & {urlsplit(r["url"]).hostname for r in web.seed_rows()}
    assert {urlsplit(u).hostname for u in reached} >= UNSEEDED
    assert not any(u.startswith(tuple(web.truth["traps"])) for u in reached)


def test_traps_are_endless(web):
    walker = Walker(web)
    starts = {
        "echo_search": "index.jsp?keyword=法治",
        "related_chain": "index.jsp?docid=1",
    }
    for trap in web.truth["trap_kinds"]:
        assert len(walker.trap_chain(trap["prefix"] + starts[trap["kind"]], trap["prefix"])) == 6, trap


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, truth_urls(web)) == []
