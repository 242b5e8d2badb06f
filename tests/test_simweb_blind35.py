"""Checks of the simulated web's ``blind35`` profile itself (never of the crawler).

The blind35 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind Hanweb's ``dataproxy.jsp`` POST and
江西's ``/queryList`` POST are exactly those a plain link walker misses, that those mechanisms
answer as the evidence shows, that the not-findable reports are the scan and the ``.doc``, that
its traps never end, and that every findable report is reachable from the seed rows by following
the sites' own links, scripts and APIs (``simweb.blind35.reach``).
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
from simweb.blind35.reach import QUERY, Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.haiyan.gov.cn"}
PORTAL = "www.jiaxing.gov.cn"
FORM = {"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"}
SITE_KINDS = {
    "南湖区": ("jcms_datastore", "jcms_dataproxy_later_records", "higher_repost"),
    "嘉善县": ("jcms_datastore", "pdf_attachment"),
    "海宁市": ("jcms_datastore", "higher_repost"),
    "平湖市": ("jcms_datastore", "doc_needs_reader"),
    "海盐县": ("jcms_datastore", "unseeded_county_via_prefecture_list"),
    "环翠区": ("jcms_datastore", "jcms_dataproxy_later_records", "higher_repost"),
    "荣成市": ("jcms_datastore", "pdf_attachment"),
    "乳山市": ("jcms_datastore", "higher_repost"),
    "文登区": ("jcms_datastore",),
    "南城县": ("jcms_datastore",),
    "黎川县": ("jx_querylist_post", "api_later_page", "higher_repost"),
    "崇仁县": ("jx_querylist_post",),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the findable reports only a script's API call reaches
HIDDEN = {"南湖区-2024", "环翠区-2024", "黎川县-2023", "黎川县-2021", "崇仁县-2024", "崇仁县-2022"}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind35")


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
    assert "blind35" in PROFILES and web.truth["profile"] == "blind35"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind35")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind35")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"浙江省", "山东省", "江西省"}
    assert {row["name"] for row in web.rows} >= {"南湖区", "崇仁县", "嘉兴市"}
    assert all(set(row) == {"name", "url"} for row in web.rows)


def test_mechanisms_hide_their_reports(web):
    """A plain link walker misses exactly ``HIDDEN``; only the portal's county box names 海盐县."""
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


def test_hanweb_dataproxy(web):
    """南湖区: 通知公告's ``<datastore>`` holds 45 records; the 2024 report is record 50, answered
    only by the ``dataproxy.jsp`` POST for records 46–90."""
    base = "http://www.nanhu.gov.cn"
    target = path_of(web, "南湖区-2024")
    assert re.fullmatch(r"/art/\d{4}/\d{1,2}/\d{1,2}/art_1229427010_\d+\.html", target)
    page = ask(web, base + "/col/col1229427010/index.html").body.decode()
    assert page.count("<record>") == 45 and target not in page
    assert "/module/web/jpage/dataproxy.jsp" in page
    form = urlencode(
        {
            "col": 1,
            "appid": 1,
            "webid": 3287,
            "path": "/",
            "columnid": 1229427010,
            "sourceContentType": 1,
            "unitid": 5765042,
            "permissiontype": 0,
        }
    ).encode()
    url = base + "/module/web/jpage/dataproxy.jsp?startrecord=46&endrecord=90&perpage=15"
    xml = ask(web, url, "POST", form, FORM).body.decode()
    assert "<totalrecord>" in xml and target in xml


def test_jx_querylist(web):
    """黎川县: 通知公告 is a shell; ``/queryList`` answers POST only, and ``current=2`` holds the
    2023 report."""
    base = "http://www.jxlcx.gov.cn"
    page = ask(web, base + "/lcx/tzgg/index.html").body.decode()
    target = path_of(web, "黎川县-2023")
    assert target not in page
    ((url, code, channel),) = QUERY.findall(page)
    assert ask(web, base + url).status == 405
    form = {
        "current": 2,
        "pageSize": 15,
        "webSiteCode[]": code,
        "channelCode[]": channel,
        "sort": "sortNum",
        "order": "desc",
    }
    data = json.loads(ask(web, base + url, "POST", urlencode(form).encode(), FORM).body)["data"]
    assert target in {r["url"] for r in data["records"]} and data["total"] > 15
    form["channelCode[]"] = "nosuch"
    assert (
        json.loads(ask(web, base + url, "POST", urlencode(form).encode(), FORM).body)["data"]["records"] == []
    )


def test_attachments(web):
    """嘉善县's 2021 and 荣成市's 2022 reports are PDFs behind Hanweb's ``downfile.jsp``."""
    for key in ("嘉善县-2021", "荣成市-2022"):
        (copy,) = [c for c in report(web, key)["copies"] if c["kind"] == "pdf"]
        assert "/module/download/downfile.jsp?classid=0&filename=" in copy["url"]
        res = ask(web, copy["url"])
        assert res.status == 200 and res.body.startswith(b"%PDF")


def test_every_report_reachable(web):
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    """Each trap's chain from a start beside its prefix runs six steps inside its URL pattern."""
    starts = {"/rqll/": "index.jsp?date=2024-03-01", "/jsearchfront/": "search.do?q=%E6%B3%95"}
    walker = Walker(web)
    for trap in web.truth["trap_kinds"]:
        (key,) = [k for k in starts if k in trap["prefix"]]
        chain = walker.trap_chain(trap["prefix"].rsplit("/", 1)[0] + "/" + starts[key], trap["prefix"])
        pattern = re.compile(trap["pattern"])
        assert len(set(chain)) == 6 and all(pattern.search(u.replace("&amp;", "&")) for u in chain[1:]), trap


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
