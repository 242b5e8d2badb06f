"""Checks of the simulated web's ``blind39`` profile itself (never of the crawler).

The blind39 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind the DWR plaincall lists, the base64
query API and the base64 ``data-url`` rows are exactly those a plain link walker misses, that
the ``<link rel="next">``-only pager and those mechanisms answer as modelled, that the
not-findable reports are the scan and the ``.doc``, that its traps never end, and that every
findable report is reachable from the seed rows by the sites' own links, scripts and APIs
(``simweb.blind39.reach``).
"""

from __future__ import annotations

import base64
import json
import re
from urllib.parse import quote, urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind39.platforms import b64q, dwr_body
from simweb.blind39.reach import B64_API, DATA_URL, DWR_CALL, Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.tls.gov.cn"}
PORTAL = "www.yc.gov.cn"
SITE_KINDS = {
    "宣州区": ("trs_createpage", "rel_next_only_pager", "later_list_page", "higher_repost"),
    "郎溪县": ("trs_createpage", "base64_query_api", "api_later_page"),
    "泾县": ("trs_createpage", "gbk_pages"),
    "宁国市": ("trs_createpage", "later_list_page", "higher_repost"),
    "安塞区": ("shaanxi_jyh_shtml", "later_list_page", "higher_repost"),
    "延川县": ("shaanxi_jyh_shtml",),
    "志丹县": ("shaanxi_jyh_shtml",),
    "洛川县": ("shaanxi_jyh_shtml", "higher_repost"),
    "嘉荫县": ("trs_createpage", "dwr_plaincall", "api_later_page", "higher_repost"),
    "伊美区": ("trs_createpage", "base64_data_url", "doc_needs_reader"),
    "南岔县": ("trs_createpage", "later_list_page"),
    "铁力市": ("trs_createpage", "unseeded_county_via_prefecture_list"),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the findable reports a plain link walker (no scripts, no forms, no APIs) misses
HIDDEN = {
    "郎溪县-2023",
    "郎溪县-2021",
    "嘉荫县-2024",
    "嘉荫县-2022",
    "伊美区-2024",
    # 陕西 集约化's script-written pager (blind31's): the later 通知公告 page
    "安塞区-2022",
    "延川县-2021",
    "志丹县-2022",
    "洛川县-2021",
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
    return build_web(0, profile="blind39")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, headers or {}, body), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    return urlsplit(report(web, key)["preferred_url"]).path


def test_profile_figures(web):
    assert "blind39" in PROFILES and web.truth["profile"] == "blind39"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind39")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind39")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"安徽省", "陕西省", "黑龙江省"}
    assert {row["name"] for row in web.rows} >= {"宣州区", "嘉荫县", "伊春市"}
    assert all(set(row) == {"name", "url"} for row in web.rows)


def test_mechanisms_hide_their_reports(web):
    """A plain link walker misses exactly ``HIDDEN``; only the portal's 县市 list names 铁力市."""
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


def test_rel_next_only_pager(web):
    """宣州区: 通知公告's later pages are named only by ``<link rel="next">`` in ``<head>``."""
    target = path_of(web, "宣州区-2024")
    base = "https://www.xuanzhou.gov.cn/zwgk/tzgg/"
    first = ask(web, base + "index.html").body.decode()
    assert target not in first
    head, body = first.split("</head>", 1)
    assert '<link rel="next" href="/zwgk/tzgg/list_2.html">' in head and "list_2" not in body
    second = ask(web, base + "list_2.html").body.decode()
    assert target not in second and "list_3.html" in second.split("</head>")[0]
    assert target in ask(web, base + "list_3.html").body.decode()


def test_base64_query_api(web):
    """郎溪县: the shell fetches ``/api/article/list?q=<base64 JSON>``; page 2 holds the 2023 report."""
    page = ask(web, "https://www.ahlx.gov.cn/zwgk/tzgg/index.html").body.decode()
    target = path_of(web, "郎溪县-2023")
    assert target not in page
    ((col, size, endpoint),) = B64_API.findall(page)
    url = f"https://www.ahlx.gov.cn{endpoint}?q="
    first = json.loads(ask(web, url + quote(b64q(int(col), 1, int(size)))).body)["data"]["records"]
    second = json.loads(ask(web, url + quote(b64q(int(col), 2, int(size)))).body)["data"]["records"]
    assert target not in {r["linkUrl"] for r in first} and target in {r["linkUrl"] for r in second}
    assert ask(web, url + "not-json").status == 400


def test_dwr_plaincall(web):
    """嘉荫县: a DWR plaincall POST lists 通知公告; a GET is refused; page 2 holds the 2024 report."""
    page = ask(web, "https://www.jyx.gov.cn/zwgk/tzgg/index.html").body.decode()
    target = path_of(web, "嘉荫县-2024")
    assert target not in page
    ((_js, bean, chan, method),) = DWR_CALL.findall(page)
    url = f"https://www.jyx.gov.cn/dwr/call/plaincall/{bean}.{method}.dwr"
    assert ask(web, url).status == 501
    one = ask(web, url, "POST", dwr_body(chan, 1), {"Content-Type": "text/plain"})
    two = ask(web, url, "POST", dwr_body(chan, 2, 7), {"Content-Type": "text/plain"}).body.decode()
    assert one.ctype.startswith("text/javascript") and target not in one.body.decode()
    assert "dwr.engine._remoteHandleCallback('7','0'," in two and target in two


def test_base64_data_url(web):
    """伊美区: 法治政府建设's rows carry the report's URL only base64-encoded in ``data-url``."""
    page = ask(web, "https://www.ycym.gov.cn/zwgk/fzzfjs/index.html").body.decode()
    target = path_of(web, "伊美区-2024")
    assert target not in page
    assert target in {base64.b64decode(x).decode() for x in DATA_URL.findall(page)}


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
