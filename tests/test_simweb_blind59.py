"""Checks of the simulated web's ``blind59`` profile itself (never of the crawler).

The blind59 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind the city platform's shared ``siteId``
endpoint, the template-string pager, the ``Promise.all`` count and list APIs and the offset-in-path
fragments are exactly those a plain link walker misses (and blind55's walker misses too), that
each mechanism answers as modelled, that the not-findable reports are the scan and the ``.doc``,
that its traps never end, and that every findable report is reachable from the seed rows by the
sites' own links, scripts and APIs (``simweb.blind59.reach``).
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode, urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind55.reach import Walker as Blind55Walker
from simweb.blind59.reach import (
    CITY_CALL,
    GO_LINK,
    OFFSET_BASE,
    PROMISE_ALL,
    TPL_VAR,
    Walker,
    unanswered_through_proxy,
)
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.guiping.gov.cn"}
PORTAL = "www.gxgg.gov.cn"
SITE_KINDS = {
    "雁江区": ("trs_createpage", "city_platform_siteid_list", "api_later_page", "higher_repost"),
    "安岳县": ("trs_createpage", "gbk_pages", "pdf_attachment"),
    "乐至县": ("trs_createpage", "joint_title", "docx_attachment", "work_summary_column"),
    "铜官区": ("trs_createpage", "higher_repost", "later_list_page"),
    "义安区": ("trs_createpage", "template_replace_page_url", "later_list_page"),
    "郊区": ("trs_createpage",),
    "枞阳县": ("trs_createpage", "offset_path_fragment", "later_list_page", "higher_repost"),
    "港北区": ("trs_createpage", "work_summary_column"),
    "港南区": ("trs_createpage", "promise_all_count_list", "api_later_page", "higher_repost"),
    "覃塘区": ("trs_createpage", "gbk_pages", "higher_repost", "later_list_page"),
    "平南县": ("trs_createpage", "other_files_column"),
    "桂平市": ("trs_createpage", "unseeded_county_via_prefecture_list", "higher_repost"),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the findable reports a plain link walker (no scripts, no forms, no APIs) misses
HIDDEN = {
    "雁江区-2024",
    "雁江区-2022",
    "义安区-2024",
    "义安区-2022",
    "枞阳县-2023",
    "枞阳县-2021",
    "港南区-2024",
    "港南区-2022",
}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind59")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, headers or {}, body), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    return urlsplit(report(web, key)["preferred_url"]).path


def test_profile_figures(web):
    assert "blind59" in PROFILES and web.truth["profile"] == "blind59"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind59")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind59")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 22 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"四川省", "安徽省", "广西壮族自治区"}
    assert {row["name"] for row in web.rows} >= {"雁江区", "港南区", "贵港市"}
    assert all(set(row) == {"name", "url"} for row in web.rows)
    assert not {urlsplit(row["url"]).hostname for row in web.rows} & UNSEEDED
    by_site = {}
    for r in findable:
        by_site.setdefault(r["key"].rsplit("-", 1)[0], []).append(r)
    assert set(by_site) == set(SITE_KINDS) and all(len(v) == 2 for v in by_site.values())
    kinds = {c["kind"] for r in findable for c in r["copies"]}
    assert {"pdf", "docx"} <= kinds
    assert {r["key"] for r in web.truth["reports"] if r.get("higher_level")} and {
        r["key"] for r in web.truth["reports"] if r.get("department")
    }


def test_mechanisms_hide_their_reports(web):
    """A plain link walker misses exactly ``HIDDEN``, and so does blind55's walker; only the
    portal's 县市区 list names 桂平市."""
    for walker in (blind_reach.Walker(web), Blind55Walker(web)):
        reached = walker.run()
        missed = {
            r["key"]
            for r in blind_reach.county_reports(web)
            if blind_reach.findable(r) and not {c["url"] for c in r["copies"]} & reached
        }
        assert missed == HIDDEN
    outside, portal = set(), set()
    for (host, _path, _q), res in web.resources.items():
        if not res.ctype.startswith("text/html"):
            continue
        found = {urlsplit(u).hostname for u in HREF.findall(res.body.decode("utf-8", "replace"))}
        if host == PORTAL:
            portal |= found
        elif host not in UNSEEDED:
            outside |= found
    assert not UNSEEDED & outside and portal >= UNSEEDED


