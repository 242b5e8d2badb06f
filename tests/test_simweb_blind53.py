"""Checks of the simulated web's ``blind53`` profile itself (never of the crawler).

The blind53 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind 广元's ``laypage`` script pager are exactly
those a plain link walker misses, that the pagers answer as modelled, that the not-findable
reports are the scan and the ``.doc``, that its traps never end, and that every findable report
is reachable from the seed rows by the sites' own links and scripts (``simweb.blind53.reach``).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind53.reach import LAYPAGE, Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.cnjg.gov.cn"}
PORTAL = "www.cngy.gov.cn"
SITE_KINDS = {
    "海城区": ("gx_trs_shtml", "higher_repost", "later_list_page"),
    "银海区": ("gx_trs_shtml", "ghjh_gzzj_column", "pdf_attachment"),
    "铁山港区": ("gx_trs_shtml", "gbk_pages", "department_column", "joint_title"),
    "合浦县": ("gx_trs_shtml", "gov_work_report_column", "higher_repost"),
    "兴义市": ("guizhou_trs_id_folders", "later_list_page", "docx_attachment"),
    "兴仁市": ("guizhou_trs_id_folders", "joint_title"),
    "安龙县": ("guizhou_trs_id_folders", "higher_repost", "ghjh_gzzj_column", "later_list_page"),
    "贞丰县": ("guizhou_trs_id_folders", "gbk_pages", "higher_repost", "doc_needs_reader"),
    "利州区": ("guangyuan_laypage", "laypage_later_page"),
    "昭化区": ("guangyuan_laypage", "laypage_later_page", "pdf_attachment", "higher_repost"),
    "旺苍县": ("guangyuan_laypage", "department_column", "laypage_later_page"),
    "剑阁县": ("guangyuan_laypage", "unseeded_county_via_prefecture_list"),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the findable reports a plain link walker (no scripts, no forms, no APIs) misses: those on a
# later list page of a 广元 column, named only by the laypage script
HIDDEN = {"利州区-2022", "昭化区-2023", "旺苍县-2022"}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind53")


def ask(web, url: str):
    p = urlsplit(url)
    return web.respond(Request("GET", p.scheme, p.hostname, p.path or "/", p.query, {}, b""), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    return urlsplit(report(web, key)["preferred_url"]).path


def test_profile_figures(web):
    assert "blind53" in PROFILES and web.truth["profile"] == "blind53"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind53")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind53")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 22 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"广西壮族自治区", "贵州省", "四川省"}
    assert {row["name"] for row in web.rows} >= {"海城区", "兴义市", "利州区", "广元市"}
    assert all(set(row) == {"name", "url"} for row in web.rows)


def test_mechanisms_hide_their_reports(web):
    """A plain link walker misses exactly ``HIDDEN``; only the portal's 县区 list names 剑阁县."""
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


def test_laypage_pager(web):
    """昭化区: 通知公告's later pages are named only by ``laypage.render``; page 3 holds the 2023 report."""
    target = path_of(web, "昭化区-2023")
    base = "http://www.zhaohua.gov.cn/new/list/20190301171428415.html"
    first = ask(web, base).body.decode()
    assert target not in first
    ((count, limit, url),) = LAYPAGE.findall(first)
    assert url == urlsplit(base).path and -(-int(count) // int(limit)) >= 3
    assert not any("page=2" in u for u in HREF.findall(first))
    assert target not in ask(web, base + "?page=2").body.decode()
    assert target in ask(web, base + "?page=3").body.decode()


def test_createpage_pagers(web):
    """海城区 (``.shtml``) and 兴义市 (``_<id>`` folders): later pages via TRS ``createPageHTML``."""
    page = ask(web, "http://www.bhhc.gov.cn/xxgk/fdzdgknr/tzgg/index.shtml").body.decode()
    assert "createPageHTML(" in page and path_of(web, "海城区-2022") not in page
    assert (
        path_of(web, "海城区-2022").rsplit("/", 1)[1]
        in ask(web, "http://www.bhhc.gov.cn/xxgk/fdzdgknr/tzgg/index_1.shtml").body.decode()
    )
    col = "https://www.gzxy.gov.cn/zwgk/xxgkml/zdlyxx/fzzfjs_5857512/"
    assert path_of(web, "兴义市-2024").rsplit("/", 1)[1] not in ask(web, col + "index.html").body.decode()
    assert path_of(web, "兴义市-2024").rsplit("/", 1)[1] in ask(web, col + "index_1.html").body.decode()


def test_every_report_reachable(web):
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    """Each trap's chain from a start beside its prefix runs six steps inside its URL pattern."""
    starts = {"date_archive": "index.jsp?date=2024-03-01", "echo_search": "search?searchword=%E6%B3%95"}
    walker = Walker(web)
    bad = []
    for trap in web.truth["trap_kinds"]:
        start = starts[trap["kind"]]
        if "isearch" in trap["pattern"]:
            start = "isearch.html?q=%E6%B3%95"
        chain = walker.trap_chain(trap["prefix"].rsplit("/", 1)[0] + "/" + start, trap["prefix"])
        pattern = re.compile(trap["pattern"])
        if len(set(chain)) != 6 or not all(pattern.search(u.replace("&amp;", "&")) for u in chain[1:]):
            bad.append(trap)
    assert bad == []


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
