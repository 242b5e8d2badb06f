"""Checks of the simulated web's ``blind44`` profile itself (never of the crawler).

The blind44 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind the 安徽 platform's ``/site/label/8888``
lists are exactly those a plain link walker misses, that the platforms' lists and pagers answer as
modelled, that the not-findable reports are the scan and the ``.doc``, that its traps never end,
and that every findable report is reachable from the seed rows by the sites' own links, scripts
and APIs (``simweb.blind44.reach``).
"""

from __future__ import annotations

import re
from urllib.parse import urlencode, urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind44.reach import Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
FORM = {"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"}
UNSEEDED = {"www.hljboli.gov.cn"}
PORTAL = "www.qth.gov.cn"
REPORT_KINDS = (
    "anhui_zwgk_platform",
    "label_8888_fragment",
    "hl_shtml_static",
    "trs_createpage",
    "later_list_page",
    "api_later_page",
    "higher_repost",
    "gbk_pages",
    "pdf_attachment",
    "docx_attachment",
    "doc_needs_reader",
    "scan_needs_ocr",
    "unseeded_county_via_prefecture_list",
)
# the findable reports a plain link walker (no scripts, no forms, no APIs) misses: those in the
# 安徽 platform's label-filled lists
HIDDEN = {"谯城区-2024", "谯城区-2022", "蒙城县-2023", "蒙城县-2021"}
LOOKALIKE_KINDS = (
    "xxgk_annual",
    "gov_work_report",
    "plan",
    "shufa",
    "duty_report",
    "notice",
    "interpretation",
    "text_interp",
    "meeting",
    "meeting_topic",
    "demo_news",
    "assessment",
)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind44")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, headers or {}, body), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    return urlsplit(report(web, key)["preferred_url"]).path


def test_profile_figures(web):
    assert "blind44" in PROFILES and web.truth["profile"] == "blind44"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind44")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind44")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 22 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"安徽省", "黑龙江省", "吉林省"}
    assert {row["name"] for row in web.rows} >= {"谯城区", "九台区", "七台河市"}
    assert all(set(row) == {"name", "url"} for row in web.rows)
    per_site: dict[str, int] = {}
    for r in findable:
        per_site[r["region"]] = per_site.get(r["region"], 0) + 1
    assert max(per_site.values()) <= 2 and len(per_site) == 12
    assert {r["report_year"] for r in findable} <= set(range(2020, 2026))


def test_mechanisms_hide_their_reports(web):
    """A plain link walker misses exactly ``HIDDEN``; only the portal's 县区 block names 勃利县."""
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


def test_label_fragment(web):
    """谯城区: the column page is a shell POSTing ``publicInfoList`` to ``/site/label/8888``; page 3
    of 通知公告 names the 2024 report; GET with the same query answers alike."""
    col = "https://www.bzqc.gov.cn/public/column/11931?type=4&catId=6823101&action=list&nav=3"
    page = ask(web, col).body.decode()
    target = path_of(web, "谯城区-2024")
    assert target not in page and 'labelName: "publicInfoList"' in page
    form = {
        "labelName": "publicInfoList",
        "siteId": "6788151",
        "pageSize": "15",
        "pageIndex": "3",
        "organId": "11931",
        "type": "4",
        "catId": "6823101",
        "action": "list",
    }
    url = "https://www.bzqc.gov.cn/site/label/8888?IsAjax=1&dataType=html&_=0.41"
    frag = ask(web, url, "POST", urlencode(form).encode(), FORM).body.decode()
    assert target in frag and re.search(r"pageCount: [3-9]", frag) and "<html" not in frag
    assert ask(web, url + "&" + urlencode(form)).body.decode() == frag
    one = ask(web, url, "POST", urlencode({**form, "pageIndex": "1"}).encode(), FORM).body.decode()
    assert target not in one


def test_server_rendered_pages(web):
    """涡阳县's ``&pageIndex=2``, 新兴区's ``zwgk_list_2.shtml`` (后一页) and 双阳区's TRS
    ``index_2.html`` hold their later reports; the first pages do not."""
    cases = [
        ("涡阳县-2023", "https://www.gy.gov.cn/public/column/11941?type=4&catId=6824051&action=list&nav=3"),
        ("新兴区-2022", "http://www.hljxinxing.gov.cn/xxq/c100405/zwgk_list.shtml"),
        ("双阳区-2023", "http://www.shuangyang.gov.cn/zwgk/tzgg/index.html"),
    ]
    for key, first in cases:
        target = path_of(web, key)
        text = ask(web, first).body.decode(errors="replace")
        assert target not in text, key
    assert path_of(web, "涡阳县-2023") in ask(web, cases[0][1] + "&pageIndex=2").body.decode()
    second = ask(web, "http://www.hljxinxing.gov.cn/xxq/c100405/zwgk_list_2.shtml").body.decode()
    assert path_of(web, "新兴区-2022") in second and "后一页" in ask(web, cases[1][1]).body.decode()
    third = ask(web, "http://www.shuangyang.gov.cn/zwgk/tzgg/index_2.html").body.decode()
    assert path_of(web, "双阳区-2023").rsplit("/", 1)[1] in third  # TRS rows link ./YYYYMM/t…html
    assert "createPageHTML" in ask(web, cases[2][1]).body.decode()


def test_gbk_site(web):
    res = ask(web, "http://www.dehui.gov.cn" + path_of(web, "德惠市-2024"))
    assert "gbk" in res.ctype.lower() or "gb2312" in res.ctype.lower()
    assert "德惠市" in res.body.decode("gbk")


def test_every_report_reachable(web):
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    """Each trap's chain from a start beside its prefix runs six steps inside its URL pattern."""
    starts = {"/rqll": "rqll.jsp?date=2024-03-01", "/was5/": "search?searchword=%E6%B3%95"}
    walker = Walker(web)
    for trap in web.truth["trap_kinds"]:
        (key,) = [k for k in starts if k in trap["prefix"]]
        chain = walker.trap_chain(trap["prefix"].rsplit("/", 1)[0] + "/" + starts[key], trap["prefix"])
        pattern = re.compile(trap["pattern"])
        assert len(set(chain)) == 6 and all(pattern.search(u.replace("&amp;", "&")) for u in chain[1:]), trap


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
