"""Checks of the simulated web's ``blind47`` profile itself (never of the crawler).

The blind47 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind the GraphQL list, the cursor-paged API,
the JSON-config list API and the ``<select onchange>`` pager are exactly those a plain link
walker misses, that each mechanism (and the ``<frameset>``) answers as modelled, that the
not-findable reports are the scan and the ``.doc``, that its traps never end, and that every
findable report is reachable from the seed rows by the sites' own links, scripts and APIs
(``simweb.blind47.reach``).
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode, urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind47.platforms import graphql_body
from simweb.blind47.reach import CONFIG_API, CURSOR_API, GQL_API, SELECT, Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.guangrao.gov.cn"}
PORTAL = "www.dongying.gov.cn"
SITE_KINDS = {
    "东营区": ("trs_createpage", "graphql_post_list", "api_later_page", "higher_repost"),
    "河口区": ("trs_createpage", "gbk_pages", "pdf_attachment", "later_list_page"),
    "利津县": ("trs_createpage", "json_config_api", "api_later_page"),
    "广饶县": ("trs_createpage", "unseeded_county_via_prefecture_list", "higher_repost"),
    "城厢区": ("trs_createpage", "cursor_paged_api", "xhr_header_check", "api_later_page"),
    "荔城区": ("trs_createpage", "higher_repost", "docx_attachment"),
    "仙游县": ("trs_createpage", "gbk_pages", "later_list_page"),
    "秀屿区": ("trs_createpage", "higher_repost"),
    "甘州区": ("trs_createpage", "frameset_frames"),
    "肃南裕固族自治县": ("trs_createpage", "select_onchange_pager", "later_list_page", "higher_repost"),
    "民乐县": ("trs_createpage", "later_list_page"),
    "山丹县": ("trs_createpage", "higher_repost", "doc_needs_reader"),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the findable reports a plain link walker (no scripts, no forms, no APIs) misses
HIDDEN = {
    "东营区-2024",
    "东营区-2022",
    "利津县-2023",
    "利津县-2021",
    "城厢区-2024",
    "城厢区-2022",
    "肃南裕固族自治县-2023",
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
    return build_web(0, profile="blind47")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, headers or {}, body), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    return urlsplit(report(web, key)["preferred_url"]).path


def test_profile_figures(web):
    assert "blind47" in PROFILES and web.truth["profile"] == "blind47"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind47")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind47")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 22 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"山东省", "福建省", "甘肃省"}
    assert {row["name"] for row in web.rows} >= {"东营区", "甘州区", "东营市"}
    assert all(set(row) == {"name", "url"} for row in web.rows)
    by_site = {}
    for r in findable:
        by_site.setdefault(r["key"].rsplit("-", 1)[0], []).append(r)
    assert set(by_site) == set(SITE_KINDS) and all(len(v) == 2 for v in by_site.values())
    kinds = {c["kind"] for r in findable for c in r["copies"]}
    assert {"pdf", "docx"} <= kinds


def test_mechanisms_hide_their_reports(web):
    """A plain link walker misses exactly ``HIDDEN``; only the portal's 县区 list names 广饶县."""
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


def test_graphql_post_list(web):
    """东营区: the shell POSTs a GraphQL query to ``/graphql``; page 2 holds the 2024 report."""
    page = ask(web, "http://www.dyq.gov.cn/zwgk/tzgg/index.html").body.decode()
    target = path_of(web, "东营区-2024")
    assert target not in page
    ((chan, query, endpoint),) = GQL_API.findall(page)
    url = "http://www.dyq.gov.cn" + endpoint
    assert ask(web, url).status == 400
    assert ask(web, url, "POST", b"{not json", {"Content-Type": "application/json"}).status == 400
    ct = {"Content-Type": "application/json"}
    one = json.loads(ask(web, url, "POST", graphql_body(chan, 1), ct).body)["data"]["articles"]
    body = json.dumps({"query": json.loads(query), "variables": {"channel": chan, "page": 2}}).encode()
    two = json.loads(ask(web, url, "POST", body, ct).body)["data"]["articles"]
    assert one["pages"] == 2 and target not in {x["url"] for x in one["items"]}
    assert target in {x["url"] for x in two["items"]}


