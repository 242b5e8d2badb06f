"""Checks of the simulated web's ``blind16`` profile itself (never of the crawler).

The blind16 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy (keeping cookies), that the reports behind the web's own
mechanisms (the 安徽 platform's label lists and column tree, the 信息公开 host on the city's
domain that needs its session cookie) and behind the new shapes of known ones (an external
``document.write`` list, a ``pageForm`` POST pager) are exactly those the blind15 walker misses,
that each mechanism answers as its evidence says, that the not-findable reports are the scan and
the ``.doc``, that its traps never end, and that every findable report is reachable from the
seed rows by following the sites' own links, scripts and APIs (the walker in
``simweb.blind16.reach`` understands each mechanism).
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode, urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import finite_traps, unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind15.reach import Walker as Blind15Walker
from simweb.blind15.reach import unanswered_through_proxy
from simweb.blind16.reach import Walker
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.ahjs.gov.cn", "lqxxgk.fy.gov.cn"}
PORTAL = "www.fy.gov.cn"
SITE_KINDS = {
    "颍州区": ("anhui_zwgk_platform", "later_list_page"),
    "颍东区": ("gbk_table_list", "scan_needs_ocr"),
    "颍泉区": ("anhui_zwgk_platform", "doc_needs_reader"),
    "颍上县": ("label_8888_fragment", "api_later_page"),
    "阜南县": ("label_column_tree", "pdfjs_viewer"),
    "临泉县": ("xxgk_city_subdomain", "shiro_session_label"),
    "延平区": ("fujian_trs", "higher_repost"),
    "建阳区": ("yuanlue_cms",),
    "顺昌县": ("post_page_form",),
    "浦城县": ("onclick_rows",),
    "光泽县": ("document_write_js",),
    "界首市": ("unseeded_county_via_prefecture_list",),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the reports the blind15 walker (every earlier mechanism, in its earlier shapes) misses
HIDDEN = {
    "颍上县-2024",
    "颍上县-2022",
    "阜南县-2024",
    "阜南县-2022",
    "临泉县-2024",
    "临泉县-2022",
    "光泽县-2024",
    "光泽县-2022",
    "顺昌县-2024",
}
# the reports no HTML page links with an href (a label fragment, a script file, a viewer name them)
NO_HTML_LINK = {
    "颍上县-2024",
    "颍上县-2022",
    "临泉县-2024",
    "临泉县-2022",
    "光泽县-2024",
    "光泽县-2022",
    "阜南县-2024",
}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)
FORM = {"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"}


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind16")


def raw(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    """One answer of the web, no cookies kept and no redirect followed."""
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, headers or {}, body), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    p = urlsplit(report(web, key)["preferred_url"])
    return p.path + (f"?{p.query}" if p.query else "")


def test_profile_figures(web):
    """Registered; within the brief's bounds; hosts new; deterministic; truth consistent with
    the mechanisms and look-alike kinds listed above; the not-findable reports are the scan and
    the ``.doc``, served as such."""
    assert "blind16" in PROFILES and web.truth["profile"] == "blind16"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind16")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind16")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"安徽省", "福建省"}
    assert {r["name"] for r in web.seed_rows()} >= {"阜阳市", "颍上县", "光泽县"}
    assert not {"界首市"} & {r["name"] for r in web.seed_rows()}


def test_mechanisms_hide_their_reports(web):
    """The blind15 walker misses exactly ``HIDDEN``; no HTML page links with an href the reports
    in ``NO_HTML_LINK``; no HTML page but the 阜阳 portal links 界首市."""
    reached = Blind15Walker(web).run()
    missed = {
        r["key"] for r in blind_reach.county_reports(web) if not {c["url"] for c in r["copies"]} & reached
    }
    assert missed == HIDDEN
    hrefs, outside = set(), set()
    for (host, _path, _q), res in web.resources.items():
        if res.ctype.startswith("text/html"):
            links = HREF.findall(res.body.decode("gbk" if "GBK" in res.ctype.upper() else "utf-8", "replace"))
            for h in links:
                p = urlsplit(h.replace("&amp;", "&"))
                hrefs |= {p.path, p.path + (f"?{p.query}" if p.query else "")}
            if host != PORTAL:
                outside |= {urlsplit(h).hostname for h in links}
    for key in NO_HTML_LINK:
        assert path_of(web, key) not in hrefs, key
    assert "www.ahjs.gov.cn" not in outside


def test_label_fragment(web):
    """颍上县: the column page is a shell POSTing ``publicInfoList`` to the label endpoint; the
    answer is an HTML fragment with ``Ls.pagination``'s ``pageCount``; page 3 of 通知公告 names
    the 2024 report."""
    col = "https://www.yingshang.gov.cn/public/column/11681?type=4&catId=6821101&action=list&nav=3"
    page = raw(web, col).body.decode()
    assert '<div class="xxgk_lmcon" id="xxgk_lmcon"></div>' in page and 'labelName: "publicInfoList"' in page
    form = {
        "labelName": "publicInfoList",
        "siteId": "6596911",
        "pageSize": "15",
        "pageIndex": "3",
        "organId": "11681",
        "type": "4",
        "catId": "6821101",
        "action": "list",
    }
    url = "https://www.yingshang.gov.cn/site/label/8888?IsAjax=1&dataType=html&_=0.27"
    frag = raw(web, url, "POST", urlencode(form).encode(), FORM).body.decode()
    assert path_of(web, "颍上县-2024") in frag and re.search(r"pageCount: [4-9]", frag)
    assert "<html" not in frag
    assert raw(web, url + "&" + urlencode(form)).body.decode() == frag


def test_column_tree(web):
    """阜南县: the 信息公开 page builds its directory from ``columnTree`` JSON; the nodes carry no
    URL; the report columns are linked by no HTML page."""
    page = raw(web, "https://www.funan.gov.cn/public/column/11691?type=4&action=list&nav=3").body.decode()
    assert 'labelName: "columnTree"' in page and '<ul id="columnTree" class="ztree"></ul>' in page
    q = urlencode({"labelName": "columnTree", "isJson": "true", "isChild": "true", "id": "6822011"})
    nodes = json.loads(raw(web, f"https://www.funan.gov.cn/site/label/8888?{q}").body)
    assert {n["name"] for n in nodes} == {"法治政府建设", "其他法定公开信息"}
    assert all(set(n) == {"id", "pId", "name", "isParent"} for n in nodes)
    copy = report(web, "阜南县-2024")["copies"][0]
    assert copy["kind"] == "pdf" and raw(web, copy["url"]).body.startswith(b"%PDF")
    article = raw(web, copy["via"]).body.decode()
    assert "/static/pdfjs/web/viewer.html?file=%2Fgroup1%2F" in article


def test_session_cookie(web):
    """临泉县: its 信息公开 is on ``lqxxgk.fy.gov.cn``; the label answers rows only with the
    ``SHIROJSESSIONID`` its pages set."""
    home = raw(web, "https://www.linquan.gov.cn/").body.decode()
    assert 'href="http://lqxxgk.fy.gov.cn/"' in home
    col = raw(web, "http://lqxxgk.fy.gov.cn/public/column/33?type=4&catId=3827911&action=list&nav=3")
    cookie = dict(col.headers)["Set-Cookie"].split(";", 1)[0]
    assert cookie.startswith("SHIROJSESSIONID=")
    form = urlencode(
        {"labelName": "publicInfoList", "organId": "33", "catId": "3827911", "pageIndex": "1"}
    ).encode()
    url = "http://lqxxgk.fy.gov.cn/site/label/8888?IsAjax=1&dataType=html"
    assert "暂无相关信息" in raw(web, url, "POST", form, FORM).body.decode()
    ok = raw(web, url, "POST", form, {**FORM, "Cookie": cookie}).body.decode()
    assert path_of(web, "临泉县-2024") in ok


def test_known_mechanisms_new_shapes(web):
    """顺昌县's later pages answer only the form's POST; 光泽县's column pages hold only a script
    whose ``document.write`` names the rows; 浦城县's rows have no ``<a>``."""
    url = "http://www.shunchang.gov.cn/zwgk/list.jsp?columnId=205"
    key = path_of(web, "顺昌县-2024")
    assert key not in raw(web, url + "&pageNum=3").body.decode()
    post = raw(web, "http://www.shunchang.gov.cn/zwgk/list.jsp", "POST", b"columnId=205&pageNum=3", FORM)
    assert key.replace("&", "&amp;") in post.body.decode()
    page = raw(web, "http://www.guangze.gov.cn/cms/html/gzxrmzf/tzgg/index.html").body.decode()
    assert '<script type="text/javascript" src="/cms/js/list_tzgg_1.js"></script>' in page
    js = raw(web, "http://www.guangze.gov.cn/cms/js/list_tzgg_1.js").body.decode()
    assert "document.write(" in js and path_of(web, "光泽县-2024").replace("&", "&amp;") in js
    pc = raw(web, "http://www.fjpc.gov.cn/cms/html/pcxrmzf/fzzfjs/index.html").body.decode()
    assert "onclick=\"window.open('/cms/siteresource/article.shtml?id=" in pc
    assert 'href="/cms/siteresource/article.shtml' not in pc


def test_every_report_reachable(web):
    """Every truth URL (reports, look-alikes) is reached from the seed rows, 界首市 only through
    the portal, and no trap is entered."""
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    starts = {"date_archive": "rqll.jsp?date=2024-03-01", "echo_search": "search?searchword=%E6%B3%95"}
    assert finite_traps(web, Walker(web), starts) == []


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
