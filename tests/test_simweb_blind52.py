"""Checks of the simulated web's ``blind52`` profile itself (never of the crawler).

The blind52 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind 通城县's SSP search POST and 含山县's
``/site/label/8888`` fragments are exactly those a plain link walker misses, that the 马鞍山
``openness`` lists, the TRS ``.shtml``/``.htm`` pagers and those mechanisms answer as modelled,
that the one not-findable report is the scan, that its traps never end, and that every findable
report is reachable from the seed rows by the sites' own links, scripts and APIs
(``simweb.blind52.reach``).
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind52.reach import Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.masbwq.gov.cn"}
PORTAL = "www.mas.gov.cn"
SITE_KINDS = {
    "咸安区": ("hb_trs_shtml", "later_list_page", "higher_repost"),
    "嘉鱼县": ("hb_trs_shtml", "pdf_attachment"),
    "通城县": ("hb_trs_shtml", "hb_ssp_search_post", "gbk_pages", "api_later_page"),
    "赤壁市": ("hb_trs_shtml", "higher_repost"),
    "花山区": ("mas_openness_platform", "later_list_page", "higher_repost"),
    "当涂县": ("mas_openness_platform", "docx_attachment"),
    "含山县": ("label_8888_fragment", "api_later_page", "higher_repost"),
    "博望区": ("mas_openness_platform", "unseeded_county_via_prefecture_list"),
    "思明区": ("xm_trs_htm", "higher_repost", "later_list_page"),
    "湖里区": ("xm_trs_htm",),
    "集美区": ("xm_trs_htm", "pdf_attachment"),
    "同安区": ("xm_trs_htm", "higher_repost", "later_list_page", "gbk_pages"),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the findable reports a plain link walker (no scripts, no forms, no APIs) misses
HIDDEN = {"通城县-2024", "通城县-2022", "含山县-2024", "含山县-2022"}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)
FORM = {"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"}


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind52")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, headers or {}, body), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    return urlsplit(report(web, key)["preferred_url"]).path


def test_profile_figures(web):
    assert "blind52" in PROFILES and web.truth["profile"] == "blind52"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind52")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind52")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 22 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"湖北省", "安徽省", "福建省"}
    assert {row["name"] for row in web.rows} >= {"咸安区", "含山县", "马鞍山市", "同安区"}
    assert all(set(row) == {"name", "url"} for row in web.rows)
    assert sum(r.get("higher_level", False) for r in web.truth["reports"]) >= 5
    assert sum(r.get("department", False) for r in web.truth["reports"]) >= 3


def test_mechanisms_hide_their_reports(web):
    """A plain link walker misses exactly ``HIDDEN``; only the portal's 县区 block names 博望区."""
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


def test_openness_lists(web):
    """花山区: ``/xxgk/opennessContent/?branch_id=…&column_code=21`` lists, ``&page=2`` holds the
    2024 report, whose URL is ``/xxgk/openness/detail/content/<24 hex>.html``."""
    target = path_of(web, "花山区-2024")
    assert re.fullmatch(r"/xxgk/openness/detail/content/[0-9a-f]{24}\.html", target)
    first = (
        "https://www.mashsq.gov.cn/xxgk/opennessContent/?branch_id=5b5e9f3a8866889a2c8b4567&column_code=21"
    )
    one = ask(web, first).body.decode()
    assert target not in one and "column_code=21&amp;page=2" in one
    assert target in ask(web, first + "&page=2").body.decode()


def test_ssp_search_post(web):
    """通城县: 通知公告 is a GBK shell whose script POSTs the SSP form; page 2 holds the 2022 report."""
    res = ask(web, "http://www.zgtc.gov.cn/zwgk/tzgg/index.shtml")
    assert "gbk" in res.ctype.lower() or b"charset=gbk" in res.body.lower()
    page = res.body.decode("gbk")
    target = path_of(web, "通城县-2022")
    assert target not in page
    (form,) = re.findall(r'type:"POST",data:"(.*?)",dataType', page)
    url = "http://www.zgtc.gov.cn/ssp/search/api/search?time=1"
    assert ask(web, url).status == 405
    rows = [
        json.loads(ask(web, url, "POST", form.replace('"+page+"', str(n)).encode(), FORM).body)["data"][
            "data"
        ]
        for n in (1, 2)
    ]
    assert target not in {urlsplit(r["url"]).path for r in rows[0]}
    assert target in {urlsplit(r["url"]).path for r in rows[1]}


def test_label_fragments(web):
    """含山县: the column page is empty; the label's third page holds the 2024 report."""
    col = "http://www.hanshan.gov.cn/public/column/11221?type=4&catId=6822311&action=list&nav=3"
    target = path_of(web, "含山县-2024")
    page = ask(web, col).body.decode()
    assert target not in page and 'labelName: "publicInfoList"' in page
    label = "http://www.hanshan.gov.cn/site/label/8888?IsAjax=1&dataType=html"
    body = "labelName=publicInfoList&siteId=6598371&pageSize=15&organId=11221&type=4&catId=6822311&pageIndex="
    frags = [ask(web, label, "POST", (body + str(n)).encode(), FORM).body.decode() for n in (1, 2, 3)]
    assert target not in frags[0] + frags[1] and target in frags[2]
    assert "pageCount:" in frags[0]


def test_trs_pagers(web):
    """咸安区's 通知公告 pages by ``createPageHTML`` over ``.shtml``; 同安区's over GBK ``.htm``
    (rows link ``./YYYYMM/tYYYYMMDD_<id>.<ext>`` relative to the column, as TRS writes them)."""
    base = "http://www.xianan.gov.cn/zwgk/tzgg/"
    target = "./" + path_of(web, "咸安区-2024").removeprefix("/zwgk/tzgg/")
    first = ask(web, base + "index.shtml").body.decode()
    assert target not in first and "createPageHTML(" in first and '"shtml"' in first
    assert target in ask(web, base + "index_1.shtml").body.decode()
    base = "https://www.xmta.gov.cn/zwgk/tzgg/"
    path = path_of(web, "同安区-2021")
    assert re.fullmatch(r"/zwgk/tzgg/\d{6}/t\d{8}_\d+\.htm", path)
    target = "./" + path.removeprefix("/zwgk/tzgg/")
    assert target not in ask(web, base + "index_1.htm").body.decode("gbk")
    assert target in ask(web, base + "index_2.htm").body.decode("gbk")


def test_every_report_reachable(web):
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    """Each trap's chain from a start beside its prefix runs six steps inside its URL pattern."""
    starts = {
        "/rqll/": "index.jsp?date=2024-03-01",
        "/was5/": "search?searchword=%E6%B3%95",
        "/site/search/": "4697412?keywords=%E6%B3%95",
    }
    walker = Walker(web)
    for trap in web.truth["trap_kinds"]:
        (key,) = [k for k in starts if k in trap["prefix"]]
        stem = trap["prefix"] if trap["prefix"].endswith("/") else trap["prefix"].rsplit("/", 1)[0] + "/"
        chain = walker.trap_chain(stem + starts[key], trap["prefix"])
        pattern = re.compile(trap["pattern"])
        assert len(set(chain)) == 6 and all(pattern.search(u.replace("&amp;", "&")) for u in chain[1:]), trap


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
