"""Checks of the simulated web's ``blind56`` profile itself (never of the crawler).

The blind56 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the report behind 许昌's ``linkToNew`` 信息公开 rows is
exactly what a plain link walker misses, that the Epoint, 郴州 and 景德镇 TRS lists answer as
modelled, that the not-findable reports are the scan and the ``.doc``, that its traps never end,
and that every findable report is reachable from the seed rows by the sites' own links, scripts
and APIs (``simweb.blind56.reach``).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind56.reach import Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.lps.gov.cn", "www.xuchang.gov.cn"}
PORTAL = "www.jdz.gov.cn"
SITE_KINDS = {
    "魏都区": ("epoint_static", "later_list_page", "higher_repost"),
    "建安区": ("epoint_static", "xuchang_govxxgk_linktonew", "later_list_page", "gbk_pages", "joint_title"),
    "禹州市": ("epoint_static", "pdf_attachment"),
    "长葛市": ("epoint_static", "later_list_page"),
    "苏仙区": ("czs_default_htm", "later_list_page", "higher_repost"),
    "宜章县": ("czs_default_htm", "doc_needs_reader"),
    "永兴县": ("czs_default_htm", "later_list_page"),
    "嘉禾县": ("czs_default_htm", "docx_attachment"),
    "珠山区": ("trs_shtml_createpage", "gbk_pages", "later_list_page", "higher_repost"),
    "昌江区": ("trs_shtml_createpage", "pdf_attachment"),
    "浮梁县": ("trs_shtml_createpage", "later_list_page"),
    "乐平市": (
        "trs_shtml_createpage",
        "unseeded_county_via_prefecture_list",
        "joint_title",
        "later_list_page",
    ),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the findable reports a plain link walker (no scripts beyond createPageHTML and inline helpers,
# no forms, no APIs) misses: the one whose row names its page only through a helper defined in
# a loaded script (许昌's /js/xxgklist.js linkToNew)
HIDDEN = {"建安区-2023"}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind56")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, headers or {}, body), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    return urlsplit(report(web, key)["preferred_url"]).path


def test_profile_figures(web):
    assert "blind56" in PROFILES and web.truth["profile"] == "blind56"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind56")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind56")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 22 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    per_site: dict[str, int] = {}
    for r in findable:
        per_site[r["region"]] = per_site.get(r["region"], 0) + 1
        assert 2020 <= r["report_year"] <= 2025
        assert set(r["blind_kinds"]) <= set(SITE_KINDS[r["region"]]) | {"higher_repost"}
    assert max(per_site.values()) <= 2 and set(per_site) == set(SITE_KINDS)
    assert {r["province"] for r in web.truth["reports"]} <= {"河南省", "湖南省", "江西省"}
    higher = {r["region"] for r in web.truth["reports"] if r.get("higher_level")}
    assert higher == {"河南省", "许昌市", "湖南省", "郴州市", "江西省", "景德镇市"}
    assert sum(bool(r.get("department")) for r in web.truth["reports"]) == 2
    assert {row["name"] for row in web.rows} >= {"魏都区", "苏仙区", "珠山区", "景德镇市"}
    assert all(set(row) == {"name", "url"} for row in web.rows)
    assert not UNSEEDED & {urlsplit(row["url"]).hostname for row in web.rows}


def test_plain_walker_misses_exactly_hidden(web):
    """A plain link walker misses exactly ``HIDDEN``; only the portal's 县(市、区) block names 乐平市."""
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
    assert "www.lps.gov.cn" not in outside and "www.lps.gov.cn" in portal


def test_xuchang_govxxgk_linktonew(web):
    """建安区's 信息公开 is on the city host: ``/govxxgk/<uscc>/category/<cat>/<n>.html``; rows carry
    only ``onclick="linkToNew('<infoid>')"``; ``/js/xxgklist.js`` opens
    ``/openDetailDynamic.html?infoid=<infoid>``; the 2023 report is on page 2."""
    url = report(web, "建安区-2023")["preferred_url"]
    assert url.startswith("https://www.xuchang.gov.cn/openDetailDynamic.html?infoid=")
    infoid = url.rsplit("=", 1)[1]
    folder = (
        "https://www.xuchang.gov.cn/govxxgk/11411023071371351L/category/031/031002/031002014/031002014004/"
    )
    first = ask(web, folder + "1.html").body.decode()
    assert infoid not in first and "2.html" in first and "/js/xxgklist.js" in first
    second = ask(web, folder + "2.html").body.decode()
    assert f"linkToNew('{infoid}')" in second and infoid not in set(HREF.findall(second))
    js = ask(web, "https://www.xuchang.gov.cn/js/xxgklist.js")
    assert js.status == 200 and "/openDetailDynamic.html?infoid=" in js.body.decode()
    page = ask(web, url)
    assert page.status == 200 and "建安区2023年度法治政府建设工作报告" in page.body.decode()
    home = ask(web, "http://www.jianan.gov.cn/").body.decode("gbk")
    assert folder + "1.html" in home


