"""Checks of the simulated web's ``blind14`` profile itself (never of the crawler).

The blind14 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind the web's own mechanisms (``openDetail``
links, art-template lists from an id-only API, an API that needs ``X-Requested-With``) are
exactly those a walker without them misses, that each mechanism answers as its evidence says,
that the not-findable reports are the scans and the ``.doc``, that its traps never end, and that
every findable report is reachable from the seed rows by following the sites' own links, scripts
and APIs (the walker in ``simweb.blind14.reach`` understands each mechanism).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import finite_traps, unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind13.reach import Walker as Blind13Walker
from simweb.blind14.reach import Walker
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.langzhong.gov.cn"}
PORTAL = "www.nanchong.gov.cn"
# the mechanisms each site's reports exercise, and the look-alike kinds the web must hold
SITE_KINDS = {
    "顺庆区": ("sichuan_trs", "later_list_page"),
    "高坪区": ("gbk_table_list", "doc_needs_reader"),
    "嘉陵区": ("sichuan_trs", "scan_needs_ocr"),
    "南部县": ("sichuan_trs", "higher_repost"),
    "蓬安县": ("js_function_href", "later_list_page", "scan_needs_ocr"),
    "仪陇县": ("art_template_fields", "api_later_page"),
    "西充县": ("xhr_header_api", "api_later_page"),
    "南充经济开发区": ("downfile_octet_stream",),
    "阆中市": ("unseeded_county_via_prefecture_list",),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the reports only the blind14 mechanisms reach
HIDDEN = {
    "蓬安县-2024",
    "蓬安县-2022",
    "蓬安县-2020",
    "仪陇县-2023",
    "仪陇县-2021",
    "西充县-2024",
    "西充县-2021",
}
# the reports no HTML page links with an href (a script function, a template, an API name them)
NO_HTML_LINK = HIDDEN - {"蓬安县-2020"}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind14")


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
    assert "blind14" in PROFILES and web.truth["profile"] == "blind14"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind14")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind14")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30


def test_mechanisms_hide_their_reports(web):
    """A walker that knows every earlier blind web's mechanisms but none of blind14's misses
    exactly the reports listed in ``HIDDEN``; no HTML page links with an href the
    reports, and no HTML page outside the 南充 portal links the unseeded county."""
    reached = Blind13Walker(web).run()
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


def test_open_detail_links(web):
    """蓬安县: rows are ``javascript:openDetail(id, ym)`` calls; ``list.js`` builds the URL."""
    page = ask(web, "http://www.pengan.gov.cn/zwgk/tzgg/index_2.html").body.decode()
    key = path_of(web, "蓬安县-2024")
    ym, rid = key.split("/")[-2], key.split("/")[-1].split(".")[0]
    assert f"javascript:openDetail('{rid}','{ym}');" in page and key not in page
    js = ask(web, "http://www.pengan.gov.cn/static/js/list.js").body.decode()
    assert 'window.open("/zwgk/detail/"+ym+"/"+id+".html")' in js


def test_art_template_api(web):
    """仪陇县: the column page is an empty shell with a template; the API gives no URL, only the
    fields the template composes it from; page 3 of 通知公告 holds the 2023 report."""
    page = ask(web, "http://www.yilong.gov.cn/xxgk/list.html?channelId=1501").body.decode()
    assert '<script id="tpl-list" type="text/html">' in page and '<ul id="infoList"></ul>' in page
    key = path_of(web, "仪陇县-2023")
    res = ask(web, "http://www.yilong.gov.cn/api/content/list?channelId=1501&pageNum=3&pageSize=15")
    text = res.body.decode()
    assert key.split("/t")[-1].split(".")[0] in text and key not in text and "url" not in text
    one = ask(web, "http://www.yilong.gov.cn/api/content/list?channelId=1501&pageNum=1&pageSize=15")
    assert key.split("/t")[-1].split(".")[0] not in one.body.decode()


def test_xhr_header_api(web):
    """西充县: the list API answers 403 without ``X-Requested-With``; with it, page 4 of 通知公告
    names the 2024 report; the page's script never names the header."""
    page = ask(web, "http://www.xichong.gov.cn/index.php/news/lists/cid/7.html").body.decode()
    assert "X-Requested-With" not in page and '$.get("/index.php/api/article/lists"' in page
    url = "http://www.xichong.gov.cn/index.php/api/article/lists?cid=7&page=4"
    assert ask(web, url).status == 403
    res = ask(web, url, headers={"X-Requested-With": "XMLHttpRequest"})
    assert res.status == 200 and path_of(web, "西充县-2024") in res.body.decode()


def test_downfile_octet_stream(web):
    """南充经济开发区: the 2023 report is a PDF served as ``application/octet-stream`` with
    ``Content-Disposition: attachment`` at ``downfile.jsp``, linked only by its article."""
    r = report(web, "南充经济开发区-2023")
    res = ask(web, r["copies"][0]["url"])
    assert res.status == 200 and res.body.startswith(b"%PDF") and res.ctype == "application/octet-stream"
    assert dict(res.headers)["Content-Disposition"].startswith("attachment;")
    art = ask(web, r["copies"][0]["via"]).body.decode()
    assert "downfile.jsp?classid=0&amp;showname=" in art


def test_every_report_reachable(web):
    """Every truth URL (reports, look-alikes) is reached from the seed rows, the unseeded county
    only through the portal, and no trap is entered."""
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    starts = {"date_archive": "rqll.jsp?date=2024-03-01", "echo_search": "search?searchword=%E6%B3%95"}
    assert finite_traps(web, Walker(web), starts) == []


def test_truth_urls_answer_through_proxy(web):
    assert blind_reach.unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