def test_cursor_paged_api(web):
    """城厢区: ``lastId``/``nextCursor`` paging behind an ``X-Requested-With`` check; the 2024
    report comes on the third call."""
    page = ask(web, "https://www.chengxiang.gov.cn/zwgk/tzgg/index.html").body.decode()
    target = path_of(web, "城厢区-2024")
    assert target not in page
    ((cat, size, endpoint),) = CURSOR_API.findall(page)
    url = f"https://www.chengxiang.gov.cn{endpoint}?"
    assert ask(web, url + urlencode({"catId": cat, "size": size, "lastId": ""})).status == 403
    cursor, calls = "", []
    while True:
        res = ask(
            web,
            url + urlencode({"catId": cat, "size": size, "lastId": cursor}),
            headers={"X-Requested-With": "XMLHttpRequest"},
        )
        d = json.loads(res.body)
        calls.append({x["url"] for x in d["list"]})
        cursor = d["nextCursor"]
        if not cursor:
            break
    assert len(calls) == 4 and target not in calls[0] | calls[1] and target in calls[2]


def test_json_config_api(web):
    """利津县: the shell reads ``/static/config/site.json`` for the list API; page 2 holds the
    2023 report, and the page itself never names the list endpoint."""
    page = ask(web, "http://www.lijin.gov.cn/zwgk/tzgg/index.html").body.decode()
    target = path_of(web, "利津县-2023")
    ((key, config),) = CONFIG_API.findall(page)
    cfg = json.loads(ask(web, "http://www.lijin.gov.cn" + config).body)
    assert cfg["api"]["list"] not in page and target not in page
    url = "http://www.lijin.gov.cn" + cfg["api"]["list"] + "?"

    def rows(n):
        q = {"columnId": cfg["columns"][key], "pageNum": n, "pageSize": cfg["pageSize"]}
        return {r["linkUrl"] for r in json.loads(ask(web, url + urlencode(q)).body)["rows"]}

    assert target not in rows(1) and target in rows(2)


def test_frameset(web):
    """甘州区: 政务公开 is a ``<frameset>``; only its ``menu`` frame links the columns."""
    home = ask(web, "http://gsgz.gov.cn/").body.decode()
    fs = ask(web, "http://gsgz.gov.cn/zwgk/").body.decode()
    assert "<frameset" in fs and "<body" not in fs.split("<noframes>")[0]
    assert 'src="/zwgk/menu.html"' in fs and "/zwgk/fzzfjs/" not in fs and "/zwgk/fzzfjs/" not in home
    menu = ask(web, "http://gsgz.gov.cn/zwgk/menu.html").body.decode()
    assert 'href="/zwgk/fzzfjs/" target="main"' in menu and 'href="/zwgk/tzgg/" target="main"' in menu
    rel = "./" + path_of(web, "甘州区-2024").removeprefix("/zwgk/fzzfjs/")
    assert f'href="{rel}"' in ask(web, "http://gsgz.gov.cn/zwgk/fzzfjs/").body.decode()


def test_select_onchange_pager(web):
    """肃南: 通知公告's later page is named only by a ``<select onchange>`` option."""
    first = ask(web, "http://www.gssn.gov.cn/zwgk/tzgg/index.html").body.decode()
    target = path_of(web, "肃南裕固族自治县-2023")
    assert target not in first and "index_1.html" not in HREF.findall(first)
    (block,) = SELECT.findall(first)
    assert '<option value="index_1.html">' in block
    assert target in ask(web, "http://www.gssn.gov.cn/zwgk/tzgg/index_1.html").body.decode()


def test_every_report_reachable(web):
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    """Each trap's chain from a start beside its prefix runs six steps inside its URL pattern."""
    starts = {"/rqll/": "index.jsp?date=2024-03-01", "/so/": "search.jsp?searchword=%E6%B3%95"}
    walker = Walker(web)
    for trap in web.truth["trap_kinds"]:
        (key,) = [k for k in starts if k in trap["prefix"]]
        chain = walker.trap_chain(trap["prefix"].rsplit("/", 1)[0] + "/" + starts[key], trap["prefix"])
        pattern = re.compile(trap["pattern"])
        assert len(set(chain)) == 6 and all(pattern.search(u.replace("&amp;", "&")) for u in chain[1:]), trap


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