def test_epoint_lists(web):
    """魏都区: 通知公告 is ``/003/003002/moreinfo.html`` then ``2.html``, ``3.html`` by plain links;
    articles ``/003/003002/<YYYYMMDD>/<uuid>.html``; the 2022 report is on the third page."""
    target = path_of(web, "魏都区-2022")
    assert re.fullmatch(r"/003/003002/\d{8}/[0-9a-f-]{36}\.html", target)
    base = "http://www.weidu.gov.cn/003/003002/"
    first = ask(web, base + "moreinfo.html").body.decode()
    assert target not in first and "/003/003002/3.html" in first
    assert target in ask(web, base + "3.html").body.decode()


def test_czs_lists(web):
    """苏仙区: 通知公告 (long) is ``default.htm`` then ``default.jsp?jsp.offset=15·k&jsp.desc=false``
    by plain links, the 2022 report at offset 45; 永兴县's short 法治政府建设 pages statically,
    ``default_1.htm``; articles ``content_<id>.html``."""
    target = path_of(web, "苏仙区-2022")
    assert re.fullmatch(r"/zwgk/tzgg/content_\d+\.html", target)
    base = "http://www.hnsx.gov.cn/zwgk/tzgg/"
    first = ask(web, base + "default.htm").body.decode()
    assert target not in first and "default.jsp?jsp.offset=15&amp;jsp.desc=false" in first
    assert target in ask(web, base + "default.jsp?jsp.offset=45&jsp.desc=false").body.decode()
    target = path_of(web, "永兴县-2021")
    base = "https://www.yongxing.gov.cn/zwgk/fzzfjs/"
    first = ask(web, base + "default.htm").body.decode()
    assert target not in first and "default_1.htm" in first
    assert target in ask(web, base + "default_1.htm").body.decode()


def test_jdz_trs_shtml(web):
    """珠山区: 通知公告's later pages ``index_1.shtml`` … are named only by ``createPageHTML``;
    articles ``t<id>.shtml``; the 2024 report is on ``index_2.shtml``."""
    target = path_of(web, "珠山区-2024")
    assert re.fullmatch(r"/zwgk/tzgg/t\d+\.shtml", target)
    base = "http://www.jdzzsq.gov.cn/zwgk/tzgg/"
    first = ask(web, base + "index.shtml").body.decode("gbk")
    assert "createPageHTML(" in first and '"shtml"' in first and "index_2.shtml" not in HREF.findall(first)
    assert target.rsplit("/", 1)[1] in ask(web, base + "index_2.shtml").body.decode("gbk")


def test_attachments(web):
    """禹州市's 2024 report is a PDF, 昌江区's 2023 report a TRS ``P0…pdf``, 嘉禾县's 2023 report a
    ``.docx`` under ``/uploadfiles/``."""
    for key, kind, magic, part in (
        ("禹州市-2024", "pdf", b"%PDF", "/003/003009/"),
        ("昌江区-2023", "pdf", b"%PDF", "/P0"),
        ("嘉禾县-2023", "docx", b"PK", "/uploadfiles/"),
    ):
        (copy,) = [c for c in report(web, key)["copies"] if c["kind"] == kind]
        assert part in copy["url"]
        res = ask(web, copy["url"])
        assert res.status == 200 and res.body.startswith(magic)


def test_gbk_pages(web):
    """建安区's and 珠山区's pages are GBK-encoded and say so."""
    for base in ("http://www.jianan.gov.cn", "http://www.jdzzsq.gov.cn"):
        res = ask(web, base + "/")
        assert "gbk" in res.ctype.lower()
        assert "人民政府" in res.body.decode("gbk")


def test_every_report_reachable(web):
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    """Each trap's chain from a start beside its prefix runs six steps inside its URL pattern."""
    starts = {
        "/rqll/": "index.jsp?date=2024-03-01",
        "/search/": "fullsearch.html?wd=%E6%B3%95",
        "/was5/": "search?searchword=%E6%B3%95",
    }
    walker = Walker(web)
    for trap in web.truth["trap_kinds"]:
        (key,) = [k for k in starts if k in trap["prefix"]]
        base = trap["prefix"] if trap["prefix"].endswith("/") else trap["prefix"].rsplit("/", 1)[0] + "/"
        chain = walker.trap_chain(base + starts[key], trap["prefix"])
        pattern = re.compile(trap["pattern"])
        assert len(set(chain)) == 6 and all(pattern.search(u.replace("&amp;", "&")) for u in chain[1:]), trap


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
