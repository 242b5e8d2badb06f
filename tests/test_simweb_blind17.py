"""Checks of the simulated web's ``blind17`` profile itself (never of the crawler).

The blind17 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind the web's own mechanisms (the hidden
``pageForm`` pager, the CSRF-guarded list API, the ``lastId`` cursor, the lazily loaded zTree
catalogue) are exactly those a walker without them misses, that each mechanism answers as its
evidence says, that the not-findable reports are the scan and the ``.doc``, that its traps never
end, and that every findable report is reachable from the seed rows by following the sites' own
links, scripts and APIs (the walker in ``simweb.blind17.reach`` understands each mechanism).
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
from simweb.blind15.reach import Walker as Blind15Walker
from simweb.blind17.reach import Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.songtao.gov.cn"}
PORTAL = "www.tongren.gov.cn"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
# the mechanisms each site's reports exercise, and the look-alike kinds the web must hold
SITE_KINDS = {
    "龙沙区": ("hlj_trs", "later_list_page"),
    "依安县": ("gbk_table_list", "doc_needs_reader"),
    "泰来县": ("hlj_trs", "scan_needs_ocr"),
    "碧江区": ("gz_trs", "higher_repost"),
    "讷河市": ("form_post_pager", "later_list_page"),
    "克山县": ("csrf_meta_header_api", "api_later_page"),
    "玉屏侗族自治县": ("empire_js_call_list",),
    "思南县": ("cursor_load_more", "api_later_page"),
    "拜泉县": ("ztree_async_catalog", "later_list_page"),
    "松桃苗族自治县": ("unseeded_county_via_prefecture_list",),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the reports only the blind17 mechanisms reach
HIDDEN = {
    "讷河市-2024",
    "克山县-2023",
    "克山县-2021",
    "思南县-2024",
    "思南县-2021",
    "拜泉县-2023",
    "拜泉县-2020",
}
# the reports no HTML page links with an href (a POSTed page, an API, a script file name them)
NO_HTML_LINK = {
    "讷河市-2024",
    "克山县-2023",
    "克山县-2021",
    "思南县-2024",
    "思南县-2021",
    "玉屏侗族自治县-2024",
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
    return build_web(0, profile="blind17")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    """One answer of the web, no redirect followed."""
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, headers or {}, body), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    """The report's URL without scheme and host (path and query)."""
    p = urlsplit(report(web, key)["preferred_url"])
    return p.path + (f"?{p.query}" if p.query else "")


def test_profile_figures(web):
    """Registered; within the brief's bounds; hosts new; deterministic; truth consistent with
    the mechanisms and look-alike kinds listed above; texts distinct; the not-findable reports
    are the scan and the ``.doc``, served as such."""
    assert "blind17" in PROFILES and web.truth["profile"] == "blind17"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind17")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind17")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"黑龙江省", "贵州省"}


def test_mechanisms_hide_their_reports(web):
    """A walker that knows every earlier blind web's mechanisms but none of blind17's misses
    exactly the reports listed in ``HIDDEN``; no HTML page links with an href the reports in
    ``NO_HTML_LINK``, and no HTML page outside the 铜仁 portal links the unseeded county."""
    reached = Blind15Walker(web).run()
    missed = {
        r["key"] for r in blind_reach.county_reports(web) if not {c["url"] for c in r["copies"]} & reached
    }
    assert missed == HIDDEN
    hrefs, outside = set(), set()
    for (host, _path, _q), res in web.resources.items():
        if res.ctype.startswith("text/html"):
            links = HREF.findall(res.body.decode("gbk" if "GBK" in res.ctype.upper() else "utf-8", "replace"))
            for h in links:
                p = urlsplit(h.replace("&amp;", "&"))
                hrefs |= {p.path, p.path + (f"?{p.query}" if p.query else "")}
            if host not in UNSEEDED and host != PORTAL:
                outside |= {urlsplit(h).hostname for h in links}
    for key in NO_HTML_LINK:
        assert path_of(web, key) not in hrefs, key
    assert not UNSEEDED & outside
    assert "/xxgk/list.jsp?catId=1007" not in hrefs and "/xxgk/list.jsp?catId=1101" not in hrefs


def test_page_form(web):
    """讷河市: the column page shows page 1 and a hidden ``pageForm``; only its POST (or the
    servlet's query, never written) answers page 3, which names the 2024 report."""
    base = "http://www.nehe.gov.cn/xxgk/list.do"
    first = ask(web, base + "?columnId=tzgg").body.decode()
    assert (
        '<form name="pageForm" method="post" action="list.do">' in first and 'onclick="getPage(3)"' in first
    )
    assert "document.pageForm.pageNo.value=pageno;document.pageForm.submit();" in first
    key = path_of(web, "讷河市-2024")
    assert key not in first
    third = ask(web, base, "POST", b"columnId=tzgg&pageNo=3", FORM).body.decode()
    assert key in third and "3/" in third


