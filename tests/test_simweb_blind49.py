"""Checks of the simulated web's ``blind49`` profile itself (never of the crawler).

The blind49 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the report behind Hanweb's ``dataproxy.jsp`` POST is exactly
what a plain link walker misses, that the EasySite lists and the 四川 platform's ``?page=`` pager
answer as modelled, that the not-findable reports are the scan and the ``.doc``, that its traps
never end, and that every findable report is reachable from the seed rows by the sites' own
links, scripts and APIs (``simweb.blind49.reach``).
"""

from __future__ import annotations

import re
from urllib.parse import urlencode, urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind49.reach import Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
UNSEEDED = {"www.guixi.gov.cn"}
PORTAL = "www.yingtan.gov.cn"
SHUANGJIANG = "双江拉祜族佤族布朗族傣族自治县"
SITE_KINDS = {
    "市中区": ("sc_gongkai_show", "later_list_page", "higher_repost"),
    "东兴区": ("sc_gongkai_show", "pdf_attachment"),
    "威远县": ("sc_gongkai_show", "later_list_page"),
    "隆昌市": ("sc_gongkai_show", "docx_attachment", "higher_repost"),
    "临翔区": ("easysite_static", "later_list_page", "higher_repost"),
    "凤庆县": ("easysite_static", "doc_needs_reader"),
    "沧源佤族自治县": ("easysite_static", "pdf_attachment"),
    SHUANGJIANG: ("easysite_static", "later_list_page", "higher_repost"),
    "月湖区": ("jcms_datastore", "jcms_dataproxy_later_records", "higher_repost"),
    "余江区": ("jcms_datastore", "gbk_pages"),
    "贵溪市": ("jcms_datastore", "gbk_pages", "unseeded_county_via_prefecture_list"),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the findable reports a plain link walker (no scripts, no forms, no APIs) misses
HIDDEN = {"月湖区-2024"}  # Hanweb dataproxy.jsp POST (record 48 of 通知公告)
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind49")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, headers or {}, body), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    return urlsplit(report(web, key)["preferred_url"]).path


def test_profile_figures(web):
    assert "blind49" in PROFILES and web.truth["profile"] == "blind49"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind49")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind49")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 22 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    per_site: dict[str, int] = {}
    for r in findable:
        per_site[r["site"]] = per_site.get(r["site"], 0) + 1
        assert 2020 <= r["report_year"] <= 2025
    assert max(per_site.values()) <= 2
    assert {r["province"] for r in web.truth["reports"]} <= {"四川省", "云南省", "江西省"}
    assert {row["name"] for row in web.rows} >= {"市中区", "临翔区", "月湖区", "鹰潭市"}
    assert all(set(row) == {"name", "url"} for row in web.rows)
    assert not UNSEEDED & {urlsplit(row["url"]).hostname for row in web.rows}


def test_mechanisms_hide_their_reports(web):
    """A plain link walker misses exactly ``HIDDEN``; only the portal's 县市区 box names 贵溪市."""
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
    """月湖区: 通知公告's ``<datastore>`` holds 45 records; the 2024 report is record 48, answered
    only by the ``dataproxy.jsp`` POST for records 46–90."""
    base = "http://www.yuehu.gov.cn"
    target = path_of(web, "月湖区-2024")
    assert re.fullmatch(r"/art/\d{4}/\d{1,2}/\d{1,2}/art_4745_\d+\.html", target)
    page = ask(web, base + "/col/col4745/index.html").body.decode()
    assert page.count("<record>") == 45 and target not in page
    assert "/module/web/jpage/dataproxy.jsp" in page
    form = urlencode(
        {
            "col": 1,
            "appid": 1,
            "webid": 12,
            "path": "/",
            "columnid": 4745,
            "sourceContentType": 1,
            "unitid": 3606,
            "permissiontype": 0,
        }
    ).encode()
    url = base + "/module/web/jpage/dataproxy.jsp?startrecord=46&endrecord=90&perpage=15"
    xml = ask(web, url, "POST", form, FORM).body.decode()
    assert "<totalrecord>" in xml and target in xml


def test_easysite_lists(web):
    """临翔区: 公示公告 is ``index.html`` then ``<8 hex>-<n>.html`` by 下一页, in an
    ``easysite-page-wrap`` pager; the 2022 report is on page 2 in a 19-digit stamp folder."""
    base = "https://www.ynlx.gov.cn/lxqrmzf/zwgk49/gggs71/"
    target = path_of(web, "临翔区-2022")
    assert re.fullmatch(r"/lxqrmzf/zwgk49/gggs71/\d{19}/index\.html", target)
    first = ask(web, base + "index.html").body.decode()
    assert "easysite-page-wrap" in first and target not in first
    (nxt,) = re.findall(r'href="([^"]+)">下一页', first)
    assert re.fullmatch(r"/lxqrmzf/zwgk49/gggs71/c[0-9a-f]{8}-2\.html", nxt)
    assert target in ask(web, "https://www.ynlx.gov.cn" + nxt).body.decode()


def test_sc_platform_pager(web):
    """市中区: the 2024 report is on 通知公告's third page, ``/gongkai/list/tzgg.html?page=3``."""
    target = path_of(web, "市中区-2024")
    assert re.fullmatch(r"/gongkai/show/[0-9a-f]{32}\.html", target)
    base = "http://www.lsszq.gov.cn/gongkai/list/tzgg.html"
    assert target not in ask(web, base).body.decode()
    assert target in ask(web, base + "?page=3").body.decode()


def test_attachments(web):
    """东兴区's 2021 report is a PDF and 隆昌市's 2022 report a ``.docx`` under ``/uploadfile/``;
    沧源县's 2024 report is a PDF under EasySite's ``attachDir``."""
    for key, kind, magic, part in (
        ("东兴区-2021", "pdf", b"%PDF", "/uploadfile/"),
        ("隆昌市-2022", "docx", b"PK", "/uploadfile/"),
        ("沧源佤族自治县-2024", "pdf", b"%PDF", "/cyxrmzf/attachDir/"),
    ):
        (copy,) = [c for c in report(web, key)["copies"] if c["kind"] == kind]
        assert part in copy["url"]
        res = ask(web, copy["url"])
        assert res.status == 200 and res.body.startswith(magic)


def test_gbk_pages(web):
    """余江区's and 贵溪市's pages are GBK-encoded and say so."""
    for base in ("http://www.yujiang.gov.cn", "http://www.guixi.gov.cn"):
        res = ask(web, base + "/")
        assert "gbk" in res.ctype.lower() or "gb2312" in res.ctype.lower()
        assert "人民政府" in res.body.decode("gbk")


def test_every_report_reachable(web):
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    """Each trap's chain from a start beside its prefix runs six steps inside its URL pattern."""
    starts = {
        "/rqll/": "index.jsp?date=2024-03-01",
        "/jsearchfront/": "search.do?q=%E6%B3%95",
        "/search/": "index.html?q=%E6%B3%95",
    }
    walker = Walker(web)
    for trap in web.truth["trap_kinds"]:
        (key,) = [k for k in starts if k in trap["prefix"]]
        chain = walker.trap_chain(trap["prefix"].rsplit("/", 1)[0] + "/" + starts[key], trap["prefix"])
        pattern = re.compile(trap["pattern"])
        assert len(set(chain)) == 6 and all(pattern.search(u.replace("&amp;", "&")) for u in chain[1:]), trap


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
