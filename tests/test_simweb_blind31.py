"""Checks of the simulated web's ``blind31`` profile itself (never of the crawler).

The blind31 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind Hanweb's ``dataproxy.jsp`` POST and the
陕西 platform's ``createPageHTML('page_div',…)`` pager are exactly those a plain link walker
misses, that those mechanisms answer as the evidence shows, that the not-findable reports are the
scan and the ``.doc``, that its traps never end, and that every findable report is reachable from
the seed rows by following the sites' own links, scripts and APIs (``simweb.blind31.reach``).
"""

from __future__ import annotations

import re
from urllib.parse import urlencode, urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind31.reach import SHX_PAGER, Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.zb.gov.cn"}
PORTAL = "www.hanzhong.gov.cn"
SITE_KINDS = {
    "南丹县": ("gx_trs_shtml", "later_list_page"),
    "天峨县": ("gx_trs_shtml", "higher_repost", "pdf_attachment"),
    "巴马瑶族自治县": ("gx_trs_shtml", "scan_needs_ocr"),
    "都安瑶族自治县": ("gx_trs_shtml", "later_list_page"),
    "南郑区": ("shaanxi_jyh_shtml", "later_list_page"),
    "城固县": ("shaanxi_jyh_shtml", "higher_repost", "doc_needs_reader"),
    "洋县": ("shaanxi_jyh_shtml", "later_list_page"),
    "西乡县": ("shaanxi_jyh_shtml", "pdf_attachment", "higher_repost"),
    "镇巴县": ("shaanxi_jyh_shtml", "unseeded_county_via_prefecture_list"),
    "凉州区": ("jcms_datastore", "jcms_dataproxy_post"),
    "民勤县": ("jcms_datastore", "higher_repost", "pdf_attachment"),
    "古浪县": ("jcms_datastore", "jcms_dataproxy_post"),
    "天祝藏族自治县": ("jcms_datastore",),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the findable reports only the dataproxy POST or the 陕西 pager script reach
HIDDEN = {"凉州区-2022", "古浪县-2022", "南郑区-2022", "洋县-2024"}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind31")


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
    assert "blind31" in PROFILES and web.truth["profile"] == "blind31"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind31")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind31")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"广西壮族自治区", "陕西省", "甘肃省"}
    assert {row["name"] for row in web.rows} >= {"南丹县", "天祝藏族自治县", "汉中市"}
    assert all(set(row) == {"name", "url"} for row in web.rows)


def test_mechanisms_hide_their_reports(web):
    """A plain link walker misses exactly ``HIDDEN``; no HTML page outside the 汉中 portal links 镇巴县."""
    reached = blind_reach.Walker(web).run()
    missed = {
        r["key"]
        for r in blind_reach.county_reports(web)
        if blind_reach.findable(r) and not {c["url"] for c in r["copies"]} & reached
    }
    assert missed == HIDDEN
    outside = set()
    for (host, _path, _q), res in web.resources.items():
        if res.ctype.startswith("text/html") and host not in UNSEEDED and host != PORTAL:
            outside |= {urlsplit(h).hostname for h in HREF.findall(res.body.decode("utf-8", "replace"))}
    assert not UNSEEDED & outside


def test_shaanxi_pager(web):
    """南郑区: 通知公告's first page names its other pages only in ``createPageHTML('page_div',…)``;
    the 2022 report is on ``secondLevelChannel_1.shtml``; articles ``/<site>/<col>/YYYYMM/<hex>.shtml``."""
    page = ask(web, "http://www.nanzheng.gov.cn/nzqzf/tzgg/secondLevelChannel.shtml").body.decode()
    target = path_of(web, "南郑区-2022")
    assert target not in page and "secondLevelChannel_1" not in HREF.sub("", page).split("<script")[0]
    ((pages, cur, stem, ext),) = SHX_PAGER.findall(page)
    assert int(pages) >= 2 and cur == "1" and (stem, ext) == ("secondLevelChannel", "shtml")
    second = ask(web, "http://www.nanzheng.gov.cn/nzqzf/tzgg/secondLevelChannel_1.shtml")
    assert second.status == 200 and target in second.body.decode()
    assert re.fullmatch(r"/nzqzf/tzgg/\d{6}/[0-9a-f]{32}\.shtml", target)
    art = ask(web, "http://www.nanzheng.gov.cn" + target).body.decode()
    assert 'class="xwxq_content"' in art and 'class="laiyuan_value"' in art and 'name="ArticleTitle"' in art


def test_guangxi_trs(web):
    """南丹县: TRS ``.shtml`` lists paged by ``createPageHTML(n, 0, "index", "shtml")``; the 2024
    report is on ``index_1.shtml``; 都安 is GBK."""
    page = ask(web, "http://www.gxnd.gov.cn/xxgk/fdzdgknr/tzgg/index.shtml").body.decode()
    target = path_of(web, "南丹县-2024")
    assert re.search(r'createPageHTML\(\d+, 0, "index", "shtml"\)', page)
    assert target.rsplit("/", 1)[1] not in page
    second = ask(web, "http://www.gxnd.gov.cn/xxgk/fdzdgknr/tzgg/index_1.shtml").body.decode()
    assert target.rsplit("/", 1)[1] in second
    assert re.fullmatch(r"/xxgk/fdzdgknr/tzgg/\d{6}/t\d{8}_\d+\.shtml", target)
    res = ask(web, "http://www.duan.gov.cn/xxgk/fdzdgknr/fzzfjs/index.shtml")
    assert "GBK" in res.ctype.upper() and "法治政府建设" in res.body.decode("gbk")


def test_hanweb_dataproxy(web):
    """凉州区: 通知公告's page holds 45 records; record 50 (the 2022 report) comes only from the
    ``dataproxy.jsp`` POST range 46–90."""
    page = ask(web, "http://www.gsliangzhou.gov.cn/col/col3725/index.html").body.decode()
    assert "<datastore>" in page and page.count("<record>") == 45
    target = path_of(web, "凉州区-2022")
    assert target not in page
    form = urlencode(
        {
            "col": 1,
            "appid": 1,
            "webid": 7,
            "path": "/",
            "columnid": 3725,
            "sourceContentType": 1,
            "unitid": 29961,
            "webname": "武威市凉州区人民政府",
            "permissiontype": 0,
        }
    )
    res = ask(
        web,
        "http://www.gsliangzhou.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=46&endrecord=90&perpage=15",
        "POST",
        form.encode(),
        {"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert res.status == 200 and target in res.body.decode()


def test_every_report_reachable(web):
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    """Each trap's chain from a start beside its prefix runs six steps inside its URL pattern."""
    starts = {
        "/rqll/": "index.jsp?date=2024-03-01",
        "/so/": "search.shtml?q=%E6%B3%95",
        "/jsearchfront/": "search.do?q=%E6%B3%95",
    }
    walker = Walker(web)
    for trap in web.truth["trap_kinds"]:
        (key,) = [k for k in starts if k in trap["prefix"]]
        chain = walker.trap_chain(trap["prefix"].rsplit("/", 1)[0] + "/" + starts[key], trap["prefix"])
        pattern = re.compile(trap["pattern"])
        assert len(set(chain)) == 6 and all(pattern.search(u.replace("&amp;", "&")) for u in chain[1:]), trap


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