def test_city_platform_siteid(web):
    """雁江区: the list lives on the 资阳市 host, keyed by the county's ``siteId``; page 2 of
    通知公告 holds the 2024 report as an absolute URL on the county host; an unknown site is refused."""
    page = ask(web, "http://www.yanjiang.gov.cn/zwgk/tzgg/index.html").body.decode()
    target = report(web, "雁江区-2024")["preferred_url"]
    ((site, chnl, endpoint, size),) = CITY_CALL.findall(page)
    assert urlsplit(endpoint).hostname == "www.ziyang.gov.cn" and urlsplit(target).path not in page

    def rows(n, s=site):
        res = ask(web, endpoint + "?" + urlencode({"siteId": s, "chnlId": chnl, "page": n, "size": size}))
        assert res.status == 200 and ("Access-Control-Allow-Origin", "*") in res.headers
        return json.loads(res.body)

    one, two = rows(1)["data"], rows(2)["data"]
    assert one["pageCount"] >= 2 and target not in {x["url"] for x in one["list"]}
    assert target in {x["url"] for x in two["list"]}
    assert rows(1, "999999")["data"] is None
    assert ask(web, "http://www.yanjiang.gov.cn" + urlsplit(endpoint).path + "?siteId=" + site).status == 404


def test_template_replace_pager(web):
    """义安区: the pager's links are ``javascript:go(k)``; ``list_2.html`` (the template with ``{n}``
    replaced) holds the 2024 report; no page links it by ``href``."""
    page = ask(web, "https://www.ahtlyaq.gov.cn/zwgk/tzgg/index.html").body.decode()
    target = path_of(web, "义安区-2024")
    tpl = TPL_VAR.search(page).group(1)
    assert "2" in GO_LINK.findall(page) and target not in page and "list_2.html" not in page
    second = ask(web, "https://www.ahtlyaq.gov.cn" + tpl.replace("{n}", "2"))
    assert second.status == 200 and target in second.body.decode()
    for (host, _path, _q), res in web.resources.items():
        if host == "www.ahtlyaq.gov.cn" and res.ctype.startswith("text/html"):
            assert "list_2.html" not in HREF.findall(res.body.decode("utf-8", "replace"))


def test_promise_all_count_list(web):
    """港南区: the list answer is a bare array with no total; the count API gives it; offset 15 of
    通知公告 holds the 2024 report."""
    page = ask(web, "http://www.gggn.gov.cn/zwgk/tzgg/index.html").body.decode()
    target = path_of(web, "港南区-2024")
    ((cat, limit, count_api, list_api),) = PROMISE_ALL.findall(page)
    assert target not in page
    count = json.loads(ask(web, f"http://www.gggn.gov.cn{count_api}?catalogId={cat}").body)["count"]
    assert count > int(limit)

    def rows(off):
        q = urlencode({"catalogId": cat, "offset": off, "limit": limit})
        return json.loads(ask(web, f"http://www.gggn.gov.cn{list_api}?{q}").body)

    assert isinstance(rows(0), list) and target not in {x["link"] for x in rows(0)}
    assert target in {x["link"] for x in rows(int(limit))}
    assert rows(count) == []


def test_offset_path_fragment(web):
    """枞阳县: the page holds 15 rows; ``offset/15`` answers an ``<li>`` fragment holding the 2023
    report; past the end it is empty; a non-number is a 404."""
    page = ask(web, "https://www.zongyang.gov.cn/zwgk/tzgg/index.html").body.decode()
    target = path_of(web, "枞阳县-2023")
    ((prefix, step),) = OFFSET_BASE.findall(page)
    assert target not in page and page.count("<li>") >= int(step)
    frag = ask(web, f"https://www.zongyang.gov.cn{prefix}{step}")
    assert frag.status == 200 and target in frag.body.decode() and "<html" not in frag.body.decode()
    assert ask(web, f"https://www.zongyang.gov.cn{prefix}9000").body == b""
    assert ask(web, f"https://www.zongyang.gov.cn{prefix}abc").status == 404


def test_every_report_reachable(web):
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    """Each trap's chain from a start beside its prefix runs six steps inside its URL pattern."""
    starts = {"/rqll/": "index.jsp?date=2024-03-01", "/so/": "search.jsp?searchword=%E6%B3%95"}
    walker = Walker(web)
    for trap in web.truth["trap_kinds"]:
        (key,) = [k for k in starts if k in trap["prefix"]]
        chain = walker.trap_chain(trap["prefix"].rsplit("/", 1)[0] + "/" + starts[key], trap["prefix"])
        pattern = re.compile(trap["pattern"])
        assert len(set(chain)) == 6 and all(pattern.search(u.replace("&amp;", "&")) for u in chain[1:]), trap


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
