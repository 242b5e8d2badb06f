"""Checks of the simulated web's ``blind38`` profile itself (never of the crawler).

The blind38 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that 漳州's ylcms columns page through ``/cms/sitemanage/
index.shtml?siteId=…&page=N`` as the evidence shows (``siteIdMeta``, ``ul#resources``,
``div#Content``), that 泉州's TRS and 广西's 集约化 lists page by ``createPageHTML``, that the
not-findable reports are the scan and the ``.doc``, that only the 玉林市 portal links 兴业县, that its
traps never end, and that every findable report is reachable from the seed rows by following the
sites' own links (``simweb.blind38.reach``).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind38.reach import Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.xingye.gov.cn"}
PORTAL = "www.yulin.gov.cn"
SITE_KINDS = {
    "龙海区": ("zz_ylcms_sitemanage", "later_list_page", "higher_repost"),
    "诏安县": ("zz_ylcms_sitemanage", "pdf_attachment"),
    "平和县": ("zz_ylcms_sitemanage", "later_list_page", "doc_needs_reader"),
    "安溪县": ("fj_trs_htm", "later_list_page", "higher_repost"),
    "永春县": ("fj_trs_htm", "gbk_pages", "pdf_attachment"),
    "德化县": ("fj_trs_htm",),
    "蒙山县": ("gx_trs_shtml", "later_list_page"),
    "苍梧县": ("gx_trs_shtml", "higher_repost"),
    "陆川县": ("gx_trs_shtml", "higher_repost"),
    "博白县": ("gx_trs_shtml", "later_list_page"),
    "兴业县": ("gx_trs_shtml", "unseeded_county_via_prefecture_list"),
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
    return build_web(0, profile="blind38")


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
    assert "blind38" in PROFILES and web.truth["profile"] == "blind38"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind38")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind38")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"福建省", "广西壮族自治区"}
    assert {row["name"] for row in web.rows} >= {"龙海区", "博白县", "玉林市"}
    assert all(set(row) == {"name", "url"} for row in web.rows)


def test_only_the_portal_links_the_unseeded_county(web):
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
    assert "www.xingye.gov.cn" not in {urlsplit(r["url"]).hostname for r in web.rows}


def test_ylcms_sitemanage_pager(web):
    """平和县: 通知公告's page 1 names pages 2… as ``/cms/sitemanage/index.shtml?siteId=…&page=N``;
    the 2022 report is on page 3, in ``ul#resources``; the article keeps its body in ``div#Content``."""
    target = path_of(web, "平和县-2022")
    assert re.fullmatch(r"/cms/html/phxrmzf/\d{4}-\d\d-\d\d/\d{10}\.html", target)
    first = ask(web, "http://www.pinghe.gov.cn/cms/html/phxrmzf/tzgg/index.html").body.decode()
    (sid,) = re.findall(r'<meta name="siteIdMeta" content="(\d+)">', first)
    assert '<ul id="resources">' in first and target not in first
    assert f"/cms/sitemanage/index.shtml?siteId={sid}&amp;page=2" in first
    third = ask(web, f"http://www.pinghe.gov.cn/cms/sitemanage/index.shtml?siteId={sid}&page=3").body.decode()
    assert target in third and "page=2" in third
    art = ask(web, "http://www.pinghe.gov.cn" + target).body.decode()
    assert '<div id="Content"' in art and '<meta name="ArticleTitle"' in art
    pdf = path_of(web, "诏安县-2021")
    (notice,) = [
        r.body.decode()
        for (host, _p, _q), r in web.resources.items()
        if host == "www.zhaoan.gov.cn" and r.ctype.startswith("text/html") and pdf in r.body.decode()
    ]
    assert '<div class="attachment">' in notice


def test_trs_and_gx_pagers(web):
    """安溪县's 2024 report is on ``index_1.htm``; 蒙山县's on ``index_1.shtml``; 永春县 is GBK."""
    ax = path_of(web, "安溪县-2024")
    col = "http://www.fjax.gov.cn/xxgk/zfxxgk/fdzdgknr/qtfdgkxx/"
    page = ask(web, col + "index.htm").body.decode()
    assert re.search(r'createPageHTML\(\d+, 0, "index", "htm"\)', page) and ax.rsplit("/", 1)[1] not in page
    assert ax.rsplit("/", 1)[1] in ask(web, col + "index_1.htm").body.decode()
    ms = path_of(web, "蒙山县-2024")
    col = "http://www.gxms.gov.cn/xxgk/zfxxgkzl/tzgg/"
    assert ms.rsplit("/", 1)[1] not in ask(web, col + "index.shtml").body.decode()
    assert ms.rsplit("/", 1)[1] in ask(web, col + "index_1.shtml").body.decode()
    assert re.fullmatch(r"/xxgk/zfxxgkzl/tzgg/\d{6}/t\d{8}_\d+\.shtml", ms)
    res = ask(web, "http://www.fjyc.gov.cn/xxgk/zfxxgk/fdzdgknr/tzgg/index.htm")
    assert "GBK" in res.ctype.upper()


def test_every_report_reachable(web):
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    """Each trap's chain from a start beside its prefix runs six steps inside its URL pattern."""
    starts = {
        "/rqll/": "index.jsp?date=2024-03-01",
        "/cms/search/": "searchResults.jsp?query=%E6%B3%95",
        "/so/": "s?qt=%E6%B3%95",
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
