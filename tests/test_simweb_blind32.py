"""Checks of the simulated web's ``blind32`` profile itself (never of the crawler).

The blind32 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind the 重庆 platform's ``createPage(N, …)``
pager are exactly those a plain link walker misses, that each platform answers as the evidence
shows (重庆 ``createPage`` lists and ``zwxl`` articles, 襄阳 TRS ``.shtml``, 河南 ``/YYYY/MM-DD/``
articles, 固始县's ``webinfo`` paths), that the not-findable reports are the scan and the ``.doc``,
that its traps never end, and that every findable report is reachable from the seed rows by
following the sites' own links and scripts (``simweb.blind32.reach``).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind32.reach import CQ_PAGER, Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.ych.gov.cn"}
PORTAL = "www.xiangyang.gov.cn"
SITE_KINDS = {
    "罗山县": ("henan_platform", "later_list_page"),
    "淮滨县": ("henan_platform", "higher_repost", "pdf_attachment"),
    "潢川县": ("henan_platform", "later_list_page"),
    "固始县": ("webinfo_cms", "higher_repost", "later_list_page"),
    "枣阳市": ("xy_trs_shtml", "higher_repost", "later_list_page"),
    "南漳县": ("xy_trs_shtml",),
    "谷城县": ("xy_trs_shtml", "pdf_attachment", "doc_needs_reader"),
    "宜城市": ("xy_trs_shtml", "unseeded_county_via_prefecture_list", "later_list_page"),
    "万州区": ("cq_trs_createpage", "later_list_page"),
    "开州区": ("cq_trs_createpage", "pdf_attachment"),
    "梁平区": ("cq_trs_createpage", "higher_repost", "scan_needs_ocr"),
    "秀山土家族苗族自治县": ("cq_trs_createpage", "later_list_page"),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the findable reports only the 重庆 createPage pager reaches
HIDDEN = {"万州区-2022", "秀山土家族苗族自治县-2022"}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind32")


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
    assert "blind32" in PROFILES and web.truth["profile"] == "blind32"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind32")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind32")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"河南省", "湖北省", "重庆市"}
    assert {row["name"] for row in web.rows} >= {"罗山县", "秀山土家族苗族自治县", "襄阳市"}
    assert all(set(row) == {"name", "url"} for row in web.rows)


def test_mechanisms_hide_their_reports(web):
    """A plain link walker misses exactly ``HIDDEN``; no HTML page outside the 襄阳 portal links 宜城市."""
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


def test_chongqing_create_page(web):
    """万州区: 法治政府建设年度报告 names its other pages only in ``createPage(N, 0, "index", "html")``;
    the 2022 report is on ``index_1.html``; articles carry the ``zwxl`` markup the public crawler reads."""
    base = "http://www.wz.gov.cn/zwgk_266/fzzfjsndbg/"
    page = ask(web, base + "index.html").body.decode()
    target = path_of(web, "万州区-2022")
    assert target.rsplit("/", 1)[1] not in page and "index_1" not in page.split("<script")[0]
    ((pages, cur, stem, ext),) = CQ_PAGER.findall(page)
    assert int(pages) >= 2 and cur == "0" and (stem, ext) == ("index", "html")
    assert 'class="information-l-content"' in page
    second = ask(web, base + "index_1.html")
    assert second.status == 200 and target.rsplit("/", 1)[1] in second.body.decode()
    assert re.fullmatch(r"/zwgk_266/fzzfjsndbg/\d{6}/t\d{8}_\d+\.html", target)
    art = ask(web, "http://www.wz.gov.cn" + target).body.decode()
    assert 'class="zwxl-article"' in art and 'class="zwxl-table"' in art and 'name="ArticleTitle"' in art
    assert 'class="content content-o"' in art
    # the column also holds the 区级 departments' reports (recorded, not required)
    deps = [r for r in web.truth["reports"] if r.get("department") and r["region"] == "万州区"]
    assert len(deps) >= 30


def test_xiangyang_trs(web):
    """枣阳市: 政府文件 lists are ``index.shtml``/``index_1.shtml`` paged by ``createPageHTML``; the
    2022 report is on the second page."""
    page = ask(web, "http://www.zyzf.gov.cn/zwgk/zc/zfwj/index.shtml").body.decode()
    target = path_of(web, "枣阳市-2022")
    assert re.search(r'createPageHTML\(\d+, 0, "index", "shtml"\)', page)
    assert target.rsplit("/", 1)[1] not in page
    second = ask(web, "http://www.zyzf.gov.cn/zwgk/zc/zfwj/index_1.shtml").body.decode()
    assert target.rsplit("/", 1)[1] in second
    assert re.fullmatch(r"/zwgk/zc/zfwj/\d{6}/t\d{8}_\d+\.shtml", target)


def test_henan_and_webinfo(web):
    """罗山县: ``/YYYY/MM-DD/<id>.html`` articles, 通知公告's second page linked as 下一页; 淮滨县 is
    GBK; 固始县's articles are ``webinfo/YYYY/MM/<16 digits>.htm`` and the 2021 report is on
    ``index_2.htm``."""
    page = ask(web, "http://www.luoshan.gov.cn/zfxxgkptlj/tzgg/index.html").body.decode()
    assert 'href="/zfxxgkptlj/tzgg/index_1.html">下一页</a>' in page
    target = path_of(web, "罗山县-2022")
    assert re.fullmatch(r"/\d{4}/\d\d-\d\d/\d+\.html", target)
    assert target in ask(web, "http://www.luoshan.gov.cn/zfxxgkptlj/tzgg/index_1.html").body.decode()
    res = ask(web, "http://www.huaibin.gov.cn/zfxxgkpt/fzzfjs/index.html")
    assert "GBK" in res.ctype.upper() and "法治政府建设" in res.body.decode("gbk")
    target = path_of(web, "固始县-2021")
    assert re.fullmatch(r"/gsxrmzf/zwgk/tzgg/webinfo/\d{4}/\d\d/\d{16}\.htm", target)
    assert target in ask(web, "http://www.gushi.gov.cn/gsxrmzf/zwgk/tzgg/index_2.htm").body.decode()


def test_every_report_reachable(web):
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    """Each trap's chain from a start beside its prefix runs six steps inside its URL pattern."""
    starts = {
        "/rqll/": "index.jsp?date=2024-03-01",
        "/so/": "search.html?q=%E6%B3%95",
        "/search/": "search.html?keyword=%E6%B3%95",
    }
    walker = Walker(web)
    for trap in web.truth["trap_kinds"]:
        (key,) = [k for k in starts if k in trap["prefix"]]
        chain = walker.trap_chain(trap["prefix"].rsplit("/", 1)[0] + "/" + starts[key], trap["prefix"])
        pattern = re.compile(trap["pattern"])
        assert len(set(chain)) == 6 and all(pattern.search(u.replace("&amp;", "&")) for u in chain[1:]), trap


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
