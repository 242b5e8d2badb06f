"""Checks of the simulated web's ``blind46`` profile itself (never of the crawler).

The blind46 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports served only by Hanweb's ``dataproxy.jsp`` are
exactly those a plain link walker misses, that the Hanweb ``<datastore>`` and the TRS
``createPageHTML`` pagers answer as modelled, that the not-findable reports are the scan and the
``.doc``, that its traps never end, and that every findable report is reachable from the seed
rows by the sites' own links, scripts and APIs (``simweb.blind46.reach``).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind46.reach import Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.gzzn.gov.cn"}
PORTAL = "www.anshun.gov.cn"
SITE_KINDS = {
    "东宝区": ("jcms_datastore", "api_later_page", "higher_repost"),
    "掇刀区": ("jcms_datastore", "pdf_attachment"),
    "沙洋县": ("jcms_datastore", "higher_repost", "joint_party_title", "doc_needs_reader"),
    "钟祥市": ("jcms_datastore", "api_later_page", "other_files_column"),
    "钦南区": ("gx_trs_shtml", "higher_repost", "later_list_page"),
    "钦北区": ("gx_trs_shtml", "gbk_pages", "later_list_page", "other_files_column"),
    "灵山县": ("gx_trs_shtml", "pdf_attachment", "work_summary_column"),
    "浦北县": ("gx_trs_shtml", "higher_repost"),
    "西秀区": ("guizhou_trs_pager", "higher_repost", "later_list_page", "work_summary_column"),
    "平坝区": ("guizhou_trs_pager", "gbk_pages", "docx_attachment"),
    "普定县": ("guizhou_trs_pager", "higher_repost", "joint_party_title", "later_list_page"),
    "镇宁布依族苗族自治县": ("guizhou_trs_pager", "unseeded_county_via_prefecture_list"),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the findable reports a plain link walker (no scripts, no forms, no APIs) misses: the records
# past the 45 a Hanweb column page carries, served only by the dataproxy.jsp POST
HIDDEN = {"东宝区-2024", "钟祥市-2021"}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind46")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, headers or {}, body), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    return urlsplit(report(web, key)["preferred_url"]).path


def test_profile_figures(web):
    assert "blind46" in PROFILES and web.truth["profile"] == "blind46"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind46")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind46")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 22 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"湖北省", "广西壮族自治区", "贵州省"}
    assert {row["name"] for row in web.rows} >= {"东宝区", "钦南区", "西秀区", "安顺市"}
    assert all(set(row) == {"name", "url"} for row in web.rows)
    years = {}
    for r in findable:
        years.setdefault(r["key"].rsplit("-", 1)[0], []).append(int(r["key"].rsplit("-", 1)[1]))
    assert all(len(v) <= 2 and all(2020 <= y <= 2025 for y in v) for v in years.values())


def test_mechanisms_hide_their_reports(web):
    """A plain link walker misses exactly ``HIDDEN``; only the portal's 县区 block names 镇宁."""
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


def test_hanweb_datastore_and_dataproxy(web):
    """东宝区: 通知公告's page carries 45 records; the dataproxy.jsp POST serves the 2024 report."""
    target = path_of(web, "东宝区-2024")
    page = ask(web, "https://www.jmdbq.gov.cn/col/col17326/index.html").body.decode()
    assert target not in page and page.count("<record>") == 45 and "dataproxy.jsp" in page
    form = "col=1&appid=1&webid=17&path=/&columnid=17326&sourceContentType=1&unitid=54721&permissiontype=0"
    url = "https://www.jmdbq.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=46&endrecord=60&perpage=15"
    res = ask(web, url, "POST", form.encode(), {"Content-Type": "application/x-www-form-urlencoded"})
    xml = res.body.decode()
    assert res.status == 200 and "<totalrecord>" in xml and target in xml


def test_trs_script_pagers(web):
    """钦北区 (GBK, ``.shtml``) and 普定县 (``.html``): later pages are named only by
    ``createPageHTML``, and the reports sit on the third page."""
    for base, key, ext, enc in (
        ("http://www.qinbei.gov.cn/zfxxgk/fdzdgknr/tzgg/", "钦北区-2023", "shtml", "gbk"),
        ("http://www.aspd.gov.cn/zwgk/zfxxgk/fdzdgknr/tzgg/", "普定县-2022", "html", "utf-8"),
    ):
        target = path_of(web, key).rsplit("/", 2)[-2:]
        first = ask(web, base + f"index.{ext}").body.decode(enc)
        assert "/".join(target) not in first and "createPageHTML(" in first
        assert f'href="index_2.{ext}"' not in first
        assert "/".join(target) in ask(web, base + f"index_2.{ext}").body.decode(enc)


def test_every_report_reachable(web):
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    """Each trap's chain from a start beside its prefix runs six steps inside its URL pattern."""
    starts = {"/rqll/": "index.jsp?date=2024-03-01", "/jsearchfront/": "search.do?q=%E6%B3%95"}
    walker = Walker(web)
    for trap in web.truth["trap_kinds"]:
        (key,) = [k for k in starts if k in trap["prefix"]]
        chain = walker.trap_chain(trap["prefix"].rsplit("/", 1)[0] + "/" + starts[key], trap["prefix"])
        pattern = re.compile(trap["pattern"])
        assert len(set(chain)) == 6 and all(pattern.search(u.replace("&amp;", "&")) for u in chain[1:]), trap


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
