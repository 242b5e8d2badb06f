"""Checks of the simulated web's ``blind51`` profile itself (never of the crawler).

The blind51 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind the MyBatis-Plus nested page POST, the
``$.getScript`` list files, the ``axios.create`` instance with its timestamp header, the ES
module list and the ``fetch(new Request(…URLSearchParams…))`` POST are exactly those a plain link
walker misses (and blind47's walker misses too), that each mechanism answers as modelled, that
the not-findable reports are the scan and the ``.doc``, that its traps never end, and that every
findable report is reachable from the seed rows by the sites' own links, scripts and APIs
(``simweb.blind51.reach``).
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
from simweb.blind47.reach import Walker as Blind47Walker
from simweb.blind51.platforms import mp_body
from simweb.blind51.reach import (
    AXIOS,
    FORM_REQ,
    GETSCRIPT,
    MODULE,
    MODULE_BASE,
    MODULE_FETCH,
    MP_POST,
    RENDER,
    Walker,
    unanswered_through_proxy,
)
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.tengzhou.gov.cn"}
PORTAL = "www.zaozhuang.gov.cn"
SITE_KINDS = {
    "淇滨区": ("trs_createpage", "mp_nested_page_post", "api_later_page", "higher_repost"),
    "淇县": ("trs_createpage", "gbk_pages", "later_list_page"),
    "浚县": ("trs_createpage", "joint_title", "later_list_page"),
    "山城区": ("trs_createpage", "higher_repost", "pdf_attachment"),
    "鹤山区": ("trs_createpage", "docx_attachment"),
    "永定区": ("zjj_cid_ihtml", "getscript_list_files", "api_later_page", "higher_repost"),
    "慈利县": ("zjj_cid_ihtml", "es_module_import_api", "template_literal_rows", "api_later_page"),
    "桑植县": ("zjj_cid_ihtml", "higher_repost", "doc_needs_reader"),
    "峄城区": ("trs_createpage", "axios_instance_ts_header", "api_later_page"),
    "台儿庄区": ("trs_createpage", "fetch_request_urlsearchparams", "api_later_page", "higher_repost"),
    "山亭区": ("trs_createpage", "gbk_pages", "later_list_page"),
    "滕州市": ("trs_createpage", "unseeded_county_via_prefecture_list", "higher_repost"),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the findable reports a plain link walker (no scripts, no forms, no APIs) misses
HIDDEN = {
    "淇滨区-2024",
    "淇滨区-2022",
    "永定区-2023",
    "永定区-2021",
    "慈利县-2024",
    "慈利县-2022",
    "峄城区-2024",
    "峄城区-2022",
    "台儿庄区-2023",
    "台儿庄区-2021",
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
    return build_web(0, profile="blind51")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, headers or {}, body), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    return urlsplit(report(web, key)["preferred_url"]).path


def test_profile_figures(web):
    assert "blind51" in PROFILES and web.truth["profile"] == "blind51"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind51")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind51")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 22 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"河南省", "湖南省", "山东省"}
    assert {row["name"] for row in web.rows} >= {"淇滨区", "慈利县", "枣庄市"}
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
    """A plain link walker misses exactly ``HIDDEN``, and so does blind47's walker; only the
    portal's 区(市) list names 滕州市."""
    for walker in (blind_reach.Walker(web), Blind47Walker(web)):
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


def test_mp_nested_page_post(web):
    """淇滨区: the nested ``{"page": {"current", "size"}, "query"}`` POST; page 2 holds the 2024
    report; a GET and a flat body are refused."""
    page = ask(web, "http://www.hbqbq.gov.cn/zwgk/tzgg/index.html").body.decode()
    target = path_of(web, "淇滨区-2024")
    assert target not in page
    ((colid, endpoint, size),) = MP_POST.findall(page)
    url = "http://www.hbqbq.gov.cn" + endpoint
    ct = {"Content-Type": "application/json"}
    assert ask(web, url).status == 405
    flat = json.dumps({"current": 2, "size": int(size), "columnId": colid}).encode()
    assert ask(web, url, "POST", flat, ct).status == 400
    one = json.loads(ask(web, url, "POST", mp_body(colid, 1, int(size)), ct).body)["data"]
    two = json.loads(ask(web, url, "POST", mp_body(colid, 2, int(size)), ct).body)["data"]
    assert one["pages"] == 3 and one["current"] == 1 and target not in {x["url"] for x in one["records"]}
    assert target in {x["url"] for x in two["records"]}


