"""Checks of the simulated web's ``blind29`` profile itself (never of the crawler).

The blind29 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind the 集约化 platform's
``createPageHTML('page-div', …)`` pager are exactly those a plain link walker misses, that those mechanisms
answer as the evidence shows, that the not-findable reports are the scan and the ``.doc``, that
its traps never end, and that every findable report is reachable from the seed rows by following
the sites' own links and scripts (``simweb.blind29.reach``).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import finite_traps, unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind29.reach import Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.mengcun.gov.cn"}
PORTAL = "www.cangzhou.gov.cn"
SITE_KINDS = {
    "沧县": ("cangzhou_jyh_createpage", "later_list_page", "department_report"),
    "青县": ("cangzhou_jyh_createpage", "higher_repost", "pdf_attachment"),
    "献县": ("cangzhou_jyh_createpage", "scan_needs_ocr"),
    "黄骅市": ("cangzhou_jyh_createpage", "later_list_page"),
    "孟村回族自治县": ("cangzhou_jyh_createpage", "unseeded_county_via_prefecture_list"),
    "临猗县": ("doc_shtml_static", "higher_repost", "later_list_page"),
    "万荣县": ("doc_shtml_static", "doc_needs_reader"),
    "闻喜县": ("doc_shtml_static",),
    "永济市": ("doc_shtml_static", "pdf_attachment"),
    "土默特右旗": ("vsb_htm", "higher_repost", "later_list_page"),
    "固阳县": ("vsb_htm",),
    "达尔罕茂明安联合旗": ("vsb_htm", "pdf_attachment"),
    "九原区": ("trs_createpage", "later_list_page"),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the findable reports only the 集约化 platform's createPageHTML pager reaches
HIDDEN = {"沧县-2022", "黄骅市-2023", "孟村回族自治县-2022"}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind29")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, headers or {}, body), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    p = urlsplit(report(web, key)["preferred_url"])
    return p.path + (f"?{p.query}" if p.query else "")


def test_profile_figures(web):
    assert "blind29" in PROFILES and web.truth["profile"] == "blind29"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind29")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind29")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"河北省", "山西省", "内蒙古自治区"}
    assert {row["name"] for row in web.rows} >= {"沧县", "九原区", "沧州市"}
    assert all(set(row) == {"name", "url"} for row in web.rows)


def test_mechanisms_hide_their_reports(web):
    """A plain link walker misses exactly ``HIDDEN``; no HTML page outside the 沧州 portal links 孟村."""
    reached = blind_reach.Walker(web).run()
    missed = {
        r["key"]
        for r in blind_reach.county_reports(web)
        if blind_reach.findable(r) and not {c["url"] for c in r["copies"]} & reached
    }
    assert missed == HIDDEN
    outside = set()
    for (host, _path, _q), res in web.resources.items():
        if res.ctype.startswith("text/html") and host not in UNSEEDED and host != PORTAL:
            outside |= {urlsplit(h).hostname for h in HREF.findall(res.body.decode("utf-8", "replace"))}
    assert not UNSEEDED & outside


def test_cangzhou_createpage(web):
    """沧县: 通知公告's first page names no later page in an ``<a>``, only in
    ``createPageHTML('page-div', …, 'common_list', 'shtml', …)``; page 3 holds the 2022 report;
    articles ``/cx/c<col>/<YYYYMM>/<32 hex>.shtml``."""
    first = ask(web, "http://www.cangxian.gov.cn/cx/c100215/common_list.shtml").body.decode()
    assert "createPageHTML('page-div', 4, 1, 'common_list', 'shtml'" in first
    assert "common_list_2.shtml" not in HREF.findall(first)
    target = path_of(web, "沧县-2022")
    assert re.fullmatch(r"/cx/c100215/\d{6}/[0-9a-f]{32}\.shtml", target)
    third = ask(web, "http://www.cangxian.gov.cn/cx/c100215/common_list_3.shtml").body.decode()
    assert target in third


def test_doc_cms_and_vsb(web):
    """临猗县: ``/xxgk/…/index.shtml`` lists paged by plain ``index_N.shtml`` links, articles
    ``/doc/YYYY/MM/DD/<id>.shtml``; 土默特右旗: VSB ``tzgg.htm`` then ``tzgg/N.htm`` downwards."""
    target = path_of(web, "临猗县-2022")
    assert re.fullmatch(r"/doc/\d{4}/\d\d/\d\d/\d+\.shtml", target)
    page = ask(web, "http://www.sxly.gov.cn/xwzx/tzgg/index.shtml").body.decode()
    assert "/xwzx/tzgg/index_2.shtml" in HREF.findall(page)
    assert target in ask(web, "http://www.sxly.gov.cn/xwzx/tzgg/index_3.shtml").body.decode()
    vsb = ask(web, "http://www.tmtyq.gov.cn/xwzx/tzgg.htm").body.decode()
    assert "tzgg/3.htm" in HREF.findall(vsb) and "vsb" in vsb
    assert re.fullmatch(r"/info/1023/\d+\.htm", path_of(web, "土默特右旗-2022"))


def test_gbk_site(web):
    """闻喜县's pages are GBK."""
    res = ask(web, "http://www.wenxi.gov.cn/xxgk/fzzfjs/index.shtml")
    assert "GBK" in res.ctype.upper() and "法治政府建设" in res.body.decode("gbk")


def test_every_report_reachable(web):
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    starts = {
        "date_archive": "index.jsp?date=2024-03-01",
        "echo_search": "index.jsp?q=%E6%B3%95",
    }
    assert finite_traps(web, Walker(web), starts) == []


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
