"""Checks of the simulated web's ``blind42`` profile itself (never of the crawler).

The blind42 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind the 广东 ``gkmlpt`` catalogue API, Hanweb's
``dataproxy.jsp`` POST and 江西's ``/queryList`` POST are exactly those a plain link walker misses,
that those mechanisms and VSB's ``ainfolist`` pager answer as modelled, that the not-findable
reports are the scan and the ``.doc``, that its traps never end, and that every findable report
is reachable from the seed rows by the sites' own links, scripts and APIs
(``simweb.blind42.reach``).
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
from simweb.blind42.reach import QUERY, Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
UNSEEDED = {"www.zglh.gov.cn"}
PORTAL = "www.pingxiang.gov.cn"
SITE_KINDS = {
    "榕城区": ("gd_platform", "higher_repost", "later_list_page"),
    "揭东区": ("gd_platform", "gkmlpt_api", "docx_attachment"),
    "揭西县": ("gd_platform", "pdf_attachment"),
    "普宁市": ("gd_platform", "gkmlpt_api", "higher_repost"),
    "隆阳区": ("vsb_egovinfo_ainfolist", "later_list_page", "higher_repost"),
    "施甸县": ("vsb_htm_down_numbered", "later_list_page"),
    "龙陵县": ("vsb_egovinfo_ainfolist", "doc_needs_reader"),
    "腾冲市": ("vsb_htm_down_numbered", "pdf_attachment"),
    "安源区": ("jcms_datastore", "jcms_dataproxy_later_records", "higher_repost"),
    "上栗县": ("jcms_datastore", "gbk_pages", "higher_repost"),
    "芦溪县": ("jx_querylist_post", "api_later_page"),
    "莲花县": ("jcms_datastore", "gbk_pages", "unseeded_county_via_prefecture_list"),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the findable reports a plain link walker (no scripts, no forms, no APIs) misses
HIDDEN = {
    "揭东区-2023",  # gkmlpt catalogue API
    "普宁市-2023",  # gkmlpt catalogue API
    "安源区-2024",  # Hanweb dataproxy.jsp POST (record 48 of 通知公告)
    "芦溪县-2024",  # 江西 /queryList POST
    "芦溪县-2022",  # 江西 /queryList POST, answer page 2
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
    return build_web(0, profile="blind42")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, headers or {}, body), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    return urlsplit(report(web, key)["preferred_url"]).path


def test_profile_figures(web):
    assert "blind42" in PROFILES and web.truth["profile"] == "blind42"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind42")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind42")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 22 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"广东省", "云南省", "江西省"}
    assert {row["name"] for row in web.rows} >= {"榕城区", "隆阳区", "芦溪县", "萍乡市"}
    assert "莲花县" not in {row["name"] for row in web.rows}
    assert all(set(row) == {"name", "url"} for row in web.rows)
    per_site: dict[str, int] = {}
    for r in findable:
        site = r["key"].rsplit("-", 1)[0]
        per_site[site] = per_site.get(site, 0) + 1
    assert max(per_site.values()) <= 2


def test_mechanisms_hide_their_reports(web):
    """A plain link walker misses exactly ``HIDDEN``; only the portal's 县区 list names 莲花县."""
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


def test_gkmlpt_api(web):
    """揭东区: ``/gkmlpt/index`` names its site id and columns only in ``window._CONFIG``; the
    API lists the 2023 report; a wrong ``sid`` answers no articles."""
    base = "http://www.jiedong.gov.cn"
    target = path_of(web, "揭东区-2023")
    page = ask(web, base + "/gkmlpt/index").body.decode()
    assert '"SID": "445203"' in page and target not in page
    one = json.loads(ask(web, base + "/gkmlpt/api/all/3101?page=1&sid=445203").body)
    assert target in [urlsplit(a["url"]).path for a in one["articles"]]
    wrong = json.loads(ask(web, base + "/gkmlpt/api/all/3101?page=1&sid=1").body)
    assert wrong["articles"] == []
    assert re.fullmatch(r"/gkmlpt/content/\d/\d+/post_\d+\.html", target)


def test_hanweb_dataproxy(web):
    """安源区: 通知公告's ``<datastore>`` holds 45 records; the 2024 report is record 48, answered
    only by the ``dataproxy.jsp`` POST for records 46–90."""
    base = "http://www.jxay.gov.cn"
    target = path_of(web, "安源区-2024")
    assert re.fullmatch(r"/art/\d{4}/\d{1,2}/\d{1,2}/art_5410_\d+\.html", target)
    page = ask(web, base + "/col/col5410/index.html").body.decode()
    assert page.count("<record>") == 45 and target not in page
    assert "/module/web/jpage/dataproxy.jsp" in page
    form = urlencode(
        {
            "col": 1,
            "appid": 1,
            "webid": 19,
            "path": "/",
            "columnid": 5410,
            "sourceContentType": 1,
            "unitid": 3611,
            "permissiontype": 0,
        }
    ).encode()
    url = base + "/module/web/jpage/dataproxy.jsp?startrecord=46&endrecord=90&perpage=15"
    xml = ask(web, url, "POST", form, FORM).body.decode()
    assert "<totalrecord>" in xml and target in xml


def test_jx_querylist(web):
    """芦溪县: 通知公告 is a shell; ``/queryList`` answers POST only, and ``current=2`` holds the
    2022 report."""
    base = "http://www.luxi.gov.cn"
    page = ask(web, base + "/lxxrmzf/tzgg/index.html").body.decode()
    target = path_of(web, "芦溪县-2022")
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


def test_vsb_ainfolist_pager(web):
    """隆阳区: 法定主动公开内容's first ``egovinfo`` page does not list the 2024 report; its pager's
    ``ainfolist…p=2`` link does."""
    base = "http://www.longyang.gov.cn"
    target = path_of(web, "隆阳区-2024")
    first = ask(web, base + "/zfxxgk/fdzdgknr.jsp").body.decode()
    assert target not in first
    nxt = [u.replace("&amp;", "&") for u in HREF.findall(first) if re.search(r"ainfolist\d+p=2", u)]
    assert nxt
    assert target in ask(web, base + nxt[0]).body.decode()


def test_attachments(web):
    """揭东区's 2021 report is a ``.docx`` and 揭西县's 2024 report a PDF under ``/attachment/0/``;
    腾冲市's 2021 report is a PDF under VSB's ``/__local/``."""
    for key, kind, magic in (
        ("揭东区-2021", "docx", b"PK"),
        ("揭西县-2024", "pdf", b"%PDF"),
        ("腾冲市-2021", "pdf", b"%PDF"),
    ):
        (copy,) = [c for c in report(web, key)["copies"] if c["kind"] == kind]
        assert "/attachment/0/" in copy["url"] or "/__local/" in copy["url"]
        res = ask(web, copy["url"])
        assert res.status == 200 and res.body.startswith(magic)


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