def test_getscript_list_files(web):
    """永定区: ``list_<n>.js`` files each call ``renderList``; ``list_2.js`` holds the 2023 report
    and no page links those files."""
    page = ask(web, "http://www.zjjyd.gov.cn/c4867/index.html").body.decode()
    target = path_of(web, "永定区-2023")
    (base,) = GETSCRIPT.findall(page)
    assert target not in page and base + "1.js" not in page

    def rows(n):
        res = ask(web, f"http://www.zjjyd.gov.cn{base}{n}.js")
        assert res.status == 200 and res.ctype.startswith("application/javascript")
        return json.loads(RENDER.match(res.body.decode()).group(1))

    assert rows(1)["pages"] >= 2 and target not in {x["url"] for x in rows(1)["rows"]}
    assert target in {x["url"] for x in rows(2)["rows"]}
    assert ask(web, f"http://www.zjjyd.gov.cn{base}4.js").status == 404


def test_axios_instance_ts_header(web):
    """峄城区: the ``axios.create`` instance's interceptor adds ``X-Timestamp``; without it the API
    answers 401; page 2 holds the 2024 report."""
    page = ask(web, "http://www.ycq.gov.cn/zwgk/tzgg/index.html").body.decode()
    target = path_of(web, "峄城区-2024")
    assert target not in page
    ((root, header, chnl, path, size),) = AXIOS.findall(page)
    assert header == "X-Timestamp" and ask(web, "http://www.ycq.gov.cn/static/js/axios.min.js").status == 200
    url = "http://www.ycq.gov.cn" + root + path + "?"

    def get(n, headers):
        return ask(web, url + urlencode({"chnlId": chnl, "pageNo": n, "pageSize": size}), headers=headers)

    assert get(1, {}).status == 401 and get(1, {header: "yesterday"}).status == 401
    one = json.loads(get(1, {header: "1743055200000"}).body)["data"]
    two = json.loads(get(2, {header: "1743055200000"}).body)["data"]
    assert one["totalPage"] >= 2 and target not in {x["linkUrl"] for x in one["list"]}
    assert target in {x["linkUrl"] for x in two["list"]}


def test_es_module_template_literal(web):
    """慈利县: the module script imports ``pageList``; its endpoint is only in the imported
    module's template literal; page 2 holds the 2024 report."""
    page = ask(web, "http://www.cili.gov.cn/c3384/index.html").body.decode()
    target = path_of(web, "慈利县-2024")
    ((column, name, module),) = MODULE.findall(page)
    assert name == "pageList" and "${x.href}" in page and target not in page
    src = ask(web, "http://www.cili.gov.cn" + module).body.decode()
    base = MODULE_BASE.search(src).group(1)
    assert base not in page and "export async function pageList" in src
    tpl = MODULE_FETCH.search(src).group(1).replace("${BASE}", base).replace("${column}", column)

    def items(n):
        return json.loads(ask(web, "http://www.cili.gov.cn" + tpl.replace("${page}", str(n))).body)

    assert items(1)["totalPages"] >= 2 and target not in {x["href"] for x in items(1)["items"]}
    assert target in {x["href"] for x in items(2)["items"]}


def test_fetch_request_urlsearchparams(web):
    """台儿庄区: ``fetch(new Request(url, {method: 'POST', body: new URLSearchParams(…)}))``;
    page 2 holds the 2023 report; a GET is refused."""
    page = ask(web, "http://www.tez.gov.cn/zwgk/tzgg/index.html").body.decode()
    target = path_of(web, "台儿庄区-2023")
    assert target not in page
    ((catalog, endpoint, size),) = FORM_REQ.findall(page)
    url = "http://www.tez.gov.cn" + endpoint
    assert ask(web, url + "?" + urlencode({"catalogId": catalog, "pageIndex": 1})).status == 405
    ct = {"Content-Type": "application/x-www-form-urlencoded;charset=UTF-8"}

    def rows(n):
        body = urlencode({"catalogId": catalog, "pageIndex": n, "pageSize": size}).encode()
        return json.loads(ask(web, url, "POST", body, ct).body)["data"]

    assert rows(1)["pageCount"] == 2 and target not in {x["url"] for x in rows(1)["rows"]}
    assert target in {x["url"] for x in rows(2)["rows"]}


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
