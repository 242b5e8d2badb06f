"""Checks of the simulated web's ``blind36`` profile itself (never of the crawler).

The blind36 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind 衡阳's script-drawn ``pages/<n>.html``
pager, the PHP list API (escaped JSON served as ``text/html``), the GET year form and the
per-article 302 redirects are exactly those a plain link walker misses, that those mechanisms
answer as the evidence shows, that the not-findable reports are the scan and the ``.doc``, that
its traps never end, and that every findable report is reachable from the seed rows by following
the sites' own links, scripts and APIs (``simweb.blind36.reach``).
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind36.reach import HY_PAGER, PHP_LIST, YEAR_FORM, Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.leishan.gov.cn"}
PORTAL = "www.qdn.gov.cn"
SITE_KINDS = {
    "衡阳县": ("hy_pages_dir_pager", "later_list_page", "higher_repost"),
    "衡山县": ("hy_pages_dir_pager",),
    "南岳区": ("hy_pages_dir_pager", "doc_needs_reader"),
    "耒阳市": ("php_json_text_html", "api_later_page", "higher_repost"),
    "鼎湖区": ("gd_platform", "later_list_page", "higher_repost"),
    "四会市": ("gd_platform", "pdf_attachment"),
    "德庆县": ("gd_platform",),
    "怀集县": ("gd_platform", "year_form_get"),
    "镇远县": ("qdn_trs_suffixed", "later_list_page", "higher_repost"),
    "黎平县": ("qdn_trs_suffixed", "gbk_pages"),
    "从江县": ("qdn_trs_suffixed", "redirect_detail_jsp", "later_list_page", "higher_repost"),
    "雷山县": ("qdn_trs_suffixed", "unseeded_county_via_prefecture_list"),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the findable reports a plain link walker (no scripts, no forms, no APIs) misses
HIDDEN = {"衡阳县-2024", "衡山县-2021", "耒阳市-2023", "耒阳市-2021", "怀集县-2023", "怀集县-2021"}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind36")


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
    assert "blind36" in PROFILES and web.truth["profile"] == "blind36"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind36")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind36")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"湖南省", "广东省", "贵州省"}
    assert {row["name"] for row in web.rows} >= {"衡阳县", "从江县", "黔东南苗族侗族自治州"}
    assert all(set(row) == {"name", "url"} for row in web.rows)


def test_mechanisms_hide_their_reports(web):
    """A plain link walker misses exactly ``HIDDEN``; only the portal's 县市 list names 雷山县."""
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


def test_hengyang_pages_pager(web):
    """衡阳县: the 2024 report is on ``pages/3.html``, named only by the pager script."""
    target = path_of(web, "衡阳县-2024")
    assert re.fullmatch(r"/zwgk/fdzdgknr/tzgg/\d{8}/i\d+\.html", target)
    first = ask(web, "http://www.hyx.gov.cn/zwgk/fdzdgknr/tzgg/index.html").body.decode()
    assert target not in first and "pages/" not in HREF.sub("", first.split("<script")[0])
    ((pages, col),) = HY_PAGER.findall(first)
    assert int(pages) >= 3 and col == "/zwgk/fdzdgknr/tzgg/"
    assert target in ask(web, "http://www.hyx.gov.cn/zwgk/fdzdgknr/tzgg/pages/3.html").body.decode()


def test_php_list_api(web):
    """耒阳市: the shell's ``/api.php?op=list`` answers escaped JSON as ``text/html``."""
    page = ask(web, "http://www.leiyang.gov.cn/zwgk/zcwj/index.html").body.decode()
    target = path_of(web, "耒阳市-2023")
    assert target not in page
    ((catid, endpoint),) = PHP_LIST.findall(page)
    res = ask(web, f"http://www.leiyang.gov.cn{endpoint}?op=list&catid={catid}&page=2")
    assert res.ctype.startswith("text/html") and b"\\/" in res.body and b"\\u" in res.body
    assert b"http://www.leiyang.gov.cn" not in res.body
    assert "http://www.leiyang.gov.cn" + target in {d["url"] for d in json.loads(res.body)["list"]}
    first = json.loads(ask(web, f"http://www.leiyang.gov.cn{endpoint}?op=list&catid={catid}&page=1").body)
    assert target not in {urlsplit(d["url"]).path for d in first["list"]}


def test_year_form(web):
    """怀集县: the column shows 2025 only; ``list.jsp?year=2024`` holds the 2023 report."""
    page = ask(web, "http://www.huaiji.gov.cn/zwgk/ndbg/index.html").body.decode()
    target = path_of(web, "怀集县-2023")
    assert target not in page
    ((action, opts),) = YEAR_FORM.findall(page)
    assert '<option value="2022"' in opts
    assert target in ask(web, f"http://www.huaiji.gov.cn{action}?year=2024").body.decode()
    assert (
        path_of(web, "怀集县-2021") in ask(web, f"http://www.huaiji.gov.cn{action}?year=2022").body.decode()
    )


def test_redirect_detail(web):
    """从江县: rows link ``detail.jsp?docid=``, which answers 302 to the static article."""
    target = path_of(web, "从江县-2022")
    assert re.fullmatch(r"/zwgk_\d+/fzzfjs_\d+/\d{6}/t\d{8}_\d+\.html", target)
    col = target.rsplit("/", 2)[0] + "/"
    page = ask(web, "https://www.congjiang.gov.cn" + col + "index.html").body.decode()
    assert target not in page
    docid = target.rsplit("_", 1)[1].split(".")[0]
    assert f"/zwgk/detail.jsp?docid={docid}" in page
    res = ask(web, f"https://www.congjiang.gov.cn/zwgk/detail.jsp?docid={docid}")
    assert res.status == 302 and dict(res.headers)["Location"].endswith(target)


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
