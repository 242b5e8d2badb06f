"""Checks of the simulated web's ``blind57`` profile itself (never of the crawler).

The blind57 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind Hanweb's ``dataproxy.jsp`` POST and the
广东 ``gkmlpt`` catalogue API are exactly those a plain link walker misses, that those mechanisms
and 德宏's ``/Web/publice/_M…_<n>.htm`` lists answer as modelled, that the not-findable reports
are the scan and the ``.doc``, that its traps never end, and that every findable report is
reachable from the seed rows by the sites' own links, scripts and APIs
(``simweb.blind57.reach``).
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
from simweb.blind57.reach import Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
UNSEEDED = {"www.yangchun.gov.cn"}
PORTAL = "www.yangjiang.gov.cn"
HW, DH, GD = "jcms_datastore", "dehong_web_publice", "gd_platform"
SITE_KINDS = {
    "滨城区": (HW, "jcms_dataproxy_later_records", "higher_repost"),
    "惠民县": (HW, "pdf_attachment", "work_summary_column"),
    "阳信县": (HW, "gbk_pages", "joint_party_title", "higher_repost"),
    "博兴县": (HW, "other_files_column"),
    "芒市": (DH, "later_list_page", "higher_repost"),
    "瑞丽市": (DH, "pdf_attachment"),
    "盈江县": (DH, "higher_repost", "work_summary_column"),
    "陇川县": (DH, "docx_attachment", "gbk_pages", "later_list_page", "joint_party_title"),
    "江城区": (GD, "gkmlpt_api", "higher_repost"),
    "阳东区": (GD, "gkmlpt_api", "later_list_page", "work_summary_column"),
    "阳西县": (GD, "pdf_attachment", "higher_repost"),
    "阳春市": (GD, "unseeded_county_via_prefecture_list", "later_list_page"),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the findable reports a plain link walker (no scripts, no forms, no APIs) misses
HIDDEN = {
    "滨城区-2024",  # Hanweb dataproxy.jsp POST (record 47 of 通知公告)
    "江城区-2024",  # gkmlpt catalogue API
    "阳东区-2021",  # gkmlpt catalogue API
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
    return build_web(0, profile="blind57")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, headers or {}, body), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    return urlsplit(report(web, key)["preferred_url"]).path


def test_profile_figures(web):
    assert "blind57" in PROFILES and web.truth["profile"] == "blind57"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind57")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind57")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 22 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"山东省", "云南省", "广东省"}
    assert {row["name"] for row in web.rows} >= {"滨城区", "芒市", "江城区", "阳江市"}
    assert "阳春市" not in {row["name"] for row in web.rows}
    assert all(set(row) == {"name", "url"} for row in web.rows)
    per_site: dict[str, int] = {}
    for r in findable:
        site = r["key"].rsplit("-", 1)[0]
        per_site[site] = per_site.get(site, 0) + 1
    assert max(per_site.values()) <= 2 and set(per_site) == set(SITE_KINDS)
    for r in findable:
        assert set(r["blind_kinds"]) <= set(SITE_KINDS[r["key"].rsplit("-", 1)[0]]), r["key"]


def test_mechanisms_hide_their_reports(web):
    """A plain link walker misses exactly ``HIDDEN``; only the portal's 县区 block names 阳春市."""
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


