"""Checks of the simulated web's ``blind20`` profile itself (never of the crawler).

The blind20 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind the web's own list mechanisms (the
AES-encrypted list API, the signed list API, the Referer-guarded fragment) are exactly those a
walker without them misses, that the base64 article bodies hold the reports' text only encoded,
that each mechanism answers as its evidence says, that the not-findable reports are the scan
and the ``.doc``, that its traps never end, and that every findable report is reachable from the
seed rows by following the sites' own links, scripts and APIs (the walker in
``simweb.blind20.reach`` understands each mechanism).
"""

from __future__ import annotations

import base64
import json
import re
import zlib
from urllib.parse import unquote, urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import finite_traps, unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind17.reach import Walker as Blind17Walker
from simweb.blind20.reach import PACKED, WORD, Walker, unanswered_through_proxy
from simweb.blind20.sites_b import packer_code
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.lipu.gov.cn"}
PORTAL = "www.guilin.gov.cn"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
# the mechanisms each site's reports exercise, and the look-alike kinds the web must hold
SITE_KINDS = {
    "武陵区": ("js_trs", "later_list_page"),
    "安乡县": ("gbk_table_list", "doc_needs_reader"),
    "汉寿县": ("js_trs", "scan_needs_ocr"),
    "临桂区": ("hb_trs", "higher_repost"),
    "鼎城区": ("deflate_list_api", "api_later_page"),
    "澧县": ("packed_js_list", "later_list_page"),
    "桃源县": ("static_json_pages", "api_later_page"),
    "兴安县": ("unescape_body_script", "later_list_page"),
    "灵川县": ("empire_js_call_list",),
    "荔浦市": ("unseeded_county_via_prefecture_list",),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the reports only the blind20 list mechanisms reach
HIDDEN = {
    "鼎城区-2024",
    "鼎城区-2022",
    "澧县-2023",
    "澧县-2021",
    "桃源县-2024",
    "桃源县-2022",
}
# the reports no HTML page links with an href (an encrypted or signed API, a fragment names them)
NO_HTML_LINK = HIDDEN | {"灵川县-2024"}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind20")


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
    the mechanisms and look-alike kinds listed above; texts distinct; the not-findable reports
    are the scan and the ``.doc``, served as such."""
    assert "blind20" in PROFILES and web.truth["profile"] == "blind20"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind20")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind20")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"湖南省", "广西壮族自治区"}


def test_mechanisms_hide_their_reports(web):
    """A walker that knows every earlier blind web's mechanisms but none of blind20's misses
    exactly the reports listed in ``HIDDEN``; no HTML page links with an href the reports in
    ``NO_HTML_LINK``, and no HTML page outside the 桂林 portal links the unseeded county."""
    reached = Blind17Walker(web).run()
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


def test_deflate_api(web):
    """鼎城区: the column page is a shell that inflates the answer with pako; the API's ``data``
    is base64 of zlib-deflated rows, page 3 of 通知公告 naming the 2024 report."""
    page = ask(web, "https://www.dingcheng.gov.cn/col/col24017/index.html").body.decode()
    assert 'pako.inflate(atob(s), { to: "string" })' in page and path_of(web, "鼎城区-2024") not in page
    res = json.loads(
        ask(web, "https://www.dingcheng.gov.cn/api/cms/articleList?channelId=24017&pageNo=3&pageSize=15").body
    )
    assert res["code"] == 200 and "法治" not in res["data"] and path_of(web, "鼎城区-2024") not in res["data"]
    rows = json.loads(zlib.decompress(base64.b64decode(res["data"])).decode("utf-8"))
    assert path_of(web, "鼎城区-2024") in {r["url"] for r in rows["list"]} and rows["totalPage"] >= 3


def test_packed_rows(web):
    """澧县: page 3 of 通知公告 names no row URL as text; its packed script unpacks (base 62,
    the dictionary) to a script writing the 2023 report's row."""
    page = ask(web, "http://www.lixian.gov.cn/xxgk/tzgg/index_2.html").body.decode()
    assert "eval(function(p,a,c,k,e,d)" in page and path_of(web, "澧县-2023") not in page
    payload, radix, count, words = PACKED.search(page).groups()
    keys = words.split("|")
    table = {packer_code(i, int(radix)): keys[i] for i in range(int(count))}
    src = WORD.sub(lambda m: table.get(m.group(), m.group()), payload.replace("\\'", "'"))
    assert path_of(web, "澧县-2023") in src and "document.write(" in src
    assert 'href="index_1.html"' in page


def test_static_json_pages(web):
    """桃源县: the column page holds the path template and ``pageCount``; file 2 of 通知公告
    names the 2024 report; no page names the file."""
    page = ask(web, "http://www.taoyuan.gov.cn/fnxzf/tzgg/index.html").body.decode()
    assert '$.getJSON("/data/col/" + colId + "/list_" + page + ".json"' in page
    assert "list_2.json" not in page and 'var colId = "31", pageCount = ' in page
    data = json.loads(ask(web, "http://www.taoyuan.gov.cn/data/col/31/list_2.json").body)
    assert path_of(web, "桃源县-2024") in {r["url"] for r in data["list"]} and data["pageCount"] >= 2


def test_unescape_body(web):
    """兴安县: an article's HTML holds the title but not the text; the ``unescape`` string in its
    ``document.write`` decodes (``%uXXXX``, ``%XX``) to the text."""
    r = report(web, "兴安县-2023")
    page = ask(web, r["preferred_url"]).body.decode()
    first = r["body"].split("\n")[0][:30]
    assert r["title"] in page and first not in page
    enc = re.search(r'document\.write\(unescape\("([^"]+)"\)\)', page).group(1)
    dec = unquote(re.sub(r"%u([0-9A-Fa-f]{4})", lambda m: chr(int(m.group(1), 16)), enc), encoding="latin-1")
    assert first in dec


def test_js_call(web):
    """灵川县: the 专栏 page holds only the JS 调用 tags; the class's script file writes the
    2024 report's row."""
    page = ask(web, "http://www.lcxzf.gov.cn/ztzl/fzzfjs/index.html").body.decode()
    assert "<script src='/d/js/class/class12_newnews.js'></script>" in page
    js = ask(web, "http://www.lcxzf.gov.cn/d/js/class/class12_newnews.js").body.decode()
    assert f"href='{path_of(web, '灵川县-2024')}'" in js and js.startswith("document.write(")


def test_every_report_reachable(web):
    """Every truth URL (reports, look-alikes) is reached from the seed rows, the unseeded county
    only through the portal, and no trap is entered."""
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    starts = {"date_archive": "rqll.jsp?date=2024-03-01", "echo_search": "search?searchword=%E6%B3%95"}
    assert finite_traps(web, Walker(web), starts) == []


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
