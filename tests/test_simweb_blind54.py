"""Checks of the simulated web's ``blind54`` profile itself (never of the crawler).

The blind54 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports a plain link walker misses are exactly those
hidden behind scripts or APIs (none: every family here pages by links or by TRS's
``createPageHTML``, which the plain walker already reads), that each family answers as
modelled (SiteServer's ``/channels/<ch>_<n>.html``, TRS's script-only pager, 黑龙江's 后一页),
that the not-findable reports are the scan and the ``.doc``, that its traps never end, and that
every findable report is reachable from the seed rows by the sites' own links, scripts and APIs
(``simweb.blind54.reach``).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind54.reach import Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.czh.gov.cn"}
PORTAL = "www.jixi.gov.cn"
SS, TRS, HL = "siteserver_contents", "trs_createpage", "hl_shtml_static"
SITE_KINDS = {
    "洪洞县": (SS, "later_list_page", "higher_repost"),
    "曲沃县": (SS, "scan_needs_ocr"),
    "襄汾县": (SS, "gbk_pages", "later_list_page"),
    "霍州市": (SS, "pdf_attachment", "higher_repost"),
    "环县": (TRS, "higher_repost", "later_list_page"),
    "正宁县": (TRS, "docx_attachment"),
    "宁县": (TRS, "gbk_pages", "higher_repost", "doc_needs_reader"),
    "庆城县": (TRS, "later_list_page"),
    "鸡东县": (HL, "higher_repost", "later_list_page"),
    "虎林市": (HL, "pdf_attachment"),
    "密山市": (HL,),
    "恒山区": (HL, "later_list_page"),
    "城子河区": (HL, "unseeded_county_via_prefecture_list"),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the findable reports a plain link walker (no scripts beyond createPageHTML, no forms, no APIs)
# misses: none in this fidelity web
HIDDEN: set[str] = set()
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind54")


def ask(web, url: str):
    p = urlsplit(url)
    return web.respond(Request("GET", p.scheme, p.hostname, p.path or "/", p.query, {}, b""), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    return urlsplit(report(web, key)["preferred_url"]).path


def test_profile_figures(web):
    assert "blind54" in PROFILES and web.truth["profile"] == "blind54"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind54")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind54")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    reports = blind_reach.county_reports(web)
    findable = [r for r in reports if blind_reach.findable(r)]
    assert 22 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["report_year"] for r in findable} <= set(range(2020, 2026)) and 2025 in {
        r["report_year"] for r in findable
    }
    per_site: dict[str, int] = {}
    for r in findable:
        per_site[r["region"]] = per_site.get(r["region"], 0) + 1
    assert max(per_site.values()) <= 2 and set(per_site) == set(SITE_KINDS)
    assert {r["province"] for r in web.truth["reports"]} <= {"山西省", "甘肃省", "黑龙江省"}
    assert {row["name"] for row in web.rows} >= {"洪洞县", "宁县", "鸡东县", "鸡西市"}
    assert "城子河区" not in {row["name"] for row in web.rows}
    assert all(set(row) == {"name", "url"} for row in web.rows)


def test_plain_walker_misses_exactly_hidden(web):
    """A plain link walker misses exactly ``HIDDEN``; only the portal's 县(市)区 list names 城子河区."""
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


def test_siteserver_channels(web):
    """洪洞县: 通知公告 is ``/channels/11897.html`` then ``_2.html``, ``_3.html`` by plain links;
    articles are ``/contents/11897/<id>.html``; the 2024 report is on the third page."""
    target = path_of(web, "洪洞县-2024")
    assert re.fullmatch(r"/contents/11897/\d+\.html", target)
    base = "http://www.hongtong.gov.cn/channels/"
    first = ask(web, base + "11897.html").body.decode()
    assert target not in first and "11897_2.html" in first
    assert target not in ask(web, base + "11897_2.html").body.decode()
    assert target in ask(web, base + "11897_3.html").body.decode()


def test_trs_script_pager(web):
    """环县: 通知公告's second page is named only by ``createPageHTML``, never by an ``<a>``."""
    target = path_of(web, "环县-2022")
    base = "http://www.huanxian.gov.cn/zwgk/tzgg/"
    first = ask(web, base + "index.html").body.decode()
    assert target not in first and "createPageHTML(" in first
    assert "index_1.html" not in set(HREF.findall(first))
    assert target.rsplit("/", 1)[1] in ask(web, base + "index_1.html").body.decode()


def test_hl_next_page(web):
    """鸡东县: 通知公告's second page ``zwgk_list_2.shtml`` is linked by 后一页."""
    target = path_of(web, "鸡东县-2022")
    col = ["https://www.jidong.gov.cn/jdx/c100405/zwgk_list.shtml"]
    first = ask(web, col[0]).body.decode()
    assert target not in first and "后一页" in first and "zwgk_list_2.shtml" in first
    assert target in ask(web, col[0].replace("zwgk_list.shtml", "zwgk_list_2.shtml")).body.decode()


def test_every_report_reachable(web):
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    """Each trap's chain from a start beside its prefix runs six steps inside its URL pattern."""
    starts = {"/rqll/": "index.jsp?date=2024-03-01", "/irs/": "search?searchWord=%E6%B3%95"}
    walker = Walker(web)
    for trap in web.truth["trap_kinds"]:
        (key,) = [k for k in starts if k in trap["prefix"]]
        base = trap["prefix"] if trap["prefix"].endswith("/") else trap["prefix"].rsplit("/", 1)[0] + "/"
        chain = walker.trap_chain(base + starts[key], trap["prefix"])
        pattern = re.compile(trap["pattern"])
        assert len(set(chain)) == 6 and all(pattern.search(u.replace("&amp;", "&")) for u in chain[1:]), trap


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
