"""Checks of the simulated web's ``blind37`` profile itself (never of the crawler).

The blind37 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that its three platforms answer as the evidence shows (邯郸's TRS
``createPageHTML`` lists and WAS5 search, 铁岭's EasySite ``index.html``/``c<hex>-<n>.html`` lists
with an ``easysite-page-wrap`` pager, 营口's Epoint ``moreinfo.html``/``<n>.html`` lists with
``<uuid>.html`` articles), that the not-findable reports are the scan and the ``.doc``, that its
traps never end, and that every findable report is reachable from the seed rows by following the
sites' own links (``simweb.blind37.reach``).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import finite_traps, unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind37.reach import Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.jize.gov.cn"}
PORTAL = "www.hd.gov.cn"
SITE_KINDS = {
    "复兴区": ("trs_createpage", "higher_repost", "later_list_page"),
    "馆陶县": ("trs_createpage", "pdf_attachment", "department_report"),
    "磁县": ("trs_createpage", "later_list_page", "scan_needs_ocr"),
    "武安市": ("trs_createpage", "higher_repost"),
    "鸡泽县": ("trs_createpage", "unseeded_county_via_prefecture_list", "later_list_page"),
    "西丰县": ("easysite_static", "higher_repost", "later_list_page"),
    "昌图县": ("easysite_static", "doc_needs_reader"),
    "开原市": ("easysite_static", "pdf_attachment"),
    "调兵山市": ("easysite_static", "department_report", "later_list_page"),
    "盖州市": ("epoint_static", "later_list_page"),
    "老边区": ("epoint_static", "higher_repost", "pdf_attachment"),
    "鲅鱼圈区": ("epoint_static",),
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
    return build_web(0, profile="blind37")


def ask(web, url: str):
    p = urlsplit(url)
    return web.respond(Request("GET", p.scheme, p.hostname, p.path or "/", p.query, {}, b""), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    return urlsplit(report(web, key)["preferred_url"]).path


def test_profile_figures(web):
    assert "blind37" in PROFILES and web.truth["profile"] == "blind37"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind37")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind37")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"河北省", "辽宁省"}
    assert {row["name"] for row in web.rows} >= {"复兴区", "鲅鱼圈区", "邯郸市"}
    assert all(set(row) == {"name", "url"} for row in web.rows)


def test_static_lists_and_unseeded_county(web):
    """Every list is server-rendered: a plain link walker reaches every findable report; no HTML
    page outside the 邯郸市 portal links 鸡泽县."""
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
    assert "www.jize.gov.cn" not in {urlsplit(r["url"]).hostname for r in web.rows}


def test_trs_createpage_was5_and_gbk(web):
    """复兴区: the 2022 report is on ``index_1.html`` of 通知公告, paged by ``createPageHTML``; the
    search form posts to WAS5; 馆陶县's pages are GBK."""
    base = "http://www.hdfx.gov.cn/fxqxxgk/tzgg/"
    first = ask(web, base + "index.html").body.decode()
    target = path_of(web, "复兴区-2022")
    assert "createPageHTML(" in first and target.rsplit("/", 1)[1] not in first
    assert target.rsplit("/", 1)[1] in ask(web, base + "index_1.html").body.decode()
    assert re.fullmatch(r"/fxqxxgk/tzgg/\d{6}/t\d{8}_\d+\.html", target)
    assert 'action="/was5/web/search"' in first and "冀ICP备" in first
    res = ask(web, "http://www.guantao.gov.cn/zwgk/zfxxgk/zc/zfwj/index.html")
    assert "GBK" in res.ctype.upper() and "政府文件" in res.body.decode("gbk")


def test_easysite_pages(web):
    """西丰县: 通知公告 ``index.html`` has an ``easysite-page-wrap`` pager whose 下一页 is
    ``c<8 hex>-2.html``, which lists the 2022 report at ``…/<19-digit stamp>/index.html``."""
    base = "http://www.lntlxf.gov.cn/xifeng/zwgk/zfxxgk/fdzdgknr/tzgg/"
    first = ask(web, base + "index.html").body.decode()
    target = path_of(web, "西丰县-2022")
    assert target not in first and "easysite-page-wrap" in first and "当前页:1/" in first
    (nxt,) = re.findall(r'href="(/xifeng/zwgk/zfxxgk/fdzdgknr/tzgg/c[0-9a-f]{8}-2\.html)">下一页', first)
    assert target in ask(web, "http://www.lntlxf.gov.cn" + nxt).body.decode()
    assert re.fullmatch(r"/xifeng/zwgk/zfxxgk/fdzdgknr/tzgg/\d{19}/index\.html", target)
    assert "辽ICP备" in first


def test_epoint_pages(web):
    """盖州市: 通知公告 ``/003/003003/moreinfo.html`` links ``2.html``, which lists the 2022 report
    at ``/003/003003/<YYYYMMDD>/<uuid>.html``; its body is ``ewb-article-content``."""
    base = "http://www.gaizhou.gov.cn/003/003003/"
    first = ask(web, base + "moreinfo.html").body.decode()
    target = path_of(web, "盖州市-2022")
    assert target not in first and 'href="/003/003003/2.html"' in first
    assert target in ask(web, base + "2.html").body.decode()
    assert re.fullmatch(r"/003/003003/\d{8}/[0-9a-f-]{36}\.html", target)
    assert "ewb-article-content" in ask(web, "http://www.gaizhou.gov.cn" + target).body.decode()


def test_every_report_reachable(web):
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    starts = {
        "date_archive": "index.jsp?date=2024-03-01",
        "echo_search": "search?searchword=%E6%B3%95",
    }
    assert finite_traps(web, Walker(web), starts) == []


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
