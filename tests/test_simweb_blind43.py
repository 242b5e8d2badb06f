"""Checks of the simulated web's ``blind43`` profile itself (never of the crawler).

The blind43 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind the XSLT-rendered XML lists, the static
``.js`` data file, the WordPress REST lists, the RSS feed and the script-set iframe are exactly
those a plain link walker misses, that each mechanism answers as modelled, that the
not-findable reports are the scan and the ``.doc``, that its traps never end, and that every
findable report is reachable from the seed rows by the sites' own links, scripts and APIs
(``simweb.blind43.reach``).
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
from simweb.blind43.reach import IFRAME_SRC, JS_DATA, WP_API, Walker, unanswered_through_proxy
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.laifeng.gov.cn"}
PORTAL = "www.enshi.gov.cn"
SITE_KINDS = {
    "连云区": ("trs_createpage", "higher_repost", "later_list_page"),
    "海州区": ("trs_createpage", "xslt_xml_list", "later_list_page"),
    "赣榆区": ("trs_createpage", "js_data_file_var", "later_list_page", "higher_repost"),
    "灌云县": ("trs_createpage", "gbk_pages"),
    "定海区": ("jcms_datastore", "later_list_page", "higher_repost"),
    "普陀区": ("wp_rest_api", "api_later_page"),
    "岱山县": ("jcms_datastore", "pdf_attachment", "doc_needs_reader"),
    "嵊泗县": ("trs_createpage", "rss_feed_column"),
    "利川市": ("trs_createpage", "script_set_iframe", "later_list_page"),
    "建始县": ("trs_createpage", "higher_repost", "later_list_page"),
    "巴东县": ("trs_createpage", "later_list_page", "pdf_attachment"),
    "宣恩县": ("trs_createpage", "gbk_pages", "docx_attachment"),
    "来凤县": ("trs_createpage", "unseeded_county_via_prefecture_list"),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the findable reports a plain link walker (no scripts, no XML, no APIs) misses
HIDDEN = {
    "海州区-2023",
    "海州区-2021",
    "赣榆区-2024",
    "普陀区-2023",
    "普陀区-2021",
    "嵊泗县-2022",
    "利川市-2023",
    "利川市-2022",
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
    return build_web(0, profile="blind43")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, headers or {}, body), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    return urlsplit(report(web, key)["preferred_url"]).path


def test_profile_figures(web):
    assert "blind43" in PROFILES and web.truth["profile"] == "blind43"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind43")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind43")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 22 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"江苏省", "浙江省", "湖北省"}
    assert {row["name"] for row in web.rows} >= {"连云区", "普陀区", "恩施土家族苗族自治州"}
    assert all(set(row) == {"name", "url"} for row in web.rows)


def test_mechanisms_hide_their_reports(web):
    """A plain link walker misses exactly ``HIDDEN``; only the portal's 县市 list names 来凤县."""
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


def test_xslt_xml_list(web):
    """海州区: 通知公告 is XML rendered by XSLT; ``index_1.xml`` (named by ``next``) holds the 2023
    report."""
    target = path_of(web, "海州区-2023")
    base = "http://www.lyghz.gov.cn/zwgk/tzgg/"
    first = ask(web, base + "index.xml")
    text = first.body.decode()
    assert (
        first.ctype.startswith("text/xml")
        and '<?xml-stylesheet type="text/xsl" href="/xsl/list.xsl"?>' in text
    )
    assert target not in text and 'next="index_1.xml"' in text
    assert f"<url>{target}</url>" in ask(web, base + "index_1.xml").body.decode()
    assert ask(web, "http://www.lyghz.gov.cn/xsl/list.xsl").body.startswith(b"<?xml")


def test_js_data_file(web):
    """赣榆区: 通知公告 is a shell loading ``/js/data/col_1031.js``; the file holds the 2024 report."""
    page = ask(web, "https://www.ganyu.gov.cn/zwgk/tzgg/index.html").body.decode()
    target = path_of(web, "赣榆区-2024")
    assert target not in page
    (src,) = JS_DATA.findall(page)
    res = ask(web, "https://www.ganyu.gov.cn" + src)
    body = res.body.decode()
    assert res.ctype.startswith("application/javascript") and body.split("\n")[1].startswith("var articles=[")
    rows = json.loads(body.split("var articles=", 1)[1].rstrip().rstrip(";"))
    assert [r["u"] for r in rows].index(target) >= 15


def test_wordpress_rest(web):
    """普陀区: ``/wp-json/wp/v2/posts`` lists a category; the page count is in ``X-WP-TotalPages``;
    page 2 holds the 2023 report; a page past the last answers 400."""
    page = ask(web, "http://www.putuo.gov.cn/category/tzgg/").body.decode()
    target = path_of(web, "普陀区-2023")
    assert target not in page
    ((root, cat, per),) = WP_API.findall(page)
    url = f"http://www.putuo.gov.cn{root}wp/v2/posts?categories={cat}&per_page={per}&page="
    one, two = ask(web, url + "1"), ask(web, url + "2")
    hdr = dict(one.headers)
    pages = int(hdr["X-WP-TotalPages"])
    assert pages >= 2 and 'rel="next"' in hdr["Link"]
    assert target not in one.body.decode()
    assert "http://www.putuo.gov.cn" + target in {r["link"] for r in json.loads(two.body)}
    past = ask(web, url + str(pages + 1))
    assert past.status == 400 and json.loads(past.body)["code"] == "rest_post_invalid_page_number"


def test_rss_feed_column(web):
    """嵊泗县: 法治政府建设 shows six rows and no pager; its RSS feed holds the 2022 report."""
    page = ask(web, "https://www.shengsi.gov.cn/zwgk/fzzfjs/index.html").body.decode()
    target = path_of(web, "嵊泗县-2022")
    assert target not in page and page.count('target="_blank" title=') == 6
    assert '<link rel="alternate" type="application/rss+xml"' in page.split("</head>")[0]
    feed = ask(web, "https://www.shengsi.gov.cn/rss/fzzfjs.xml")
    assert feed.ctype.startswith("application/rss+xml")
    assert f"<link>https://www.shengsi.gov.cn{target}</link>" in feed.body.decode()


def test_script_set_iframe(web):
    """利川市: the iframe's ``src`` is set by script; the framed ``curpage=2`` holds the 2023 report."""
    page = ask(web, "http://www.lichuan.gov.cn/zwgk/tzgg/index.html").body.decode()
    target = path_of(web, "利川市-2023")
    assert target not in page and '<iframe id="listFrame"' in page and "list.jsp" not in HREF.findall(page)
    ((cid, path, rest),) = IFRAME_SRC.findall(page)
    first = ask(web, f"http://www.lichuan.gov.cn{path}?cid={cid}{rest}").body.decode()
    assert target not in first and f"list.jsp?cid={cid}&amp;curpage=2" in first
    second = ask(web, f"http://www.lichuan.gov.cn{path}?cid={cid}&curpage=2").body.decode()
    assert target in second and 'target="_parent"' in second


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
