"""Checks of the simulated web's ``blind33`` profile itself (never of the crawler).

The blind33 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind 福建's SSP ``apiSearch`` GET and search
POST, 宿迁's ``sofpro`` list POST, Epoint's token-then-Bearer API and the 新疆 platform's JSON POST
are exactly those a plain link walker misses, that those mechanisms answer as the evidence shows,
that the not-findable reports are the scan and the ``.doc``, that its traps never end, and that
every findable report is reachable from the seed rows by following the sites' own links, scripts
and APIs (``simweb.blind33.reach``).
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
from simweb.blind33.reach import EPOINT, SOFPRO, SSP_GET, SSP_POST, Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
OPTION = re.compile(r"""<option\s+value=["']([^"']+)["']""", re.I)
UNSEEDED = {"www.fjzr.gov.cn"}
PORTAL = "www.fujian.gov.cn"
FORM = {"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"}
SITE_KINDS = {
    "福鼎市": ("fj_trs_htm", "later_list_page", "higher_repost"),
    "古田县": ("fj_trs_htm", "fj_ssp_apisearch", "api_later_page"),
    "屏南县": ("fj_ssp_search_post", "gbk_pages", "api_later_page"),
    "柘荣县": ("fj_trs_htm", "unseeded_county_via_prefecture_list"),
    "沭阳县": ("suqian_list_shtml", "later_list_page", "higher_repost"),
    "泗阳县": ("suqian_list_shtml", "doc_needs_reader"),
    "宿豫区": ("sofpro_xxgklist_post", "suqian_list_shtml"),
    "霍城县": ("xj_json_body_post", "api_later_page", "higher_repost"),
    "伊宁县": ("xj_json_body_post", "pdf_attachment"),
    "新源县": ("xj_json_body_post", "higher_repost"),
    "察布查尔锡伯自治县": ("epoint_bearer_token", "api_later_page"),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the findable reports only a script's API call reaches
HIDDEN = {
    "古田县-2023",
    "屏南县-2022",
    "屏南县-2024",
    "宿豫区-2023",
    "霍城县-2024",
    "霍城县-2022",
    "伊宁县-2023",
    "伊宁县-2021",
    "新源县-2024",
    "新源县-2022",
    "察布查尔锡伯自治县-2024",
    "察布查尔锡伯自治县-2022",
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
    return build_web(0, profile="blind33")


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
    assert "blind33" in PROFILES and web.truth["profile"] == "blind33"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind33")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind33")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"福建省", "江苏省", "新疆维吾尔自治区"}
    assert {row["name"] for row in web.rows} >= {"福鼎市", "察布查尔锡伯自治县", "福建省"}
    assert all(set(row) == {"name", "url"} for row in web.rows)


def test_mechanisms_hide_their_reports(web):
    """A plain link walker misses exactly ``HIDDEN``; only the portal's ``<select>`` names 柘荣县."""
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
        text = res.body.decode("utf-8", "replace")
        found = {urlsplit(u).hostname for u in HREF.findall(text) + OPTION.findall(text)}
        if host == PORTAL:
            portal |= {urlsplit(u).hostname for u in OPTION.findall(text)}
        elif host not in UNSEEDED:
            outside |= found
    assert not UNSEEDED & outside and portal >= UNSEEDED


def test_ssp_apisearch(web):
    """古田县: ``/zcwjk/`` is a shell; the 2023 report comes only from ``apiSearch`` page 2."""
    page = ask(web, "http://www.gutian.gov.cn/zcwjk/").body.decode()
    target = path_of(web, "古田县-2023")
    assert target not in page
    ((params, endpoint),) = SSP_GET.findall(page)
    args = json.loads(params)
    first = json.loads(
        ask(web, "http://www.gutian.gov.cn" + endpoint + "?" + urlencode({**args, "page": 1})).body
    )
    second = json.loads(
        ask(web, "http://www.gutian.gov.cn" + endpoint + "?" + urlencode({**args, "page": 2})).body
    )
    assert first["total"] > 15 and all(set(d) >= {"_doctitle", "docpuburl"} for d in first["datas"])
    assert "http://www.gutian.gov.cn" + target in {d["docpuburl"] for d in second["datas"]}
    wrong = json.loads(ask(web, "http://www.gutian.gov.cn" + endpoint + "?page=1").body)
    assert wrong["datas"] == []


