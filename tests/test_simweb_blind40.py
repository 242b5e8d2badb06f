"""Checks of the simulated web's ``blind40`` profile itself (never of the crawler).

The blind40 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports only Hanweb's ``dataproxy.jsp`` POST lists are
exactly those a plain link walker misses, that the 三门峡 platform's lists, pagers and FastDFS
attachments and Hanweb's datastore answer as modelled, that the not-findable reports are the
scan and the ``.doc``, that its traps never end, and that every findable report is reachable
from the seed rows by the sites' own links, scripts and APIs (``simweb.blind40.reach``).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind40.reach import Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.rzlanshan.gov.cn"}
PORTAL = "www.rizhao.gov.cn"
SITE_KINDS = {
    "湖滨区": ("smx_platform", "higher_repost", "later_list_page"),
    "陕州区": ("smx_platform", "pdf_attachment"),
    "渑池县": ("smx_platform", "department_column", "later_list_page"),
    "卢氏县": ("smx_platform", "higher_repost"),
    "义马市": ("smx_platform", "later_list_page", "docx_attachment"),
    "灵宝市": ("smx_platform", "joint_title", "doc_needs_reader"),
    "东港区": ("jcms_datastore", "jcms_dataproxy_post", "higher_repost"),
    "五莲县": ("jcms_datastore", "higher_repost", "pdf_attachment"),
    "莒县": ("jcms_datastore", "jcms_dataproxy_post"),
    "岚山区": ("jcms_datastore", "unseeded_county_via_prefecture_list"),
    "舞阳县": ("henan_platform", "gbk_pages", "higher_repost", "later_list_page"),
    "临颍县": ("henan_platform",),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the findable reports a plain link walker (no scripts, no forms, no APIs) misses: Hanweb
# records past the 45 a column's <datastore> carries, listed only by the dataproxy.jsp POST
HIDDEN = {"东港区-2022", "莒县-2022"}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind40")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, headers or {}, body), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    return urlsplit(report(web, key)["preferred_url"]).path


def test_profile_figures(web):
    assert "blind40" in PROFILES and web.truth["profile"] == "blind40"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind40")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind40")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 22 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    per_site: dict[str, int] = {}
    for r in findable:
        per_site[r["region"]] = per_site.get(r["region"], 0) + 1
    assert set(per_site) == set(SITE_KINDS) and max(per_site.values()) <= 2
    assert {r["province"] for r in web.truth["reports"]} <= {"河南省", "山东省"}
    assert all(2020 <= r["report_year"] <= 2025 for r in web.truth["reports"])
    assert {row["name"] for row in web.rows} >= {"湖滨区", "东港区", "舞阳县", "日照市"}
    assert all(set(row) == {"name", "url"} for row in web.rows)
    assert len(web.rows) == 12 and not {urlsplit(row["url"]).hostname for row in web.rows} & UNSEEDED


def test_mechanisms_hide_their_reports(web):
    """A plain link walker misses exactly ``HIDDEN``; only the portal's 区县 block names 岚山区."""
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
        text = res.body.decode("gbk" if "GBK" in res.ctype.upper() else "utf-8", "replace")
        found = {urlsplit(u).hostname for u in HREF.findall(text)}
        if host == PORTAL:
            portal |= found
        elif host not in UNSEEDED:
            outside |= found
    assert not UNSEEDED & outside and portal >= UNSEEDED


def test_smx_platform_lists(web):
    """湖滨区: ``/<col>/0000/zhengfuxinxi-<n>.html`` lists with ``span.qians`` rows and plain pager
    links; the 2022 report is on 通知公告's second page; articles ``/<col>/<YYYY>/<M>/<id>.html``."""
    target = path_of(web, "湖滨区-2022")
    assert re.fullmatch(r"/27019/2023/3/\d{7}\.html", target)
    base = "https://www.hubin.gov.cn/27019/0000/"
    first = ask(web, base + "zhengfuxinxi-1.html").body.decode()
    assert target not in first and 'href="/27019/0000/zhengfuxinxi-2.html">下一页' in first
    assert '<div class="article-list"><ul><li><a href="/27019/' in first and 'class="qians"' in first
    assert target in ask(web, base + "zhengfuxinxi-2.html").body.decode()
    index = ask(web, "https://www.hubin.gov.cn/27021/0000/subIndex-1.html").body.decode()
    assert "/27019/0000/zhengfuxinxi-1.html" in index and "/27035/0000/zhengfuxinxi-1.html" in index


def test_fastdfs_attachments(web):
    """陕州区's PDF and 义马市's DOCX are FastDFS ``/group1/M00/…`` files linked from their articles."""
    for key, kind, ctype in (
        ("陕州区-2021", "pdf", "application/pdf"),
        ("义马市-2022", "docx", "officedocument"),
    ):
        (copy,) = report(web, key)["copies"]
        assert copy["kind"] == kind and "/group1/M00/" in copy["url"]
        assert urlsplit(copy["url"]).path in ask(web, copy["via"]).body.decode()
        assert ctype in ask(web, copy["url"]).ctype


def test_hanweb_dataproxy(web):
    """东港区: 法治政府建设's ``<datastore>`` carries 45 records; the 2022 report (record 49)
    comes only from the ``dataproxy.jsp`` POST."""
    target = path_of(web, "东港区-2022")
    page = ask(web, "http://www.rzdonggang.gov.cn/col/col41135/index.html").body.decode()
    assert target not in page and page.count("<record>") == 45 and "totalRecord:" in page
    form = (
        b"col=1&appid=1&webid=61&path=%2F&columnid=41135&sourceContentType=1&unitid=52311"
        b"&webname=x&permissiontype=0"
    )
    url = "http://www.rzdonggang.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=46&endrecord=90&perpage=15"
    res = ask(web, url, "POST", form, {"Content-Type": "application/x-www-form-urlencoded"})
    assert res.status == 200 and target in res.body.decode()


def test_gbk_pages(web):
    res = ask(web, "https://www.wuyang.gov.cn/zwgk/tzgg/index_1.html")
    assert "gbk" in res.ctype.lower() and path_of(web, "舞阳县-2022") in res.body.decode("gbk")


def test_every_report_reachable(web):
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    """Each trap's chain from a start beside its prefix runs six steps inside its URL pattern."""
    starts = {"/rqll/": "index.html?date=2024-03-01", "/jsearchfront/": "search.do?q=%E6%B3%95"}
    walker = Walker(web)
    for trap in web.truth["trap_kinds"]:
        (key,) = [k for k in starts if k in trap["prefix"]]
        stem = trap["prefix"] if trap["prefix"].endswith("/") else trap["prefix"].rsplit("/", 1)[0] + "/"
        chain = walker.trap_chain(stem + starts[key], trap["prefix"])
        pattern = re.compile(trap["pattern"])
        assert len(set(chain)) == 6 and all(pattern.search(u.replace("&amp;", "&")) for u in chain[1:]), trap


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
