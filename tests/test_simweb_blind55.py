"""Checks of the simulated web's ``blind55`` profile itself (never of the crawler).

The blind55 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind the ``<meta name="api-base">`` root, the
XSSI-prefixed answer, the XSRF cookie double submit and the XHR ``responseType='json'`` list with
``<template>`` rows are exactly those a plain link walker misses (and blind51's walker misses
too), that each mechanism answers as modelled, that the not-findable reports are the scan and
the ``.doc``, that its traps never end, and that every findable report is reachable from the seed
rows by the sites' own links, scripts and APIs (``simweb.blind55.reach``).
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
from simweb.blind51.reach import Walker as Blind51Walker
from simweb.blind55.reach import (
    META_BASE,
    META_CALL,
    XHR_TPL,
    XSRF_POST,
    XSSI_AJAX,
    Walker,
    unanswered_through_proxy,
)
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.zlq.gov.cn"}
PORTAL = "www.xlgl.gov.cn"
SITE_KINDS = {
    "天宁区": ("trs_createpage", "higher_repost", "later_list_page"),
    "钟楼区": ("trs_createpage", "meta_api_base", "api_later_page"),
    "武进区": ("trs_createpage", "gbk_pages", "joint_title", "later_list_page"),
    "金坛区": ("trs_createpage", "xssi_prefixed_json", "api_later_page", "higher_repost"),
    "安次区": ("trs_createpage", "pdf_attachment"),
    "永清县": ("trs_createpage", "xsrf_cookie_double_submit", "api_later_page", "higher_repost"),
    "大城县": ("trs_createpage", "docx_attachment"),
    "文安县": ("trs_createpage", "xhr_response_type_json", "template_clone_rows", "api_later_page"),
    "锡林浩特市": ("trs_createpage", "gbk_pages", "later_list_page"),
    "阿巴嘎旗": ("trs_createpage", "higher_repost"),
    "多伦县": ("trs_createpage", "later_list_page", "work_summary_column"),
    "正蓝旗": ("trs_createpage", "unseeded_county_via_prefecture_list", "higher_repost"),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the findable reports a plain link walker (no scripts, no forms, no APIs) misses
HIDDEN = {
    "钟楼区-2024",
    "钟楼区-2022",
    "金坛区-2023",
    "金坛区-2021",
    "永清县-2024",
    "永清县-2022",
    "文安县-2023",
    "文安县-2021",
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
    return build_web(0, profile="blind55")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, headers or {}, body), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    return urlsplit(report(web, key)["preferred_url"]).path


def test_profile_figures(web):
    assert "blind55" in PROFILES and web.truth["profile"] == "blind55"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind55")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind55")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 22 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"江苏省", "河北省", "内蒙古自治区"}
    assert {row["name"] for row in web.rows} >= {"钟楼区", "文安县", "锡林郭勒盟"}
    assert all(set(row) == {"name", "url"} for row in web.rows)
    assert not {urlsplit(row["url"]).hostname for row in web.rows} & UNSEEDED
    by_site = {}
    for r in findable:
        by_site.setdefault(r["key"].rsplit("-", 1)[0], []).append(r)
    assert set(by_site) == set(SITE_KINDS) and all(len(v) == 2 for v in by_site.values())
    kinds = {c["kind"] for r in findable for c in r["copies"]}
    assert {"pdf", "docx"} <= kinds
    assert {r["key"] for r in web.truth["reports"] if r.get("higher_level")} and {
        r["key"] for r in web.truth["reports"] if r.get("department")
    }


def test_mechanisms_hide_their_reports(web):
    """A plain link walker misses exactly ``HIDDEN``, and so does blind51's walker; only the
    portal's 旗县市 list names 正蓝旗."""
    for walker in (blind_reach.Walker(web), Blind51Walker(web)):
        reached = walker.run()
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


