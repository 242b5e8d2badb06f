"""Checks of the simulated web's ``blind41`` profile itself (never of the crawler).

The blind41 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind the 龙讯 platform's ``/site/label/8888``
fragments and the 湖南 platform's script-written pager are exactly those a plain link walker
misses, that those mechanisms answer as modelled, that the not-findable reports are the scan and
the ``.doc``, that its traps never end, and that every findable report is reachable from the
seed rows by the sites' own links, scripts and APIs (``simweb.blind41.reach``).
"""

from __future__ import annotations

import re
from urllib.parse import urlencode, urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind41.reach import PAGE_DIV, Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.jianghua.gov.cn"}
PORTAL = "www.yzcity.gov.cn"
SITE_KINDS = {
    "巴州区": ("label_8888_fragment", "api_later_page", "higher_repost"),
    "恩阳区": ("ah_pageindex_static", "later_list_page"),
    "通江县": ("label_8888_fragment",),
    "南江县": ("ah_pageindex_static", "gbk_pages", "higher_repost", "pdf_attachment"),
    "平昌县": ("label_8888_fragment", "api_later_page"),
    "零陵区": ("hunan_jyh_shtml", "script_pager_later_page", "higher_repost"),
    "冷水滩区": ("hunan_jyh_shtml", "docx_attachment"),
    "祁阳市": ("hunan_jyh_shtml", "pdf_attachment", "script_pager_later_page"),
    "东安县": ("hunan_jyh_shtml", "higher_repost"),
    "道县": ("hunan_jyh_shtml", "doc_needs_reader", "script_pager_later_page"),
    "宁远县": ("hunan_jyh_shtml", "gbk_pages", "script_pager_later_page"),
    "江华瑶族自治县": ("hunan_jyh_shtml", "unseeded_county_via_prefecture_list"),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the findable reports a plain link walker (no scripts, no forms, no APIs) misses
HIDDEN = {
    # 龙讯 platform: 信息公开 columns filled by /site/label/8888
    "巴州区-2024",
    "巴州区-2022",
    "通江县-2024",
    "通江县-2022",
    "平昌县-2023",
    "平昌县-2021",
    # 湖南 platform: later list pages written only by createPageHTML('page-div', …)
    "零陵区-2024",
    "祁阳市-2022",
    "道县-2020",
    "宁远县-2023",
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
    return build_web(0, profile="blind41")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, headers or {}, body), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    return urlsplit(report(web, key)["preferred_url"]).path


def test_profile_figures(web):
    assert "blind41" in PROFILES and web.truth["profile"] == "blind41"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind41")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind41")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 22 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"四川省", "湖南省"}
    assert {row["name"] for row in web.rows} >= {"巴州区", "祁阳市", "永州市"}
    assert all(set(row) == {"name", "url"} for row in web.rows)
    assert not any(row["url"].startswith("http://www.jianghua") for row in web.rows)


def test_mechanisms_hide_their_reports(web):
    """A plain link walker misses exactly ``HIDDEN``; only the portal's 县区 block names 江华."""
    reached = blind_reach.Walker(web).run()
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


def test_label_fragment(web):
    """巴州区: 通知公告 is an empty shell; the label endpoint's page 3 holds the 2024 report."""
    base = "http://www.bzqzf.gov.cn"
    shell = ask(web, base + "/public/column/12741?type=4&catId=6832101&action=list&nav=3").body.decode()
    target = path_of(web, "巴州区-2024")
    assert target not in shell and 'id="xxgk_lmcon"></div>' in shell and "/site/label/8888" in shell
    form = {
        "labelName": "publicInfoList",
        "siteId": "6781921",
        "pageSize": "15",
        "action": "list",
        "organId": "12741",
        "type": "4",
        "catId": "6832101",
        "file": "/bzqxxgk/publicInfoList_newest2020",
    }
    hdr = {"Content-Type": "application/x-www-form-urlencoded"}
    url = base + "/site/label/8888?IsAjax=1&dataType=html"
    pages = [
        ask(web, url, "POST", urlencode({**form, "pageIndex": n}).encode(), hdr).body.decode()
        for n in (1, 2, 3)
    ]
    assert target not in pages[0] + pages[1] and target in pages[2]
    assert "pageCount" in pages[0]


def test_hunan_script_pager(web):
    """零陵区: 通知公告's later pages are named only in ``createPageHTML('page-div', …)``."""
    base = "http://www.cnll.gov.cn/cnll/tzgg/"
    first = ask(web, base + "list.shtml").body.decode()
    target = path_of(web, "零陵区-2024")
    assert target not in first and "list_2.shtml" not in HREF.findall(first)
    ((pages, stem, ext),) = PAGE_DIV.findall(first)
    assert (int(pages), stem, ext) == (3, "list", "shtml")
    assert target in ask(web, base + "list_3.shtml").body.decode()
    assert re.fullmatch(r"/cnll/tzgg/\d{6}/[0-9a-f]{32}\.shtml", target)


def test_gbk_and_attachments(web):
    """南江县's pages are GBK; 祁阳市's PDF sits at ``…/<hex>/files/<hex>.pdf``."""
    res = ask(web, "http://www.scnj.gov.cn/")
    assert "gbk" in res.ctype.lower()
    res.body.decode("gbk")
    pdf = [c for c in report(web, "祁阳市-2024")["copies"] if c["kind"] == "pdf"]
    assert pdf and re.search(r"/qy/fzzfjs/\d{6}/[0-9a-f]{32}/files/[0-9a-f]{32}\.pdf$", pdf[0]["url"])


def test_every_report_reachable(web):
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    """Each trap's chain from a start beside its prefix runs six steps inside its URL pattern."""
    starts = {"/site/rqll": "rqll.jsp?date=2024-03-01", "/so/": "search.shtml?searchword=%E6%B3%95"}
    walker = Walker(web)
    for trap in web.truth["trap_kinds"]:
        (key,) = [k for k in starts if k in trap["prefix"]]
        chain = walker.trap_chain(trap["prefix"].rsplit("/", 1)[0] + "/" + starts[key], trap["prefix"])
        pattern = re.compile(trap["pattern"])
        assert len(set(chain)) == 6 and all(pattern.search(u.replace("&amp;", "&")) for u in chain[1:]), trap


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
