"""Checks of the simulated web's ``blind26`` profile itself (never of the crawler).

The blind26 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind the 湖南 jump-box count, the 十堰 quoted TRS
pager and the 江西 ``/queryList`` form are exactly those a walker without them misses, that those
mechanisms answer as the evidence shows, that the not-findable reports are the scan and the
``.doc``, that its traps never end, and that every findable report is reachable from the seed rows
by following the sites' own links, scripts and APIs (``simweb.blind26.reach``).
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode, urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import finite_traps, unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind24.reach import Walker as Blind24Walker
from simweb.blind26.reach import Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.pingjiang.gov.cn"}
PORTAL = "www.yueyang.gov.cn"
SITE_KINDS = {
    "郧西县": ("shiyan_trs_quoted_pager", "later_list_page"),
    "竹山县": ("shiyan_trs_quoted_pager", "higher_repost"),
    "竹溪县": ("shiyan_trs_quoted_pager", "pdf_attachment"),
    "丹江口市": ("shiyan_trs_quoted_pager", "scan_needs_ocr"),
    "岳阳县": ("hunan_jump_count", "later_list_page"),
    "华容县": ("hunan_jump_count", "later_list_page"),
    "湘阴县": ("hunan_jump_count", "doc_needs_reader"),
    "临湘市": ("hunan_jump_count", "pdf_attachment"),
    "奉新县": ("jx_platform", "later_list_page"),
    "万载县": ("jx_platform", "jx_querylist_codes"),
    "靖安县": ("jx_querylist_codes", "later_list_page"),
    "平江县": ("unseeded_county_via_prefecture_list",),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the reports only the three new mechanisms reach
HIDDEN = {
    "郧西县-2024",
    "竹溪县-2024",
    "岳阳县-2024",
    "华容县-2023",
    "平江县-2022",
    "万载县-2021",
    "靖安县-2024",
    "靖安县-2022",
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
    return build_web(0, profile="blind26")


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
    assert "blind26" in PROFILES and web.truth["profile"] == "blind26"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind26")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind26")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"湖北省", "湖南省", "江西省"}
    assert {row["name"] for row in web.rows} >= {"郧西县", "靖安县", "岳阳市"}
    assert all(set(row) == {"name", "url"} for row in web.rows)


def test_mechanisms_hide_their_reports(web):
    """blind24's walker misses exactly ``HIDDEN``; no HTML page outside the 岳阳 portal links 平江县."""
    reached = Blind24Walker(web).run()
    missed = {
        r["key"] for r in blind_reach.county_reports(web) if not {c["url"] for c in r["copies"]} & reached
    }
    assert missed == HIDDEN
    outside = set()
    for (host, _path, _q), res in web.resources.items():
        if res.ctype.startswith("text/html") and host not in UNSEEDED and host != PORTAL:
            outside |= {urlsplit(h).hostname for h in HREF.findall(res.body.decode("utf-8", "replace"))}
    assert not UNSEEDED & outside


def test_hunan_jump_count(web):
    """岳阳县: no ``<a>`` names ``default_2.htm``; the count is only in ``else if(num>N)``."""
    col = "https://www.yyx.gov.cn/37584/38152/38160/38161/"
    first = ask(web, col + "default.htm").body.decode()
    assert "default_2.htm" not in first and not re.search(r"href=\"[^\"]*default_\d", first)
    m = re.search(r"else if\(num>(\d+)\)", first)
    assert m and int(m.group(1)) >= 2 and "'default_'+num+'.htm'" in first
    assert '<ul class="contents-list mt-1">' in first
    page2 = ask(web, col + "default_2.htm").body.decode()
    assert f'href="{path_of(web, "岳阳县-2024")}"' in page2
    assert re.fullmatch(r"/37584/38152/38160/38161/content_\d+\.html", path_of(web, "岳阳县-2024"))
    assert ask(web, col + f"default_{int(m.group(1)) + 1}.htm").status == 404


def test_shiyan_quoted_pager(web):
    """郧西县: ``createPageHTML("3","0","list_50","shtml")``; page 3 is ``list_50_2.shtml``."""
    col = "http://www.yunxi.gov.cn/zwgk/tzgg/"
    first = ask(web, col + "list_50.shtml").body.decode()
    assert 'createPageHTML("3","0","list_50","shtml");' in first and "list_50_1.shtml" not in first
    js = ask(web, "http://www.yunxi.gov.cn/images/page.js")
    assert js.status == 200 and '_sPageName + "_" + i' in js.body.decode()
    page3 = ask(web, col + "list_50_2.shtml").body.decode()
    assert f'href="{path_of(web, "郧西县-2024")}"' in page3
    assert re.fullmatch(r"/zwgk/tzgg/\d{6}/t\d{8}_\d+\.shtml", path_of(web, "郧西县-2024"))


def test_gbk_site(web):
    """竹山县's pages are GBK."""
    res = ask(web, "http://www.zhushan.gov.cn/xxgk/gzbg/list_50.shtml")
    assert "GBK" in res.ctype.upper() and "工作报告" in res.body.decode("gbk")


def test_jiangxi_querylist(web):
    """靖安县: the column page holds no row; POST ``/queryList`` with ``webSiteCode[]`` and
    ``channelCode[]`` pages by ``current``; GET answers 405; a wrong code answers no records."""
    page = ask(web, "http://www.jxjaxzf.gov.cn/jaxrmzf/fzzfjs/index.html").body.decode()
    assert path_of(web, "靖安县-2024") not in page and "'webSiteCode[]':'jaxrmzf'" in page
    form = {"current": 2, "pageSize": 15, "webSiteCode[]": "jaxrmzf", "channelCode[]": "fzzfjs"}
    res = ask(web, "http://www.jxjaxzf.gov.cn/queryList", "POST", urlencode(form).encode())
    data = json.loads(res.body)["data"]
    assert path_of(web, "靖安县-2024") in [r["url"] for r in data["records"]] and data["pages"] == 2
    assert ask(web, "http://www.jxjaxzf.gov.cn/queryList?" + urlencode(form)).status == 405
    wrong = {**form, "webSiteCode[]": "x"}
    res = ask(web, "http://www.jxjaxzf.gov.cn/queryList", "POST", urlencode(wrong).encode())
    assert json.loads(res.body)["data"]["records"] == []


def test_every_report_reachable(web):
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    starts = {"date_archive": "index.jsp?date=2024-03-01", "echo_search": "search.jsp?searchword=%E6%B3%95"}
    assert finite_traps(web, Walker(web), starts) == []


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