def test_meta_api_base(web):
    """钟楼区: the endpoint root is only in ``<meta name="api-base">``; page 2 of 通知公告 holds the
    2024 report; a path outside the API's shape is a 404."""
    page = ask(web, "https://www.zhonglou.gov.cn/zwgk/tzgg/index.html").body.decode()
    target = path_of(web, "钟楼区-2024")
    base = META_BASE.search(page).group(1)
    ((chnl, size, mid, tail),) = META_CALL.findall(page)
    assert target not in page and page.count(base) == 1 and "<head>" in page.split(base)[0]

    def rows(n):
        res = ask(web, f"https://www.zhonglou.gov.cn{base}{mid}{chnl}{tail}?page={n}&size={size}")
        assert res.status == 200
        return json.loads(res.body)

    assert rows(1)["totalPages"] >= 2 and target not in {x["url"] for x in rows(1)["content"]}
    assert target in {x["url"] for x in rows(2)["content"]}
    assert ask(web, f"https://www.zhonglou.gov.cn{mid}{chnl}{tail}?page=1").status == 404
    assert ask(web, f"https://www.zhonglou.gov.cn{base}/channels/nope/articles?page=1").status == 404


def test_xssi_prefixed_json(web):
    """金坛区: every answer starts with ``)]}',`` and a newline, so it is no JSON until stripped;
    page 2 of 通知公告 holds the 2023 report."""
    page = ask(web, "https://www.jintan.gov.cn/zwgk/tzgg/index.html").body.decode()
    target = path_of(web, "金坛区-2023")
    ((colid, endpoint, size),) = XSSI_AJAX.findall(page)
    assert target not in page

    def raw(n):
        q = urlencode({"colId": colid, "pageNo": n, "pageSize": size})
        return ask(web, f"https://www.jintan.gov.cn{endpoint}?{q}").body.decode()

    assert raw(1).startswith(")]}',\n")
    with pytest.raises(json.JSONDecodeError):
        json.loads(raw(1))
    one, two = (json.loads(raw(n)[len(")]}',\n") :])["result"] for n in (1, 2))
    assert one["pageCount"] >= 2 and target not in {x["href"] for x in one["list"]}
    assert target in {x["href"] for x in two["list"]}


def test_xsrf_cookie_double_submit(web):
    """永清县: the column page sets ``XSRF-TOKEN``; the endpoint refuses a GET, a POST without the
    header and one whose header differs from the cookie; page 2 holds the 2024 report."""
    res = ask(web, "https://www.yongqing.gov.cn/zwgk/tzgg/index.html")
    page = res.body.decode()
    target = path_of(web, "永清县-2024")
    ((cat, endpoint, cookie, size),) = XSRF_POST.findall(page)
    (set_cookie,) = [v for k, v in res.headers if k.lower() == "set-cookie"]
    name, _, rest = set_cookie.partition("=")
    token = rest.split(";", 1)[0]
    assert name == cookie == "XSRF-TOKEN" and token not in page and target not in page
    url = "https://www.yongqing.gov.cn" + endpoint
    ct = {"Content-Type": "application/json"}

    def post(n, headers):
        body = json.dumps({"categoryId": cat, "pageNum": n, "pageSize": int(size)}).encode()
        return ask(web, url, "POST", body, {**ct, **headers})

    assert ask(web, url).status == 405
    assert post(1, {"Cookie": f"XSRF-TOKEN={token}"}).status == 403
    assert post(1, {"X-XSRF-TOKEN": token}).status == 403
    assert post(1, {"Cookie": f"XSRF-TOKEN={token}", "X-XSRF-TOKEN": "0" * 32}).status == 403
    ok = {"Cookie": f"XSRF-TOKEN={token}", "X-XSRF-TOKEN": token}
    one, two = (json.loads(post(n, ok).body)["data"] for n in (1, 2))
    assert one["pages"] >= 2 and target not in {x["link"] for x in one["list"]}
    assert target in {x["link"] for x in two["list"]}


def test_xhr_response_type_template(web):
    """文安县: the rows are clones of ``<template id="rowTpl">`` (its ``<a>`` has no article URL);
    the answer is ``text/plain`` JSON; page 2 of 通知公告 holds the 2023 report."""
    page = ask(web, "http://www.wenan.gov.cn/zwgk/tzgg/index.html").body.decode()
    target = path_of(web, "文安县-2023")
    ((tpl, cat, endpoint, size),) = XHR_TPL.findall(page)
    assert tpl == "rowTpl" and target not in page and "xhr.response," in page

    def rows(n):
        res = ask(
            web,
            "http://www.wenan.gov.cn" + endpoint + "?" + urlencode({"catId": cat, "page": n, "rows": size}),
        )
        assert res.status == 200 and res.ctype.startswith("text/plain")
        return json.loads(res.body)

    assert rows(1)["total"] > int(size) and target not in {x["link"] for x in rows(1)["rows"]}
    assert target in {x["link"] for x in rows(2)["rows"]}


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