def test_ssp_search_post(web):
    """屏南县: GBK shells; ``POST …/ssp/search/api/search?time=`` answers the rows, GET 405."""
    res = ask(web, "https://www.pingnan.gov.cn/zwgk/tzgg/index.htm")
    assert "GBK" in res.ctype.upper()
    page = res.body.decode("gbk")
    target = path_of(web, "屏南县-2022")
    assert target not in page
    ((endpoint, pre, post),) = SSP_POST.findall(page)
    url = "https://www.pingnan.gov.cn" + endpoint + "1712345678901"
    assert ask(web, url).status == 405
    second = json.loads(ask(web, url, "POST", f"{pre}2{post}".encode(), FORM).body)
    assert "https://www.pingnan.gov.cn" + target in {d["url"] for d in second["data"]["data"]}


def test_sofpro_list(web):
    """宿豫区: the 信息公开 shell ``.load``s ``xxgkList.jsp``; the 2023 report is on ``currentPage=2``."""
    (shell,) = [
        r.body.decode()
        for (host, path, q), r in web.resources.items()
        if host == "www.suyu.gov.cn"
        and path == "/sofpro/xxgk/index.jsp"
        and "trlist" not in r.body.decode()
        and "法定主动公开内容" in r.body.decode().split("<title>")[1][:20]
    ]
    ((site, channel, endpoint),) = SOFPRO.findall(shell)
    target = path_of(web, "宿豫区-2023")
    body = urlencode({"currentPage": 2, "channel_id": channel, "webSiteId": site}).encode()
    res = ask(web, "http://www.suyu.gov.cn" + endpoint, "POST", body, FORM).body.decode()
    assert 'class="trlist_1"' in res and target in res and "goPage(3)" in res
    assert (
        target
        not in ask(
            web, "http://www.suyu.gov.cn" + endpoint, "POST", body.replace(b"=2&", b"=1&"), FORM
        ).body.decode()
    )


def test_epoint_bearer(web):
    """察布查尔: the list action answers 401 without the token, and page 2 holds the 2024 report."""
    page = ask(web, "http://www.xjcbcr.gov.cn/xxgk/tzgg.html").body.decode()
    ((guid, num, token_url, list_url, size),) = EPOINT.findall(page)
    base = "http://www.xjcbcr.gov.cn"
    assert ask(web, base + token_url).status == 405
    token = json.loads(ask(web, base + token_url, "POST").body)["custom"]["access_token"]
    params = urlencode(
        {"params": json.dumps({"siteGuid": guid, "categorynum": num, "pageIndex": 2, "pageSize": int(size)})}
    )
    assert ask(web, base + list_url, "POST", params.encode(), FORM).status == 401
    res = ask(web, base + list_url, "POST", params.encode(), {**FORM, "Authorization": f"Bearer {token}"})
    assert res.status == 200
    assert path_of(web, "察布查尔锡伯自治县-2024") in {
        d["infourl"] for d in json.loads(res.body)["custom"]["infodata"]
    }


def test_suqian_and_fujian_pagers(web):
    """沭阳县's 2024 report is on ``list_3.shtml`` (static pager); 福鼎市's on ``index_1.htm``."""
    target = path_of(web, "沭阳县-2024")
    first = ask(web, "http://www.shuyang.gov.cn/syx/tzgg/list.shtml").body.decode()
    assert 'href="list_2.shtml"' in first and target not in first
    assert target in ask(web, "http://www.shuyang.gov.cn/syx/tzgg/list_3.shtml").body.decode()
    assert re.fullmatch(r"/syx/tzgg/\d{6}/[0-9a-f]{32}\.shtml", target)
    fd = path_of(web, "福鼎市-2024")
    page = ask(web, "http://www.fuding.gov.cn/zwgk/tzgg/index.htm").body.decode()
    assert re.search(r'createPageHTML\(\d+, 0, "index", "htm"\)', page) and fd.rsplit("/", 1)[1] not in page
    assert fd.rsplit("/", 1)[1] in ask(web, "http://www.fuding.gov.cn/zwgk/tzgg/index_1.htm").body.decode()
    assert re.fullmatch(r"/zwgk/tzgg/\d{6}/t\d{8}_\d+\.htm", fd)


def test_every_report_reachable(web):
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    """Each trap's chain from a start beside its prefix runs six steps inside its URL pattern."""
    starts = {"/rqll/": "index.jsp?date=2024-03-01", "/ssp/main/": "search.html?q=%E6%B3%95"}
    walker = Walker(web)
    for trap in web.truth["trap_kinds"]:
        (key,) = [k for k in starts if k in trap["prefix"]]
        chain = walker.trap_chain(trap["prefix"].rsplit("/", 1)[0] + "/" + starts[key], trap["prefix"])
        pattern = re.compile(trap["pattern"])
        assert len(set(chain)) == 6 and all(pattern.search(u.replace("&amp;", "&")) for u in chain[1:]), trap


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
