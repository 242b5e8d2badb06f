"""Checks of the simulated web's ``blind11`` profile itself (never of the crawler).

The blind11 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind the web's own mechanisms (the
``<select>``-only pager, ``<base href>`` relative links, the hash-routed site's list action) are
exactly those a walker without them misses, that each mechanism answers as its evidence says
(DedeCMS dynamic lists in any parameter order, Epoint query-only pager links, the RuoYi-style
``{total, rows}`` action), that the not-findable reports are the scans and the ``.doc``, that
its traps never end, and that every findable report is reachable from the seed rows by
following the sites' own links, scripts and APIs (the walker in ``simweb.blind11.reach``
understands each mechanism).
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
from simweb.blind10.reach import Walker as Blind10Walker
from simweb.blind11.reach import Walker
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.heping.gov.cn"}
PORTAL = "www.heyuan.gov.cn"
# the mechanisms each site's reports exercise, and the look-alike kinds the web must hold
SITE_KINDS = {
    "梅江区": ("guangdong_trs", "later_list_page"),
    "大埔县": ("gbk_table_list", "doc_needs_reader"),
    "五华县": ("guangdong_trs", "scan_needs_ocr"),
    "丰顺县": ("guangdong_trs", "higher_repost"),
    "梅县区": ("dede_plus_list", "later_list_page"),
    "兴宁市": ("select_pager",),
    "蕉岭县": ("hash_route_api", "api_later_page"),
    "源城区": ("base_href_relative",),
    "紫金县": ("epoint_query_pager", "scan_needs_ocr"),
    "和平县": ("unseeded_county_via_prefecture_list",),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the reports only the blind11 mechanisms reach
HIDDEN = {"兴宁市-2023", "兴宁市-2021", "源城区-2023", "源城区-2021", "蕉岭县-2024", "蕉岭县-2022"}
# the reports only an API names: no HTML page links them at all
NO_HTML_LINK = {"蕉岭县-2024", "蕉岭县-2022"}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind11")


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
    assert "blind11" in PROFILES and web.truth["profile"] == "blind11"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind11")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind11")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30


def test_mechanisms_hide_their_reports(web):
    """A walker that knows every earlier blind web's mechanisms but none of blind11's misses
    exactly the reports listed in ``HIDDEN``; no HTML page links the hash-routed site's
    reports, and no HTML page outside the 河源 portal links the unseeded county."""
    reached = Blind10Walker(web).run()
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


def test_dede_dynamic_lists(web):
    """梅县区: ``/plus/list.php`` pages by ``PageNo`` with or without ``TotalResult``, in any
    parameter order; the 2024 report is on PageNo 3 of 通知公告, linked by ``/plus/view.php``;
    the pager links are relative to ``/plus/``; an unknown ``tid`` answers 404."""
    base = "https://www.gdmx.gov.cn/plus/list.php?"
    one = ask(web, base + "tid=7").body.decode()
    assert path_of(web, "梅县区-2024") not in one and "list.php?tid=7&amp;TotalResult=" in one
    total = re.search(r"TotalResult=(\d+)", one).group(1)
    p3 = ask(web, base + f"tid=7&TotalResult={total}&PageNo=3").body.decode()
    assert path_of(web, "梅县区-2024") in p3 and path_of(web, "梅县区-2024").startswith("/plus/view.php?aid=")
    assert ask(web, base + "PageNo=3&tid=7").body.decode() == p3
    assert ask(web, base + "tid=404").status == 404


def test_select_pager(web):
    """兴宁市: list pages are linked only by ``<option value>`` of a ``<select>`` whose
    ``onchange`` goes to ``this.value``; the 2023 report is on ``index_3.html`` of 通知公告."""
    first = ask(web, "http://www.xingning.gov.cn/zwgk/tzgg/").body.decode()
    assert 'onchange="window.location.href=this.value"' in first and '<option value="index_3.html">' in first
    assert not re.search(r"<a [^>]*href=\"index_\d", first)
    p4 = ask(web, "http://www.xingning.gov.cn/zwgk/tzgg/index_3.html").body.decode()
    assert path_of(web, "兴宁市-2023").rsplit("/", 2)[-2] in p4 and report(web, "兴宁市-2023")["title"] in p4


def test_hash_routed_site(web):
    """蕉岭县: ``/`` is a shell whose menu links ``/#/list?cid=N``; the bundled script names
    ``/prod-api`` and the list action; the action answers ``{total, rows, code, msg}`` and the
    2024 report's ``articleId`` is on page 3 of cid 12."""
    home = ask(web, "http://www.jiaoling.gov.cn/").body.decode()
    assert 'href="/#/list?cid=12"' in home and "/static/js/app." in home
    js = ask(web, "http://www.jiaoling.gov.cn/static/js/app.5c81e0d2.js").body.decode()
    assert 'BASE_API="/prod-api"' in js and "/cms/article/list" in js
    api = "http://www.jiaoling.gov.cn/prod-api/cms/article/list?cid=12&pageSize=15&pageNum="
    aid = int(path_of(web, "蕉岭县-2024").rsplit("/", 1)[1].split(".")[0])

    def ids(p: int) -> list[int]:
        data = json.loads(ask(web, api + str(p)).body)
        assert data["code"] == 200 and data["total"] > 30
        return [r["articleId"] for r in data["rows"]]

    assert aid not in ids(1) + ids(2) and aid in ids(3)


def test_base_href(web):
    """源城区: every page declares ``<base href>``; its links resolve only against the base
    (against the page's own URL they answer 404); the 2023 report is on ``index_1.html``."""
    url = "http://www.gdyc.gov.cn/zwgk/fzzfjs/index_1.html"
    page = ask(web, url).body.decode()
    assert '<base href="http://www.gdyc.gov.cn/">' in page
    link = path_of(web, "源城区-2023").lstrip("/")
    assert f'href="{link}"' in page
    assert ask(web, urljoin(url, link)).status == 404
    assert ask(web, urljoin("http://www.gdyc.gov.cn/", link)).status == 200


def test_epoint_query_pager(web):
    """紫金县: the pager's links carry only a query; resolved against the list's path, page 3
    of 通知公告 holds the 2023 report."""
    url = "http://www.zijin.gov.cn/zjxzf/showinfo/moreinfo.aspx?categoryNum=003001&Paging=1"
    page = ask(web, url).body.decode()
    assert 'href="?categoryNum=003001&amp;Paging=3"' in page and "ewb-data-items" in page
    p3 = ask(web, urljoin(url, "?categoryNum=003001&Paging=3")).body.decode()
    assert path_of(web, "紫金县-2023").replace("&", "&amp;") in p3


def test_every_report_reachable(web):
    """Every truth URL (reports, look-alikes) is reached from the seed rows, the unseeded county
    only through the portal, and no trap is entered."""
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    starts = {"date_archive": "rqll.jsp?date=2024-03-01", "echo_search": "search?searchword=%E6%B3%95"}
    assert finite_traps(web, Walker(web), starts) == []


def test_truth_urls_answer_through_proxy(web):
    assert blind_reach.unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
