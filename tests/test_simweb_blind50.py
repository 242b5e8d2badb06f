"""Checks of the simulated web's ``blind50`` profile itself (never of the crawler).

The blind50 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind 淮安's ``/articleCommonController/lists.do``
POST, the 广东 ``gkmlpt`` catalogue API and Hanweb's ``dataproxy.jsp`` POST are exactly those a
plain link walker misses, that those mechanisms answer as modelled, that the not-findable reports
are the scans and the ``.doc``, that its traps never end, and that every findable report is
reachable from the seed rows by the sites' own links, scripts and APIs
(``simweb.blind50.reach``).
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
from simweb.blind50.reach import HA_CALL, Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
UNSEEDED = {"www.yunan.gov.cn"}
PORTAL = "www.yunfu.gov.cn"
HA = "huaian_articlecommon_post"
SITE_KINDS = {
    "盱眙县": (HA, "api_later_page", "higher_repost"),
    "金湖县": (HA, "later_list_page"),
    "涟水县": (HA, "pdf_attachment", "gbk_pages"),
    "淮阴区": (HA, "api_later_page", "higher_repost"),
    "临海市": ("jcms_datastore", "pdf_attachment", "higher_repost"),
    "温岭市": ("jcms_datastore", "jcms_dataproxy_later_records"),
    "玉环市": ("jcms_datastore", "gbk_pages", "higher_repost"),
    "仙居县": ("jcms_datastore",),
    "罗定市": ("gd_platform", "gkmlpt_api", "later_list_page"),
    "新兴县": ("gd_platform", "gkmlpt_api", "higher_repost"),
    "郁南县": ("gd_platform", "docx_attachment"),
    "云城区": ("gd_platform", "higher_repost"),
    "云安区": ("gd_platform", "unseeded_county_via_prefecture_list", "later_list_page"),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the findable reports a plain link walker (no scripts, no forms, no APIs) misses
HIDDEN = {
    "盱眙县-2024",  # articleCommonController POST, page 2
    "盱眙县-2022",  # articleCommonController POST
    "金湖县-2023",  # articleCommonController POST
    "涟水县-2024",  # articleCommonController POST (the article carrying the PDF)
    "淮阴区-2023",  # articleCommonController POST, page 2
    "温岭市-2023",  # Hanweb dataproxy.jsp POST (record 47 of 通知公告)
    "罗定市-2024",  # gkmlpt catalogue API
    "新兴县-2021",  # gkmlpt catalogue API
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
    return build_web(0, profile="blind50")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, headers or {}, body), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    return urlsplit(report(web, key)["preferred_url"]).path


def test_profile_figures(web):
    assert "blind50" in PROFILES and web.truth["profile"] == "blind50"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind50")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind50")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 22 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"江苏省", "浙江省", "广东省"}
    assert {row["name"] for row in web.rows} >= {"盱眙县", "临海市", "罗定市", "云浮市"}
    assert "云安区" not in {row["name"] for row in web.rows}
    assert all(set(row) == {"name", "url"} for row in web.rows)
    per_site: dict[str, int] = {}
    for r in findable:
        site = r["key"].rsplit("-", 1)[0]
        per_site[site] = per_site.get(site, 0) + 1
    assert max(per_site.values()) <= 2


def test_mechanisms_hide_their_reports(web):
    """A plain link walker misses exactly ``HIDDEN``; only the portal's 县区 block names 云安区."""
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


def test_huaian_articlecommon(web):
    """盱眙县: 通知公告 is a ``/cmsweb/zwgk/xy/index.html?topic=…`` shell; ``lists.do`` answers
    POST only, page 2 holds the 2024 report as ``domain + path``; a wrong ``rdeptid`` lists
    nothing; the article path has the stored ``/col/<n>_<m>/art/<8>/<13 ms><7>.html`` shape."""
    base = "https://www.xuyi.gov.cn"
    target = path_of(web, "盱眙县-2024")
    assert re.fullmatch(r"/col/\d+_\d+/art/\d{8}/\d{13}[A-Za-z]{7}\.html", target)
    gk = ask(web, base + "/zwgk/index.html").body.decode()
    shells = sorted(
        {u.replace("&amp;", "&") for u in HREF.findall(gk) if "/cmsweb/zwgk/xy/index.html?topic=" in u}
    )
    assert len(shells) == 2
    pages = [ask(web, base + u).body.decode() for u in shells]
    assert all(target not in p for p in pages)
    calls = [c for p in pages for c in HA_CALL.findall(p)]
    (topic, dept, rdept, size, endpoint) = next(c for c in calls if c[0] == "2951")
    assert endpoint == "/articleCommonController/lists.do"
    assert ask(web, base + endpoint).status == 405
    form = {"page": 2, "pagesize": size, "topic": topic, "rdeptid": rdept, "deptid": dept}
    value = json.loads(ask(web, base + endpoint, "POST", urlencode(form).encode(), FORM).body)["value"]
    assert value["total"] > 15 and base + target in {r["domain"] + r["path"] for r in value["list"]}
    first = json.loads(ask(web, base + endpoint, "POST", urlencode({**form, "page": 1}).encode(), FORM).body)
    assert target not in {r["path"] for r in first["value"]["list"]}
    wrong = json.loads(
        ask(web, base + endpoint, "POST", urlencode({**form, "rdeptid": "x"}).encode(), FORM).body
    )
    assert wrong["value"]["list"] == []


def test_gkmlpt_api(web):
    """罗定市: ``/gkmlpt/index`` names its site id only in ``window._CONFIG``; the API lists the
    2024 report."""
    base = "https://www.luoding.gov.cn"
    target = path_of(web, "罗定市-2024")
    page = ask(web, base + "/gkmlpt/index").body.decode()
    assert '"SID": "445381"' in page and target not in page
    one = json.loads(ask(web, base + "/gkmlpt/api/all/2801?page=1&sid=445381").body)
    assert target in [urlsplit(a["url"]).path for a in one["articles"]]


def test_hanweb_dataproxy(web):
    """温岭市: 通知公告's ``<datastore>`` holds 45 records; the 2023 report is record 47, answered
    only by the ``dataproxy.jsp`` POST for records 46–90."""
    base = "https://www.wl.gov.cn"
    target = path_of(web, "温岭市-2023")
    assert re.fullmatch(r"/art/\d{4}/\d{1,2}/\d{1,2}/art_1229104470_\d+\.html", target)
    page = ask(web, base + "/col/col1229104470/index.html").body.decode()
    assert page.count("<record>") == 45 and target not in page
    form = urlencode(
        {
            "col": 1,
            "appid": 1,
            "webid": 3120,
            "path": "/",
            "columnid": 1229104470,
            "sourceContentType": 1,
            "unitid": 6021345,
            "permissiontype": 0,
        }
    ).encode()
    url = base + "/module/web/jpage/dataproxy.jsp?startrecord=46&endrecord=90&perpage=15"
    xml = ask(web, url, "POST", form, FORM).body.decode()
    assert "<totalrecord>" in xml and target in xml


def test_attachments(web):
    """临海市's 2024 report is a PDF behind ``downfile.jsp``, 涟水县's 2024 report a PDF, 郁南县's
    2024 report a ``.docx`` under ``/attachment/0/``."""
    for key, kind, magic in (
        ("临海市-2024", "pdf", b"%PDF"),
        ("涟水县-2024", "pdf", b"%PDF"),
        ("郁南县-2024", "docx", b"PK"),
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
