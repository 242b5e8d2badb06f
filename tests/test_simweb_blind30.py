"""Checks of the simulated web's ``blind30`` profile itself (never of the crawler).

The blind30 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that its three platforms answer as the evidence shows (辽宁's
``glist.html``/``glist_<n>.html`` lists and ``search.ct`` search, 黑龙江's ``.shtml`` lists with
后一页 links, TRS's ``createPageHTML`` lists), that the not-findable reports are the scan and the
``.doc``, that its traps never end, and that every findable report is reachable from the seed rows
by following the sites' own links (``simweb.blind30.reach``).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import finite_traps, unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind30.reach import Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.bp.gov.cn"}
PORTAL = "www.chaoyang.gov.cn"
SITE_KINDS = {
    "东港市": ("ln_glist_static", "later_list_page", "department_report"),
    "凤城市": ("ln_glist_static", "higher_repost", "pdf_attachment"),
    "宽甸满族自治县": ("ln_glist_static", "later_list_page", "scan_needs_ocr"),
    "建平县": ("ln_glist_static",),
    "喀喇沁左翼蒙古族自治县": ("ln_glist_static", "pdf_attachment", "higher_repost"),
    "北票市": ("ln_glist_static", "unseeded_county_via_prefecture_list", "later_list_page"),
    "肇州县": ("hl_shtml_static", "later_list_page"),
    "林甸县": ("hl_shtml_static", "doc_needs_reader", "higher_repost"),
    "杜尔伯特蒙古族自治县": ("hl_shtml_static", "pdf_attachment", "department_report"),
    "敦化市": ("trs_createpage", "later_list_page"),
    "汪清县": ("trs_createpage",),
    "安图县": ("trs_createpage", "pdf_attachment", "higher_repost"),
    "镇赉县": ("trs_createpage", "later_list_page"),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind30")


def ask(web, url: str):
    p = urlsplit(url)
    return web.respond(Request("GET", p.scheme, p.hostname, p.path or "/", p.query, {}, b""), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    return urlsplit(report(web, key)["preferred_url"]).path


def test_profile_figures(web):
    assert "blind30" in PROFILES and web.truth["profile"] == "blind30"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind30")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind30")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"辽宁省", "吉林省", "黑龙江省"}
    assert {row["name"] for row in web.rows} >= {"东港市", "镇赉县", "朝阳市"}
    assert all(set(row) == {"name", "url"} for row in web.rows)


def test_static_lists_and_unseeded_county(web):
    """Every list is server-rendered: a plain link walker reaches every findable report; no HTML
    page outside the 朝阳市 portal links 北票市."""
    reached = blind_reach.Walker(web).run()
    missed = {
        r["key"]
        for r in blind_reach.county_reports(web)
        if blind_reach.findable(r) and not {c["url"] for c in r["copies"]} & reached
    }
    assert missed == set()
    outside = set()
    for (host, _path, _q), res in web.resources.items():
        if res.ctype.startswith("text/html") and host not in UNSEEDED and host != PORTAL:
            outside |= {urlsplit(h).hostname for h in HREF.findall(res.body.decode("utf-8", "replace"))}
    assert not UNSEEDED & outside
    assert "www.bp.gov.cn" not in {urlsplit(r["url"]).hostname for r in web.rows}


def test_liaoning_glist(web):
    """东港市: 通知公告 ``glist.html`` links ``glist_2.html``, which lists the 2022 report; the
    article sits at ``/dgszf/<col>/<YYYYMM>/<32 hex>.html``; the search form posts to ``search.ct``."""
    base = "http://www.donggang.gov.cn/dgszf/zwgk/zfxxgkpt/fdzdgknr/tzgg/"
    first = ask(web, base + "glist.html").body.decode()
    target = path_of(web, "东港市-2022")
    assert target not in first and 'href="/dgszf/zwgk/zfxxgkpt/fdzdgknr/tzgg/glist_2.html"' in first
    assert target in ask(web, base + "glist_2.html").body.decode()
    assert re.fullmatch(r"/dgszf/zwgk/zfxxgkpt/fdzdgknr/tzgg/\d{6}/[0-9a-f]{32}\.html", target)
    assert 'action="/search/search.ct"' in first and "辽ICP备" in first


def test_heilongjiang_shtml(web):
    """肇州县: 通知公告 ``zwgk_list.shtml`` links ``zwgk_list_2.shtml`` by 后一页; articles
    ``/zzx/c<col>/<YYYYMM>/c0N_<id>.shtml``."""
    base = "http://www.zhaozhou.gov.cn/zzx/c100405/"
    first = ask(web, base + "zwgk_list.shtml").body.decode()
    target = path_of(web, "肇州县-2022")
    assert target not in first and "middle_list_Content_pages" in first
    assert re.search(r'href="/zzx/c100405/zwgk_list_2\.shtml">后一页', first)
    assert target in ask(web, base + "zwgk_list_2.shtml").body.decode()
    assert re.fullmatch(r"/zzx/c100405/\d{6}/c0\d_\d+\.shtml", target)


def test_trs_createpage_and_gbk(web):
    """敦化市: the 2023 report is on ``index_2.html`` of 通知公告, paged by ``createPageHTML``;
    汪清县's pages are GBK."""
    base = "http://www.dunhua.gov.cn/zw_2301/tzgg/"
    first = ask(web, base + "index.html").body.decode()
    assert "createPageHTML(" in first
    target = path_of(web, "敦化市-2023")
    assert target.rsplit("/", 1)[1] in ask(web, base + "index_2.html").body.decode()
    assert re.fullmatch(r"/zw_2301/tzgg/\d{6}/t\d{8}_\d+\.html", target)
    res = ask(web, "http://www.wangqing.gov.cn/zwgk_2410/fzzfjs/index.html")
    assert "GBK" in res.ctype.upper() and "法治政府建设" in res.body.decode("gbk")


def test_every_report_reachable(web):
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    starts = {
        "date_archive": "index.jsp?date=2024-03-01",
        "echo_search": "search.ct?searchKey=%E6%B3%95",
    }
    assert finite_traps(web, Walker(web), starts) == []


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