def test_dehong_lists(web):
    """芒市: the cited ``/Web/publice/_M12_4QWSDWW8CE3E8D9EBC2847E2B8_1.htm`` is its news list;
    通知公告's first page does not hold the 2024 report, its ``_2.htm`` page (a plain 下一页
    link) does; articles are ``/Web/_F0_0_<26 chars>.htm``; 瑞丽市's 2021 report sits under the
    司法局 folder ``/sfj/Web/…``."""
    base = "https://www.dhms.gov.cn"
    target = path_of(web, "芒市-2024")
    assert re.fullmatch(r"/Web/_F0_0_[0-9A-Z]{26}\.htm", target)
    news = ask(web, base + "/Web/publice/_M12_4QWSDWW8CE3E8D9EBC2847E2B8_1.htm")
    assert news.status == 200 and "_M12_4QWSDWW8CE3E8D9EBC2847E2B8_2.htm" in news.body.decode()
    first = ask(web, base + "/Web/publice/_M12_4QWSE0B25CF8A1D3C64E0B91A7_1.htm").body.decode()
    assert target not in first and "/Web/publice/_M12_4QWSE0B25CF8A1D3C64E0B91A7_2.htm" in first
    second = ask(web, base + "/Web/publice/_M12_4QWSE0B25CF8A1D3C64E0B91A7_2.htm").body.decode()
    assert target in second
    assert re.fullmatch(r"/sfj/Web/_F0_0_[0-9A-Z]{26}\.htm", path_of(web, "瑞丽市-2021"))


def test_gkmlpt_api(web):
    """江城区: ``/gkmlpt/index`` names its site id only in ``window._CONFIG``; the API lists the
    2024 report."""
    base = "https://www.jiangcheng.gov.cn"
    target = path_of(web, "江城区-2024")
    page = ask(web, base + "/gkmlpt/index").body.decode()
    assert '"SID": "441702"' in page and target not in page
    one = json.loads(ask(web, base + "/gkmlpt/api/all/2901?page=1&sid=441702").body)
    assert target in [urlsplit(a["url"]).path for a in one["articles"]]


def test_hanweb_dataproxy(web):
    """滨城区: 通知公告's ``<datastore>`` holds 45 records; the 2024 report is record 47, answered
    only by the ``dataproxy.jsp`` POST for records 46–90."""
    base = "http://www.bincheng.gov.cn"
    target = path_of(web, "滨城区-2024")
    assert re.fullmatch(r"/art/\d{4}/\d{1,2}/\d{1,2}/art_116230_\d+\.html", target)
    page = ask(web, base + "/col/col116230/index.html").body.decode()
    assert page.count("<record>") == 45 and target not in page
    form = urlencode(
        {
            "col": 1,
            "appid": 1,
            "webid": 41,
            "path": "/",
            "columnid": 116230,
            "sourceContentType": 1,
            "unitid": 11371602,
            "permissiontype": 0,
        }
    ).encode()
    url = base + "/module/web/jpage/dataproxy.jsp?startrecord=46&endrecord=90&perpage=15"
    xml = ask(web, url, "POST", form, FORM).body.decode()
    assert "<totalrecord>" in xml and target in xml


def test_attachments(web):
    """惠民县's 2023 report is a PDF behind ``downfile.jsp``, 瑞丽市's 2023 report a PDF under
    ``/Web/UploadFiles/``, 陇川县's 2023 report a ``.docx``, 阳西县's 2024 report a PDF under
    ``/attachment/0/``."""
    for key, kind, magic in (
        ("惠民县-2023", "pdf", b"%PDF"),
        ("瑞丽市-2023", "pdf", b"%PDF"),
        ("陇川县-2023", "docx", b"PK"),
        ("阳西县-2024", "pdf", b"%PDF"),
    ):
        (copy,) = [c for c in report(web, key)["copies"] if c["kind"] == kind]
        res = ask(web, copy["url"])
        assert res.status == 200 and res.body.startswith(magic), key


def test_every_report_reachable(web):
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    """Each trap's chain from a start beside its prefix runs six steps inside its URL pattern."""
    starts = {
        "/rqll/": "index.jsp?date=2024-03-01",
        "/jsearchfront/": "search.do?q=%E6%B3%95",
        "/search/": "index.jsp?keywords=%E6%B3%95",
    }
    walker = Walker(web)
    for trap in web.truth["trap_kinds"]:
        (key,) = [k for k in starts if k in trap["prefix"]]
        chain = walker.trap_chain(trap["prefix"].rsplit("/", 1)[0] + "/" + starts[key], trap["prefix"])
        pattern = re.compile(trap["pattern"])
        assert len(set(chain)) == 6 and all(pattern.search(u.replace("&amp;", "&")) for u in chain[1:]), trap


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
