"""Checks of the simulated web's ``blind12`` profile itself (never of the crawler).

The blind12 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind the web's own mechanisms (the Nuxt state,
the DataTables server-side action, the ``javascript:goPage`` pager, the kkFileView preview) are
exactly those a walker without them misses, that each mechanism answers as its evidence says,
that the not-findable reports are the scans and the ``.doc``, that its traps never end, and that
every findable report is reachable from the seed rows by following the sites' own links, scripts
and APIs (the walker in ``simweb.blind12.reach`` understands each mechanism).
"""

from __future__ import annotations

import json
import re
from urllib.parse import urljoin, urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import finite_traps, unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind11.reach import Walker as Blind11Walker
from simweb.blind12.reach import Walker
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.jgs.gov.cn"}
PORTAL = "www.ji-an.gov.cn"
# the mechanisms each site's reports exercise, and the look-alike kinds the web must hold
SITE_KINDS = {
    "吉州区": ("jiangxi_trs", "later_list_page"),
    "青原区": ("gbk_table_list", "doc_needs_reader"),
    "吉安县": ("jiangxi_trs", "scan_needs_ocr"),
    "吉水县": ("jiangxi_trs", "higher_repost"),
    "新干县": ("nuxt_state_list", "later_list_page"),
    "永丰县": ("datatables_server_side", "api_later_page"),
    "泰和县": ("gopage_js_pager", "scan_needs_ocr"),
    "遂川县": ("kkfileview_preview",),
    "井冈山市": ("unseeded_county_via_prefecture_list",),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the reports only the blind12 mechanisms reach
HIDDEN = {
    "新干县-2024",
    "新干县-2022",
    "永丰县-2023",
    "永丰县-2021",
    "泰和县-2024",
    "泰和县-2022",
    "泰和县-2020",
    "遂川县-2024",
}
# the reports no HTML page links with an href (an API, a script state or a base64 parameter names them)
NO_HTML_LINK = {"新干县-2024", "新干县-2022", "永丰县-2023", "永丰县-2021", "遂川县-2024"}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind12")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    return Walker(web).request(url, method, body, headers)[1]


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
    are the scans and the ``.doc``, served as such."""
    assert "blind12" in PROFILES and web.truth["profile"] == "blind12"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind12")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind12")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30


def test_mechanisms_hide_their_reports(web):
    """A walker that knows every earlier blind web's mechanisms but none of blind12's misses
    exactly the reports listed in ``HIDDEN``; no HTML page links with an href the
    reports, and no HTML page outside the 吉安 portal links the unseeded county."""
    reached = Blind11Walker(web).run()
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


def test_nuxt_state(web):
    """新干县: list rows carry no href; the report ids are only in ``window.__NUXT__`` (slashes as
    ``\\u002F``); the 2024 report is on ``?page=3`` of 通知公告; the bundle names ``/detail/`` and
    the ``page`` query; the JSON API answers the same rows."""
    url = "http://www.xingan.gov.cn/list/tzgg"
    rid = path_of(web, "新干县-2024").rsplit("/", 1)[1]
    one = ask(web, url).body.decode()
    assert "window.__NUXT__=(function(a,b)" in one and 'routePath:"\\u002Flist\\u002Ftzgg"' in one
    assert f"{{id:{rid}," not in one
    p3 = ask(web, url + "?page=3").body.decode()
    assert f"{{id:{rid}," in p3 and f"/detail/{rid}" not in p3
    js = ask(web, "http://www.xingan.gov.cn/_nuxt/pages/list/_cat.3f9a1c2.js").body.decode()
    assert '"/detail/"+t.id' in js and "query:{page:t}" in js
    data = json.loads(ask(web, "http://www.xingan.gov.cn/api/cms/list?cat=tzgg&page=3&size=15").body)
    assert int(rid) in [r["id"] for r in data["data"]["list"]]
    assert ask(web, "http://www.xingan.gov.cn/list/nosuch").status == 404


def test_datatables_server_side(web):
    """永丰县: the column page is an empty DataTables table; the action answers only POST, with
    ``draw`` echoed and ``recordsTotal``; the 2023 report is at ``start=30`` of 通知公告."""
    page = ask(web, "http://www.jxyongfeng.gov.cn/xxgk/list.html?columnId=1041").body.decode()
    assert "serverSide:true" in page and "<tbody></tbody>" in page
    api = "http://www.jxyongfeng.gov.cn/xxgk/article/pageList.do"
    assert ask(web, api + "?columnId=1041").status == 405
    rid = int(path_of(web, "永丰县-2023").rsplit("=", 1)[1])
    hdr = {"Content-Type": "application/x-www-form-urlencoded"}

    def ids(start: int) -> list[int]:
        body = f"draw=7&start={start}&length=15&columnId=1041".encode()
        data = json.loads(ask(web, api, "POST", body, hdr).body)
        assert data["draw"] == 7 and data["recordsTotal"] == data["recordsFiltered"] > 40
        return [r["id"] for r in data["data"]]

    assert rid not in ids(0) + ids(15) and rid in ids(30)


def test_gopage_pager(web):
    """泰和县: no ``<a>`` names a later list page, only ``javascript:goPage(n)``; the 2024 report is
    on ``index_3.jhtml`` of 通知公告."""
    first = ask(web, "http://www.jxth.gov.cn/tzgg/index.jhtml").body.decode()
    assert 'href="javascript:goPage(2);"' in first and "function goPage(p)" in first
    assert "index_2.jhtml" not in first.split("<script>function goPage")[0]
    p3 = ask(web, "http://www.jxth.gov.cn/tzgg/index_3.jhtml").body.decode()
    assert path_of(web, "泰和县-2024") in p3


def test_kkfileview_preview(web):
    """遂川县: the report's article links only ``/preview/onlinePreview?url=<base64>``; the
    preview page's script names the PDF, which answers as a text PDF."""
    r = report(web, "遂川县-2024")
    pdf = r["copies"][0]["url"]
    art = ask(web, r["copies"][0]["via"]).body.decode()
    assert "/preview/onlinePreview?url=" in art and pdf not in art
    link = re.search(r'href="(/preview/onlinePreview\?url=[^"]+)"', art).group(1)
    prev = ask(web, urljoin(r["copies"][0]["via"], link)).body.decode()
    assert f"var url = '{pdf}';" in prev and "pdfjs/web/viewer.html?file=" in prev
    res = ask(web, pdf)
    assert res.status == 200 and res.body.startswith(b"%PDF")


def test_every_report_reachable(web):
    """Every truth URL (reports, look-alikes) is reached from the seed rows, the unseeded county
    only through the portal, and no trap is entered."""
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    starts = {"date_archive": "rqll.jsp?date=2024-03-01", "echo_search": "search?searchword=%E6%B3%95"}
    assert finite_traps(web, Walker(web), starts) == []


def test_truth_urls_answer_through_proxy(web):
    assert blind_reach.unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
