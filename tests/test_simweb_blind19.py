"""Checks of the simulated web's ``blind19`` profile itself (never of the crawler).

The blind19 web is for measurement only: these tests check that it builds deterministically,
that its truth is consistent, that its seed rows carry only a name and a URL, that every truth
URL answers through the proxy, that the reports behind the web's own list mechanisms (the
AES-encrypted list API, the signed list API, the Referer-guarded fragment) are exactly those a
walker without them misses, that the base64 article bodies hold the reports' text only encoded,
that each mechanism answers as its evidence says, that the not-findable reports are the scan
and the ``.doc``, that its traps never end, and that every findable report is reachable from the
seed rows by following the sites' own links, scripts and APIs (the walker in
``simweb.blind19.reach`` understands each mechanism).
"""

from __future__ import annotations

import base64
import json
import re
from urllib.parse import urlencode, urlsplit

import pytest

from simweb import build_web
from simweb.blind import reach as blind_reach
from simweb.blind6.reach import finite_traps, unfindable_files, unreached
from simweb.blind8.reach import brief_problems
from simweb.blind17.reach import Walker as Blind17Walker
from simweb.blind19.reach import Walker, unanswered_through_proxy
from simweb.blind19.sites_b import aes_cbc_decrypt, sign_of
from simweb.model import Request
from simweb.web import PROFILES, digest_web

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
UNSEEDED = {"www.jianli.gov.cn"}
PORTAL = "www.jingzhou.gov.cn"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
# the mechanisms each site's reports exercise, and the look-alike kinds the web must hold
SITE_KINDS = {
    "亭湖区": ("js_trs", "later_list_page"),
    "响水县": ("gbk_table_list", "doc_needs_reader"),
    "滨海县": ("js_trs", "scan_needs_ocr"),
    "荆州区": ("hb_trs", "higher_repost"),
    "盐都区": ("aes_cbc_list_api", "api_later_page"),
    "大丰区": ("signed_timestamp_api", "api_later_page"),
    "阜宁县": ("referer_guarded_fragment",),
    "石首市": ("base64_body_script", "later_list_page"),
    "松滋市": ("empire_js_call_list",),
    "监利市": ("unseeded_county_via_prefecture_list",),
}
REPORT_KINDS = tuple(k for kinds in SITE_KINDS.values() for k in kinds)
# the reports only the blind19 list mechanisms reach
HIDDEN = {
    "盐都区-2024",
    "盐都区-2022",
    "大丰区-2023",
    "大丰区-2021",
    "阜宁县-2024",
    "阜宁县-2022",
}
# the reports no HTML page links with an href (an encrypted or signed API, a fragment names them)
NO_HTML_LINK = HIDDEN | {"松滋市-2024"}
LOOKALIKE_FAMILIES = {
    "other annual reports": ("xxgk_annual", "gov_work_report"),
    "plans and duty reports": ("plan", "shufa", "duty_report"),
    "about the report": ("notice", "interpretation", "text_interp"),
    "news and results": ("meeting", "meeting_topic", "demo_news", "assessment"),
}
LOOKALIKE_KINDS = tuple(k for kinds in LOOKALIKE_FAMILIES.values() for k in kinds)


@pytest.fixture(scope="module")
def web():
    return build_web(0, profile="blind19")


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
    assert "blind19" in PROFILES and web.truth["profile"] == "blind19"
    assert brief_problems(web) == []
    assert digest_web(build_web(0, profile="blind19")) == digest_web(web)
    assert digest_web(build_web(1, profile="blind19")) != digest_web(web)
    assert blind_reach.truth_problems(web, {"scan_needs_ocr", "doc_needs_reader"}) == []
    assert {t["kind"] for t in web.truth["trap_kinds"]} == {"date_archive", "echo_search"}
    assert blind_reach.missing_kinds(web, REPORT_KINDS, LOOKALIKE_KINDS) == []
    assert blind_reach.overlapping_reports(web) == []
    assert unfindable_files(web) == {"doc": "d0cf11e0 application/msword", "pdf": "scan"}
    findable = [r for r in blind_reach.county_reports(web) if blind_reach.findable(r)]
    assert 18 <= len(findable) <= 26 and len(web.truth["lookalikes"]) >= 30
    assert {r["province"] for r in web.truth["reports"]} <= {"江苏省", "湖北省"}


def test_mechanisms_hide_their_reports(web):
    """A walker that knows every earlier blind web's mechanisms but none of blind19's misses
    exactly the reports listed in ``HIDDEN``; no HTML page links with an href the reports in
    ``NO_HTML_LINK``, and no HTML page outside the 荆州 portal links the unseeded county."""
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