def test_csrf_api(web):
    """克山县: the API refuses a POST without the page's token (403, Spring's message) and a GET
    (405); with the ``X-CSRF-TOKEN`` header page 3 of 通知公告 names the 2023 report."""
    page = ask(web, "https://www.keshan.gov.cn/news/list/3").body.decode()
    token = re.search(r'<meta name="_csrf" content="([^"]+)"/>', page).group(1)
    assert (
        '<meta name="_csrf_header" content="X-CSRF-TOKEN"/>' in page
        and "xhr.setRequestHeader(header, token)" in page
    )
    api = "https://www.keshan.gov.cn/news/api/page"
    body = urlencode({"columnId": "3", "pageNum": 3, "pageSize": 15}).encode()
    bare = ask(web, api, "POST", body, FORM)
    assert bare.status == 403 and "Invalid CSRF Token 'null'" in bare.body.decode()
    assert ask(web, api + "?" + body.decode()).status == 405
    res = ask(web, api, "POST", body, {**FORM, "X-CSRF-TOKEN": token})
    urls = {r["url"] for r in json.loads(res.body)["data"]["list"]}
    assert path_of(web, "克山县-2023") in urls


def test_cursor(web):
    """思南县: the column page shows ten rows and a ``data-last`` cursor; the API walks on from
    each answer's ``lastId``; a page number means nothing to it."""
    page = ask(web, "http://www.sinan.gov.cn/tzgg/index.html").body.decode()
    m = re.search(r'id="loadMore" data-catid="(\d+)" data-last="(\d+)"', page)
    assert m and path_of(web, "思南县-2024") not in page
    links, last = [], m.group(2)
    while True:
        q = urlencode({"catId": m.group(1), "lastId": last, "size": 10})
        data = json.loads(ask(web, f"http://www.sinan.gov.cn/api/article/more?{q}").body)
        links += [r["link"] for r in data["data"]]
        if not data["hasMore"]:
            break
        last = str(data["lastId"])
    assert path_of(web, "思南县-2024") in links and len(set(links)) == len(links)
    paged = json.loads(ask(web, f"http://www.sinan.gov.cn/api/article/more?catId={m.group(1)}&page=3").body)
    assert paged["data"][0]["link"] not in links


def test_ztree(web):
    """拜泉县: the catalogue's nodes come level by level from the tree endpoint; the leaf
    法治政府建设 opens ``list.jsp?catId=1007``, which names the 2023 report."""
    page = ask(web, "http://www.baiquan.gov.cn/xxgk/index.html").body.decode()
    assert 'autoParam: ["id"]' in page and '"/xxgk/list.jsp?catId=" + treeNode.id' in page
    tree = "http://www.baiquan.gov.cn/xxgk/catalog/tree.do"
    top = json.loads(ask(web, tree, "POST", b"", FORM).body)
    assert {n["id"] for n in top if n["isParent"]} == {"10", "20"}
    kids = json.loads(ask(web, tree, "POST", b"id=10", FORM).body)
    assert {"id": "1007", "pId": "10", "name": "法治政府建设", "isParent": False} in kids
    listing = ask(web, "http://www.baiquan.gov.cn/xxgk/list.jsp?catId=1007").body.decode()
    assert path_of(web, "拜泉县-2023") in listing


def test_js_call(web):
    """玉屏侗族自治县: the 专栏 page holds only the JS 调用 tags; the class's script file writes the
    2024 report's row."""
    page = ask(web, "http://www.yuping.gov.cn/ztzl/fzzfjs/index.html").body.decode()
    assert "<script src='/d/js/class/class12_newnews.js'></script>" in page
    js = ask(web, "http://www.yuping.gov.cn/d/js/class/class12_newnews.js").body.decode()
    assert f"href='{path_of(web, '玉屏侗族自治县-2024')}'" in js and js.startswith("document.write(")


def test_every_report_reachable(web):
    """Every truth URL (reports, look-alikes) is reached from the seed rows, the unseeded county
    only through the portal, and no trap is entered."""
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    starts = {"date_archive": "rqll.jsp?date=2024-03-01", "echo_search": "search?searchword=%E6%B3%95"}
    assert finite_traps(web, Walker(web), starts) == []


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
