"""Checks of the simulated web's ``blind21`` profile itself (never of the crawler).

The blind21 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind the web's own list mechanisms (packed
list scripts, ``unescape``-escaped rows, inline escaped JSON paged in the browser) are exactly
those a walker without them misses, that the pdf.js viewer links name their PDFs only in the
``file`` parameter, that the not-findable reports are the scan and the ``.doc``, that its traps
never end, and that every findable report is reachable from the seed rows by following the
sites' own links, scripts and APIs (the walker in ``simweb.blind21.reach`` understands each
mechanism).
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote, urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import finite_traps, unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind19.reach import Walker as Blind19Walker
from simweb.blind21.reach import Walker, js_unescape, unanswered_through_proxy
from simweb.blind21.sites_c import escape_all, pack, unpack
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.dongyang.gov.cn"}
PORTAL = "www.jinhua.gov.cn"
# the mechanisms each site's reports exercise, and the look-alike kinds the web must hold
SITE_KINDS = {
    "婺城区": ("js_trs", "later_list_page"),
    "磐安县": ("gbk_table_list", "doc_needs_reader"),
    "永康市": ("js_trs", "scan_needs_ocr"),
    "酉阳土家族苗族自治县": ("hb_trs", "higher_repost"),
    "武义县": ("packed_script_list", "later_list_page"),
    "璧山区": ("unescape_document_write", "later_list_page"),
    "涪陵区": ("escaped_inline_json_pager", "later_list_page"),
    "綦江区": ("pdfjs_viewer_file",),
    "兰溪市": ("empire_js_call_list",),
    "东阳市": ("unseeded_county_via_prefecture_list",),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the reports only the blind21 list mechanisms reach
HIDDEN = {"武义县-2024", "武义县-2022", "璧山区-2023", "璧山区-2021", "涪陵区-2024", "涪陵区-2022"}
# the reports no HTML page links with an href
NO_HTML_LINK = HIDDEN | {"兰溪市-2024"}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind21")


def ask(web, url: str, method: str = "GET", body: bytes = b"", headers: dict | None = None):
    """One answer of the web, no redirect followed."""
    p = urlsplit(url)
    return web.respond(Request(method, p.scheme, p.hostname, p.path or "/", p.query, headers or {}, body), {})


def report(web, key: str) -> dict:
    (r,) = [r for r in web.truth["reports"] if r["key"] == key]
    return r


def path_of(web, key: str) -> str:
    """The report's URL without scheme and host (path and query)."""
    p = urlsplit(report(web, key)["preferred_url"])
    return p.path + (f"?{p.query}" if p.query else "")


def test_profile_figures(web):
    """Registered; within the brief's bounds; hosts new; deterministic; truth consistent with
    the mechanisms and look-alike kinds listed above; the not-findable reports are the scan and
    the ``.doc``, served as such."""
    assert "blind21" in PROFILES and web.truth["profile"] == "blind21"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind21")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind21")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"浙江省", "重庆市"}


def test_mechanisms_hide_their_reports(web):
    """A walker that knows every earlier blind web's mechanisms but none of blind21's misses
    exactly the reports listed in ``HIDDEN``; no HTML page links with an href the reports in
    ``NO_HTML_LINK``, and no HTML page outside the 金华 portal links the unseeded county."""
    reached = Blind19Walker(web).run()
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
            if host not in UNSEEDED and host != PORTAL:
                outside |= {urlsplit(h).hostname for h in links}
    for key in NO_HTML_LINK:
        assert path_of(web, key) not in hrefs, key
    assert not UNSEEDED & outside


def test_packer_round_trip():
    src = "document.write('<li><a href=\"/art/2024/3/29/art_1_2.html\">法治 it\\'s</a></li>');\n"
    assert unpack(pack(src)) == src
    assert js_unescape(escape_all("<a href='/x/法治.html'>")) == "<a href='/x/法治.html'>"


def test_packed_list(web):
    """武义县: page 3 of 通知公告 loads a packed script; no path is in plain text, and unpacked
    it names the 2024 report."""
    page = ask(web, "https://www.zjwy.gov.cn/col/col1229187005/index_2.html").body.decode()
    assert '<script src="/module/list/1229187005_3.js"></script>' in page
    js = ask(web, "https://www.zjwy.gov.cn/module/list/1229187005_3.js").body.decode()
    assert js.startswith("eval(function(p,a,c,k,e,d)") and path_of(web, "武义县-2024") not in js
    assert f'href="{path_of(web, "武义县-2024")}"' in unpack(js)


def test_unescape_rows(web):
    """璧山区: page 2 of 通知公告 writes its rows escaped; unescaped they name the 2023 report."""
    page = ask(web, "https://www.bishan.gov.cn/zwgk_tzgg/index_1.html").body.decode()
    enc = re.search(r'document\.write\(unescape\("([^"]+)"\)\)', page).group(1)
    assert "/zwgk_tzgg/" not in enc and "%3C%6C%69%3E" in enc
    assert path_of(web, "璧山区-2023") in js_unescape(enc)


def test_inline_escaped_json(web):
    """涪陵区: 通知公告 holds every row in one inline JSON block with ``\\/`` and ``\\u``
    escapes, no row in HTML and no pager link; the 2024 report is row 31 or later."""
    page = ask(web, "https://www.fl.gov.cn/zwgk_tzgg/index.html").body.decode()
    assert path_of(web, "涪陵区-2024") not in page and "index_1.html" not in page
    assert path_of(web, "涪陵区-2024").replace("/", "\\/") in page and "laypage.render" in page
    data = json.loads(re.search(r"var listData = (\{.*?\});\n", page).group(1))
    urls = [r["url"] for r in data["list"]]
    assert urls.index(path_of(web, "涪陵区-2024")) >= 30 and data["total"] == len(urls)


def test_pdfjs_viewer(web):
    """綦江区: the report's row links the pdf.js viewer with the PDF's path encoded in ``file``;
    the viewer page holds no link to it; the PDF answers with its text."""
    r = report(web, "綦江区-2024")
    pdf = urlsplit(r["copies"][0]["url"]).path
    page = ask(web, "https://www.cqqj.gov.cn/zwgk/fzzfjs/index.html").body.decode()
    assert f"/static/pdfjs/web/viewer.html?file={quote(pdf, safe='')}" in page
    viewer = ask(web, f"https://www.cqqj.gov.cn/static/pdfjs/web/viewer.html?file={quote(pdf, safe='')}")
    assert viewer.status == 200 and pdf not in viewer.body.decode()
    res = ask(web, "https://www.cqqj.gov.cn" + pdf)
    assert res.status == 200 and res.ctype == "application/pdf" and res.body.startswith(b"%PDF")


def test_js_call(web):
    """兰溪市: the 专栏 page holds only the JS 调用 tags; the class's script file writes the
    2024 report's row."""
    page = ask(web, "http://www.lanxi.gov.cn/ztzl/fzzfjs/index.html").body.decode()
    assert "<script src='/d/js/class/class12_newnews.js'></script>" in page
    js = ask(web, "http://www.lanxi.gov.cn/d/js/class/class12_newnews.js").body.decode()
    assert f"href='{path_of(web, '兰溪市-2024')}'" in js and js.startswith("document.write(")


def test_every_report_reachable(web):
    """Every truth URL (reports, look-alikes) is reached from the seed rows, the unseeded county
    only through the portal, and no trap is entered."""
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    starts = {"date_archive": "rqll.jsp?date=2024-03-01", "echo_search": "search?searchword=%E6%B3%95"}
    assert finite_traps(web, Walker(web), starts) == []


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