def test_aes_api(web):
    """盐都区: the column page is a shell with the key and IV; the API's ``data`` is ciphertext
    that decrypts (AES-CBC) to rows, page 3 of 通知公告 naming the 2024 report."""
    page = ask(web, "https://www.yandu.gov.cn/col/col24017/index.html").body.decode()
    key = re.search(r'var key = CryptoJS\.enc\.Utf8\.parse\("([^"]+)"\);', page).group(1)
    iv = re.search(r'var iv = CryptoJS\.enc\.Utf8\.parse\("([^"]+)"\);', page).group(1)
    assert "mode: CryptoJS.mode.CBC" in page and path_of(web, "盐都区-2024") not in page
    res = json.loads(
        ask(web, "https://www.yandu.gov.cn/api/cms/articleList?channelId=24017&pageNo=3&pageSize=15").body
    )
    assert res["code"] == 200 and "法治" not in res["data"] and path_of(web, "盐都区-2024") not in res["data"]
    rows = json.loads(aes_cbc_decrypt(key, iv, res["data"]))
    assert path_of(web, "盐都区-2024") in {r["url"] for r in rows["list"]} and rows["totalPage"] >= 3


def test_signed_api(web):
    """大丰区: the API answers 401 unsigned or wrongly signed; signed with the page's salt, page 3
    of 通知公告 names the 2023 report."""
    page = ask(web, "http://www.dafeng.gov.cn/xxgk/tzgg/index.html").body.decode()
    salt = re.search(r'var SALT = "([^"]+)";', page).group(1)
    assert '"X-Sign": sign(params, ts)' in page
    params = {"catalogId": "1005", "pageIndex": "3", "pageSize": "12"}
    url = "http://www.dafeng.gov.cn/openapi/article/list?" + urlencode(params)
    assert ask(web, url).status == 401
    assert ask(web, url, headers={"X-Timestamp": "1", "X-Sign": "0" * 32}).status == 401
    ts = "1733212800000"
    res = ask(web, url, headers={"X-Timestamp": ts, "X-Sign": sign_of(params, ts, salt)})
    assert res.status == 200
    assert path_of(web, "大丰区-2023") in {r["linkUrl"] for r in json.loads(res.body)["data"]["records"]}


def test_referer_fragment(web):
    """阜宁县: the fragment answers 403 without a Referer of the site; with the column page as
    Referer page 2 of 通知公告 names the 2024 report and pages by ``goPage(n)``."""
    col = "http://www.funing.gov.cn/fnxzf/tzgg/index.html"
    page = ask(web, col).body.decode()
    assert '$("#listBox").load("/front/channel/listFragment.jsp?channelId=" + channelId' in page
    frag = "http://www.funing.gov.cn/front/channel/listFragment.jsp?channelId=31&page=2"
    assert ask(web, frag).status == 403
    assert ask(web, frag, headers={"Referer": "http://www.example.com/"}).status == 403
    res = ask(web, frag, headers={"Referer": col})
    text = res.body.decode()
    assert res.status == 200 and path_of(web, "阜宁县-2024") in text and "javascript:goPage(1)" in text


def test_base64_body(web):
    """石首市: an article's HTML holds the title but not the text; the base64 string in its
    script decodes to the text."""
    r = report(web, "石首市-2023")
    page = ask(web, r["preferred_url"]).body.decode()
    first = r["body"].split("\n")[0][:30]
    assert r["title"] in page and first not in page
    enc = re.search(r'var content = "([^"]+)";', page).group(1)
    assert first in base64.b64decode(enc).decode()


def test_js_call(web):
    """松滋市: the 专栏 page holds only the JS 调用 tags; the class's script file writes the
    2024 report's row."""
    page = ask(web, "http://www.hbsz.gov.cn/ztzl/fzzfjs/index.html").body.decode()
    assert "<script src='/d/js/class/class12_newnews.js'></script>" in page
    js = ask(web, "http://www.hbsz.gov.cn/d/js/class/class12_newnews.js").body.decode()
    assert f"href='{path_of(web, '松滋市-2024')}'" in js and js.startswith("document.write(")


def test_every_report_reachable(web):
    """Every truth URL (reports, look-alikes) is reached from the seed rows, the unseeded county
    only through the portal, and no trap is entered."""
    assert unreached(web, Walker(web).run(), UNSEEDED) == []


def test_traps_are_endless(web):
    starts = {"date_archive": "rqll.jsp?date=2024-03-01", "echo_search": "search?searchword=%E6%B3%95"}
    assert finite_traps(web, Walker(web), starts) == []


def test_truth_urls_answer_through_proxy(web):
    assert unanswered_through_proxy(web, blind_reach.truth_urls(web)) == []
