"""Checks of the simulated web's ``blind34`` profile itself (never of the crawler).

The blind34 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that its mechanisms (四川's ``/gongkai/`` platform with
``?page=N`` lists, the ``iList.jsp`` ``cur_page`` family in GBK, VSB ``egovinfo``'s
``ainfolist`` pager and VSB's down-numbered ``.htm`` columns) answer as the evidence shows, that
only the 泸州市 portal links 古蔺县, that the not-findable reports are the scan and the ``.doc``,
that its traps never end, and that every findable report is reachable from the seed rows by
following the sites' own links (``simweb.blind34.reach``).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind34.reach import Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.gulin.gov.cn"}
PORTAL = "www.luzhou.gov.cn"
SITE_KINDS = {
    "泸县": ("sc_gongkai_show", "later_list_page", "higher_repost"),
    "合江县": ("sc_gongkai_show",),
    "叙永县": ("sc_gongkai_show", "later_list_page"),
    "古蔺县": ("sc_gongkai_show", "unseeded_county_via_prefecture_list"),
    "蓬溪县": ("sc_gongkai_show",),
    "仁寿县": ("ilist_jsp_cur_page", "later_list_page", "gbk_pages"),
    "洪雅县": ("ilist_jsp_cur_page", "doc_needs_reader"),
    "思茅区": ("vsb_egovinfo_ainfolist", "later_list_page", "higher_repost"),
    "宁洱哈尼族彝族自治县": ("vsb_egovinfo_ainfolist", "pdf_attachment"),
    "墨江哈尼族自治县": ("vsb_egovinfo_ainfolist", "later_list_page"),
    "景东彝族自治县": ("vsb_htm_down_numbered", "later_list_page"),
    "盐津县": ("vsb_htm_down_numbered", "higher_repost"),
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
    return build_web(0, profile="blind34")


def ask(web, url: str, method: str = "GET"):
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, {}, b""), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    p = urlsplit(report(web, key)["preferred_url"])
    return p.path + (f"?{p.query}" if p.query else "")


def text(res) -> str:
    enc = "gbk" if "GBK" in res.ctype.upper() else "utf-8"
    return res.body.decode(enc).replace("&amp;", "&")


def test_profile_figures(web):
    assert "blind34" in PROFILES and web.truth["profile"] == "blind34"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind34")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind34")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search", "related_chain"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"四川省", "云南省"}
    assert {row["name"] for row in web.rows} >= {"泸县", "盐津县", "泸州市"}
    assert all(set(row) == {"name", "url"} for row in web.rows)


def test_only_the_portal_links_gulin(web):
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
    assert not UNSEEDED & {urlsplit(row["url"]).hostname for row in web.rows}


def test_sichuan_platform_pager(web):
    """泸县: ``/gongkai/show/<32 hex>.html`` articles; the 2024 report on ``?page=3`` of 通知公告."""
    target = path_of(web, "泸县-2024")
    assert re.fullmatch(r"/gongkai/show/[0-9a-f]{32}\.html", target)
    first = text(ask(web, "http://www.luxian.gov.cn/gongkai/list/tzgg.html"))
    assert "/gongkai/list/tzgg.html?page=2" in first and target not in first
    assert target in text(ask(web, "http://www.luxian.gov.cn/gongkai/list/tzgg.html?page=3"))


def test_ilist_cur_page_gbk(web):
    """仁寿县: GBK ``iList.jsp`` pages; the 2024 report on ``cur_page=3`` of 法定主动内容."""
    target = path_of(web, "仁寿县-2024")
    assert re.fullmatch(r"/info/iIndex\.jsp\?cat_id=15971&info_id=\d+", target)
    base = "http://www.rs.gov.cn/info/iList.jsp?node_id=GKrsx&cat_id=15971&cur_page="
    res = ask(web, base + "1")
    assert "GBK" in res.ctype.upper() and target not in text(res) and "cur_page=2" in text(res)
    assert target in text(ask(web, base + "3"))


def test_egovinfo_ainfolist_pager(web):
    """墨江县: the bare ``tzgg.jsp`` is page 1; page 3 of the ``ainfolist`` pager holds the 2022
    report; articles ``/info/egovinfo/1001/xxgkcontent/<code>-/<YYYY>-<MMDD><NNN>.htm``."""
    target = path_of(web, "墨江哈尼族自治县-2022")
    assert re.fullmatch(r"/info/egovinfo/1001/xxgkcontent/\w+-/\d{4}-\d{7}\.htm", target)
    first = text(ask(web, "http://www.mojiang.gov.cn/zfxxgk/tzgg.jsp"))
    assert target not in first
    (last,) = set(re.findall(r'href="(/zfxxgk/tzgg\.jsp\?ainfolist1501t=3&ainfolist1501p=3[^"]*)"', first))
    assert "urltype=egovinfo.EgovInfoList" in last and target in text(
        ask(web, "http://www.mojiang.gov.cn" + last)
    )


def test_vsb_down_numbered(web):
    """景东县: 通知公告 page 1 is ``tzgg.htm``; of three pages, page 2 is ``tzgg/2.htm`` and page 3
    ``tzgg/1.htm`` (VSB numbers further pages downwards); the 2022 report is on page 2."""
    target = path_of(web, "景东彝族自治县-2022")
    assert re.fullmatch(r"/info/1062/\d+\.htm", target)
    first = text(ask(web, "http://www.jingdong.gov.cn/zfxxgk/tzgg.htm"))
    assert 'href="tzgg/2.htm">下页' in first and 'href="tzgg/1.htm">尾页' in first
    assert target.lstrip("/") not in first
    assert target.lstrip("/") in text(ask(web, "http://www.jingdong.gov.cn/zfxxgk/tzgg/2.htm"))


def test_every_report_reachable(web):
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    """Each trap's chain from a start beside its prefix runs six steps inside its URL pattern."""
    starts = {
        "/rqll/": "index.jsp?date=2024-03-01",
        "/search/": "index.html?q=%E6%B3%95",
        "/xgyd/": "index.jsp?docid=1",
    }
    walker = Walker(web)
    for trap in web.truth["trap_kinds"]:
        (key,) = [k for k in starts if k in trap["prefix"] + "/"]
        chain = walker.trap_chain(trap["prefix"].rsplit("/", 1)[0] + "/" + starts[key], trap["prefix"])
        pattern = re.compile(trap["pattern"])
        assert len(set(chain)) == 6 and all(pattern.search(u.replace("&amp;", "&")) for u in chain[1:]), trap


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
