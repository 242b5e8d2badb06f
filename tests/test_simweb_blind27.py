"""Checks of the simulated web's ``blind27`` profile itself (never of the crawler).

The blind27 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind the 绵阳 ``m-pagination`` widget are
exactly those a walker without it misses, that the 绵阳, 曲靖 PHPCMS and 贵州 TRS shapes answer as
the evidence shows, that the not-findable reports are the scan and the ``.doc``, that its traps
never end, and that every findable report is reachable from the seed rows by following the sites'
own links, scripts and APIs (``simweb.blind27.reach``).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import finite_traps, unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind26.reach import Walker as Blind26Walker
from simweb.blind27.reach import Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.gznayong.gov.cn"}
PORTAL = "www.bijie.gov.cn"
SITE_KINDS = {
    "江油市": ("mianyang_mpagination", "later_list_page"),
    "三台县": ("mianyang_mpagination", "higher_repost"),
    "梓潼县": ("mianyang_mpagination", "pdf_attachment"),
    "北川羌族自治县": ("mianyang_mpagination", "scan_needs_ocr"),
    "宣威市": ("qujing_phpcms_lists", "later_list_page"),
    "陆良县": ("qujing_phpcms_lists", "higher_repost"),
    "罗平县": ("qujing_phpcms_lists", "doc_needs_reader", "pdf_attachment"),
    "会泽县": ("qujing_phpcms_lists",),
    "大方县": ("guizhou_trs_pager", "later_list_page"),
    "织金县": ("guizhou_trs_pager", "higher_repost", "pdf_attachment"),
    "赫章县": ("guizhou_trs_pager", "later_list_page"),
    "纳雍县": ("unseeded_county_via_prefecture_list",),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the reports only the 绵阳 m-pagination widget reaches
HIDDEN = {"江油市-2024", "梓潼县-2024"}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind27")


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
    assert "blind27" in PROFILES and web.truth["profile"] == "blind27"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind27")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind27")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"四川省", "云南省", "贵州省"}
    assert {row["name"] for row in web.rows} >= {"江油市", "宣威市", "赫章县", "毕节市"}
    assert all(set(row) == {"name", "url"} for row in web.rows)


def test_mechanisms_hide_their_reports(web):
    """blind26's walker misses exactly ``HIDDEN``; no HTML page outside the 毕节 portal links 纳雍县."""
    reached = Blind26Walker(web).run()
    missed = {
        r["key"] for r in blind_reach.county_reports(web) if not {c["url"] for c in r["copies"]} & reached
    }
    assert missed == HIDDEN
    outside = set()
    for (host, _path, _q), res in web.resources.items():
        if res.ctype.startswith("text/html") and host not in UNSEEDED and host != PORTAL:
            outside |= {urlsplit(h).hostname for h in HREF.findall(res.body.decode("gbk", "replace"))}
    assert not UNSEEDED & outside


def test_mianyang_mpagination(web):
    """江油市: the pager is an empty ``#page`` div drawn by ``m-pagination``; no ``<a>`` names
    ``index_2.html``; the ``pageClicked`` handler builds it; page 3 holds the 2024 report."""
    col = "http://www.jiangyou.gov.cn/jiangyou/288798823663271952/"
    first = ask(web, col + "index.html").body.decode()
    assert '<div id="page" class="m-pagination"></div>' in first
    assert not re.search(r"href=\"[^\"]*index_\d", first)
    assert (
        "'index_' + (pageIndex + 1) + '.html'" in first
        and '.on("pageClicked", go)' in first
        and '<div class="navjz clearfix">' in first
    )
    m = re.search(r"pageSize: (\d+), total: (\d+)", first)
    assert m and -(-int(m.group(2)) // int(m.group(1))) == 3
    page3 = ask(web, col + "index_3.html").body.decode()
    assert f'href="{path_of(web, "江油市-2024")}"' in page3
    assert re.fullmatch(r"/jiangyou/288798823663271952/\d{8}/\d+\.html", path_of(web, "江油市-2024"))
    assert ask(web, col + "index_4.html").status == 404


def test_qujing_phpcms(web):
    """宣威市: ``index.php?m=content&c=index&a=lists&catid=52&page=3`` holds the 2024 report;
    the ``div#pages`` links name every page; articles ``/html/<YYYY>/<catdir>_<MMDD>/<id>.html``."""
    base = "http://www.xw.gov.cn/index.php?m=content&c=index&a=lists&catid=52"
    first = ask(web, base).body.decode()
    assert '<div id="pages" class="text-c">' in first and "catid=52&amp;page=3" in first
    page3 = ask(web, base + "&page=3").body.decode()
    assert f'href="{path_of(web, "宣威市-2024")}"' in page3
    assert re.fullmatch(r"/html/2025/zfxxgk_0326/\d+\.html", path_of(web, "宣威市-2024"))


def test_guizhou_trs(web):
    """大方县: ``createPageHTML(3, 0, "index", "html")``; page 3 is ``index_2.html``."""
    col = "https://www.gzdafang.gov.cn/zwgk/zfxxgk/fdzdgknr/tzgg/"
    first = ask(web, col).body.decode()
    assert 'createPageHTML(3, 0, "index", "html");' in first and "index_1.html" not in first
    page3 = ask(web, col + "index_2.html").body.decode()
    assert f'href="{path_of(web, "大方县-2024")}"' in page3
    assert re.fullmatch(r"/zwgk/zfxxgk/fdzdgknr/tzgg/\d{6}/t\d{8}_\d{8}\.html", path_of(web, "大方县-2024"))


def test_gbk_site(web):
    """三台县's pages are GBK."""
    res = ask(web, "http://www.santai.gov.cn/santai/288798823663275072/index.html")
    assert "GBK" in res.ctype.upper() and "工作报告" in res.body.decode("gbk")


def test_every_report_reachable(web):
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    starts = {"date_archive": "index.jsp?date=2024-03-01", "echo_search": "index.php?q=%E6%B3%95"}
    assert finite_traps(web, Walker(web), starts) == []


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
